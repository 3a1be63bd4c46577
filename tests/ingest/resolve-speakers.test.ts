import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTOR_ID } from '../../src/corpus/schema.ts';
import { ActorRegistry } from '../../src/ingest/actor-registry.ts';
import { findEntities } from '../../src/ingest/find-entities.ts';
import { ArticleContext } from '../../src/ingest/article-context.ts';
import { resolveSpeaker } from '../../src/ingest/resolve-speakers.ts';
import type { NpEnv } from '../../src/ingest/speaker-context.ts';
import { roleClasses, roleCompatible } from '../../src/ingest/role-classes.ts';
import { tokenize } from '../../src/ingest/tokenize.ts';
import { quotesOf } from './support.ts';

const KNOWN = [
  { id: 'ann-lee', name: 'Ann Lee', kind: 'person' as const, aliases: ['Lee'] },
  { id: 'bob-hart', name: 'Bob Hart', kind: 'person' as const, aliases: ['Hart'] },
  { id: 'acme', name: 'Acme', kind: 'organization' as const, aliases: [] },
];

describe('ArticleContext', () => {
  it('lists persons seen before a position, most recent first, each once', () => {
    // Speakers and mentioned persons are two reading-order lists merged backwards.
    const ctx = new ArticleContext();
    ctx.persons.push({ pos: 10, id: 'ann-lee', subject: true });
    ctx.addSpeaker(20, 'bob-hart', 0);
    ctx.persons.push({ pos: 30, id: 'ann-lee', subject: false });
    ctx.persons.push({ pos: 90, id: 'carl-may', subject: true });
    expect(ctx.recentPersons(50)).toEqual(['ann-lee', 'bob-hart']);
    expect(ctx.recentPersons(5)).toEqual([]);
  });

  it('skips a closer person of the other gender for a gendered pronoun', () => {
    // "Ms. Lee said …. Mr. Hart said …. '…,' she said": she is Lee, he is Hart.
    const registry = new ActorRegistry(KNOWN);
    const ctx = new ArticleContext();
    ctx.genders.set('ann-lee', 'f');
    ctx.genders.set('bob-hart', 'm');
    ctx.addSpeaker(10, 'ann-lee', 0);
    ctx.addSpeaker(40, 'bob-hart', 1);
    expect(ctx.salientPerson(60, registry, 'f')).toBe('ann-lee');
    expect(ctx.salientPerson(60, registry, 'm')).toBe('bob-hart');
    expect(ctx.salientPerson(60, registry)).toBe('bob-hart');
    expect(ctx.salientPerson(5, registry)).toBeNull();
  });

  it('answers "they" with the last non-person speaker', () => {
    const registry = new ActorRegistry(KNOWN);
    const ctx = new ArticleContext();
    ctx.addSpeaker(10, 'acme', 0);
    ctx.addSpeaker(20, 'ann-lee', 0);
    expect(ctx.lastGroupSpeaker(30, registry)).toBe('acme');
    expect(ctx.lastGroupSpeaker(5, registry)).toBeNull();
  });
});

describe('roles', () => {
  it('matches a description against a known role and affiliation', () => {
    const desc = roleClasses('the foreign minister');
    expect(roleCompatible(desc, [], 'Foreign Minister', null, [])).toBe(true);
    expect(roleCompatible(desc, [], 'Defence Minister', null, [])).toBe(false);
    // An affiliation in the description must be the person's own.
    expect(roleCompatible(desc, ['ruritania'], 'Foreign Minister', 'ruritania', [])).toBe(true);
    expect(roleCompatible(desc, ['ruritania'], 'Foreign Minister', 'elbonia', [])).toBe(false);
    expect(roleCompatible(desc, [], null, null, [])).toBe(false);
  });
});

describe('resolveSpeaker', () => {
  function envFor(text: string): NpEnv {
    const registry = new ActorRegistry(KNOWN);
    const tokens = tokenize(text);
    return {
      tokens,
      text,
      hits: findEntities(tokens, text, registry),
      registry,
      ctx: new ArticleContext(),
      affiliationsOf: () => [],
    };
  }

  it('resolves a known name, and a pronoun to the salient person', () => {
    const env = envFor('Lee said she would go.');
    const name = resolveSpeaker(env, 0, 1, 0, true);
    expect(name?.id).toBe('ann-lee');
    env.ctx.addSpeaker(0, 'ann-lee', 0);
    const pronoun = resolveSpeaker(env, 2, 3, 9, true);
    expect(pronoun).toMatchObject({ id: 'ann-lee', alias: null, how: 'pronoun "she"' });
  });

  it('leaves a pronoun with nobody before it honestly unknown', () => {
    const env = envFor('She said it would rain.');
    expect(resolveSpeaker(env, 0, 1, 0, true)?.id).toBe(UNKNOWN_ACTOR_ID);
  });

  it('takes no capitalised number word for a name ("Twenty-seven")', () => {
    const env = envFor('Twenty-seven said.');
    expect(resolveSpeaker(env, 0, 1, 0, true)).toBeNull();
    expect(resolveSpeaker(envFor('Grushko said.'), 0, 1, 0, true)?.how).toBe('new name "Grushko"');
  });

  it('refuses phrases that cannot be a speaker', () => {
    const env = envFor('Lee, said.');
    // A range holding a comma is no noun phrase.
    expect(resolveSpeaker(env, 0, 2, 0, true)).toBeNull();
  });

  it('names a body from "The" and a capitalised name, a place or "Post" inside it', () => {
    // Through the pipeline: the phrase speaks as a loose subject, then is named.
    expect(quotesOf('The Springfield Post reported that the mayor had claimed a loss.')).toEqual([
      ['Springfield Post', 'indirect', 'the mayor had claimed a loss'],
    ]);
    expect(quotesOf('The Washington Times said the mayor had claimed a loss.')).toEqual([
      ['Washington Times', 'indirect', 'the mayor had claimed a loss'],
    ]);
  });

  it('names the person after an outlet possessive ("CNN\'s Jan Novak")', () => {
    expect(quotesOf('Debates rarely alter the race, said CNN’s Jan Novak.')).toEqual([
      ['Jan Novak', 'indirect', 'Debates rarely alter the race'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/ingest/actor-registry.ts';
import type { KnownActor } from '../../src/ingest/known-actors.ts';
import { findEntities } from '../../src/ingest/find-entities.ts';
import { tokenize } from '../../src/ingest/tokenize.ts';

// Invented actors, so these tests depend on no data file: a minister of an invented country
// whose capital is one of its aliases.
const KNOWN: KnownActor[] = [
  {
    id: 'jane-roe',
    name: 'Jane Roe',
    kind: 'person',
    aliases: ['Roe'],
    role: 'Foreign Minister',
    affiliation: 'ruritania',
  },
  {
    id: 'ruritania',
    name: 'Ruritania',
    kind: 'country',
    aliases: ['Ruritanian', 'Strelsau'],
    places: ['Strelsau'],
  },
];

function hitsOf(text: string): [string, string, boolean, boolean][] {
  const registry = new ActorRegistry(KNOWN);
  return findEntities(tokenize(text), text, registry).map((h) => [
    h.surface,
    h.actorId,
    h.locative,
    h.inTitle,
  ]);
}

describe('findEntities', () => {
  it('takes the longest alias and marks a demonym inside a title as part of it', () => {
    // "Jane Roe" must win over its surname alias "Roe"; "Ruritanian" belongs to the title.
    expect(hitsOf('Ruritanian Foreign Minister Jane Roe arrived.')).toEqual([
      ['Ruritanian', 'ruritania', false, true],
      ['Jane Roe', 'jane-roe', false, false],
    ]);
  });

  it('marks a place alias after "in" as a location, not a mention', () => {
    // The capital after "in" locates the meeting; as a subject it stands for the country.
    expect(hitsOf('Roe met officials in Strelsau. Strelsau would not yield.')).toEqual([
      ['Roe', 'jane-roe', false, false],
      ['Strelsau', 'ruritania', true, false],
      ['Strelsau', 'ruritania', false, false],
    ]);
  });

  it('finds nothing in text that names no known actor', () => {
    expect(hitsOf('the talks resumed on monday without a deal.')).toEqual([]);
  });
});

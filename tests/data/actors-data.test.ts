// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadKnownActors } from '../../scripts/ingest/load-data.ts';

// data/actors.json is shipped data users extend: these check the kinds it gives, which the
// graph shows as colours and the legend names.

describe('data/actors.json kinds', () => {
  const actors = new Map(loadKnownActors().map((a) => [a.id, a]));

  it('types political groupings and blocs as organizations, never as countries', () => {
    // "The West" was drawn as a country; a grouping of states is not one (nor are the blocs).
    for (const id of ['the-west', 'g7', 'g20', 'brics', 'european-union', 'nato']) {
      expect({ id, kind: actors.get(id)?.kind }).toEqual({ id, kind: 'organization' });
    }
  });

  it('has no country named by a plural or a bloc word ("Western countries", "allies")', () => {
    const bloc = /\b(countries|nations|powers|governments|allies|bloc)\b/i;
    const offenders = [...actors.values()]
      .filter((a) => a.kind === 'country')
      .filter((a) => [a.name, ...a.aliases].some((alias) => bloc.test(alias)))
      .map((a) => a.id);
    expect(offenders).toEqual([]);
  });
});

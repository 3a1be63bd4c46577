import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { buildActorGraph } from '../../src/graph/build-actor-graph.ts';
import { ListView } from '../../src/features/list-view/list-view.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

function setup() {
  const corpus = validateCorpus(smallCorpus());
  const graph = buildActorGraph(corpus.actors, corpus.quotes);
  const nav = { selectActor: vi.fn(), selectEdge: vi.fn(), openQuote: vi.fn() };
  render(
    <ListView
      graph={graph}
      index={indexCorpus(corpus)}
      selectedActorId={null}
      selectedEdgeId={null}
      nav={nav}
    />,
  );
  return { nav, user: userEvent.setup() };
}

const actorTable = () => screen.getByRole('table', { name: /Actors/ });
const names = () =>
  within(actorTable())
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('ListView', () => {
  it('lists actors most quoted first, with their counts', () => {
    setup();
    expect(names()).toEqual([
      'Sergey Lavrov',
      'Jens Stoltenberg',
      'José Álvarez',
      'Unknown speaker',
      'NATO',
      'Russia',
    ]);
    const lavrov = within(actorTable()).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(lavrov)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Person', '4', '0', '2', '0']);
    const header = within(actorTable()).getByRole('columnheader', { name: /Quotes said/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by any column with header buttons, toggling direction, announced by aria-sort', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Actor/ }));
    expect(within(actorTable()).getByRole('columnheader', { name: /^Actor/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(
      within(actorTable()).getByRole('columnheader', { name: /Quotes said/ }),
    ).not.toHaveAttribute('aria-sort');
    expect(names()[0]).toBe('Jens Stoltenberg');
    await user.click(screen.getByRole('button', { name: /^Actor/ }));
    expect(names()[0]).toBe('Unknown speaker');
    await user.click(screen.getByRole('button', { name: /^Mentioned in/ }));
    expect(names().slice(0, 2)).toEqual(['NATO', 'Russia']);
    expect(actorTable()).toHaveAccessibleName('Actors, sorted by mentioned in, descending');
  });

  it('selects actors and links from their buttons', async () => {
    const { user, nav } = setup();
    await user.click(within(actorTable()).getByRole('button', { name: /^NATO/ }));
    expect(nav.selectActor).toHaveBeenCalledWith('nato');
    const links = screen.getByRole('table', { name: /Links/ });
    const rows = within(links).getAllByRole('rowheader');
    expect(rows[0]).toHaveTextContent('Sergey Lavrov → NATO');
    await user.click(within(links).getByRole('button', { name: 'Sergey Lavrov → NATO' }));
    expect(nav.selectEdge).toHaveBeenCalledWith('sergey-lavrov->nato');
  });
});

describe('ListView at scale', () => {
  it('virtualises a 1,000-actor table: the head renders even without layout, with the full row count', () => {
    const actors = Array.from({ length: 1000 }, (_, i) => ({
      id: `actor-${String(i).padStart(4, '0')}`,
      name: `Actor ${String(i).padStart(4, '0')}`,
      kind: 'person' as const,
      aliases: [],
      role: null,
    }));
    const corpus = validateCorpus({
      version: 1,
      articles: [{ id: 'a', file: 'a.txt', title: 'A', date: null, outlet: null, text: 'x' }],
      actors,
      quotes: actors.map((a, i) => ({
        id: `a#${i}`,
        articleId: 'a',
        speakerId: a.id,
        text: 'x',
        kind: 'direct',
        start: 0,
        end: 1,
        cue: null,
        mentions: [],
      })),
      rejected: [],
    });
    render(
      <ListView
        graph={buildActorGraph(corpus.actors, corpus.quotes)}
        index={indexCorpus(corpus)}
        selectedActorId={null}
        selectedEdgeId={null}
        nav={{ selectActor: vi.fn(), selectEdge: vi.fn(), openQuote: vi.fn() }}
      />,
    );
    const table = screen.getByRole('table', { name: /Actors/ });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(1000);
    expect(screen.getByRole('heading', { name: 'Actors 1,000' })).toBeInTheDocument();
  });
});

describe('ListView name filter', () => {
  const linkNames = () =>
    within(screen.getByRole('table', { name: /Links/ }))
      .getAllByRole('rowheader')
      .map((th) => th.textContent);

  it('filters the actor rows and links by name or alias, in any script', async () => {
    const { user } = setup();
    const box = screen.getByRole('searchbox', { name: 'Filter by name' });

    await user.type(box, 'alliance');
    expect(names()).toEqual(['NATO']);
    expect(screen.getByRole('heading', { name: /^Actors/ })).toHaveTextContent('Actors 1 of 6');
    expect(linkNames().every((name) => name?.includes('NATO'))).toBe(true);

    await user.clear(box);
    await user.type(box, 'Лавров');
    expect(names()).toEqual(['Sergey Lavrov']);
    await user.clear(box);
    await user.type(box, 'alvarez');
    expect(names()).toEqual(['José Álvarez']);

    await user.clear(box);
    await user.type(box, 'zebra');
    expect(screen.queryByRole('table', { name: /Actors/ })).toBeNull();
    expect(screen.getByText('No actor’s name or alias contains “zebra”.')).toBeInTheDocument();

    await user.clear(box);
    expect(names()).toHaveLength(6);
  });
});

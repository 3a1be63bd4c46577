import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

// smallCorpus links: Lavrov → NATO (4 quotes), Lavrov → Russia (2), Stoltenberg → Russia (2),
// Stoltenberg → NATO (1), Unknown speaker → Russia (1); Álvarez speaks but mentions no one.

afterEach(() => {
  vi.unstubAllGlobals();
});

const actors = () => screen.getByRole('group', { name: /^Actors/ });
const actorNames = () =>
  within(actors())
    .getAllByRole('button')
    .map((b) => /^(.*?),/.exec(b.textContent ?? '')?.[1])
    .sort();
const network = () => screen.getByRole('img', { name: /^Network of/ });

async function openExplore() {
  const app = renderApp('/');
  await screen.findByRole('heading', { level: 2, name: 'Overview' });
  await app.user.click(screen.getByRole('button', { name: 'Explore' }));
  return app;
}

describe('Explore: thinning', () => {
  it('hides weak links and the actors they leave alone; Back undoes it', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params, router } = await openExplore();
    const min = screen.getByRole('spinbutton', { name: 'Minimum quotes per link' });
    await user.clear(min);
    await user.type(min, '2');
    expect(params().get('minQuotes')).toBe('2');
    expect(network()).toHaveAccessibleName(/^Network of 5 actors and 3 links/);
    // The unknown speaker's only link had one quote; Álvarez never had a link and stays.
    expect(actorNames()).toEqual(
      ['José Álvarez', 'NATO', 'Russia', 'Sergey Lavrov', 'Jens Stoltenberg'].sort(),
    );
    expect(screen.getByText(/Showing 5 of 6 actors, 3 links/)).toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(params().get('minQuotes')).toBeNull();
    expect(network()).toHaveAccessibleName(/^Network of 6 actors/);
  });

  it('filters by kind and hides unknown speakers, in the graph and the list alike', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = await openExplore();
    await user.click(screen.getByRole('checkbox', { name: 'Person' }));
    expect(params().get('kinds')).toBe('organization,country,unknown');
    expect(actorNames()).toEqual(['NATO', 'Russia', 'Unknown speaker']);
    await user.click(screen.getByRole('checkbox', { name: 'Hide unknown speakers' }));
    expect(params().get('unknown')).toBe('hide');
    expect(actorNames()).toEqual(['NATO', 'Russia']);

    await user.click(screen.getByRole('button', { name: 'List' }));
    const table = screen.getByRole('table', { name: /Actors/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(
        (r) => /NATO|Russia|Lavrov|Stoltenberg|Álvarez|Unknown/.exec(r.textContent ?? '')?.[0],
      ),
    ).toEqual(['NATO', 'Russia']);
    expect(rows).toHaveLength(2);
  });

  it('never unchecks the last kind', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = await openExplore();
    await user.click(screen.getByRole('checkbox', { name: 'Person' }));
    await user.click(screen.getByRole('checkbox', { name: 'Organization' }));
    expect(screen.getByRole('checkbox', { name: 'Country' })).toBeDisabled();
  });
});

describe('Explore: focus', () => {
  it('focuses on the selected actor at depth and direction, from the keyboard too', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = await openExplore();
    await user.click(within(actors()).getByRole('button', { name: /^NATO,/ }));
    await user.click(screen.getByRole('button', { name: 'Focus on NATO' }));
    expect(params().get('focus')).toBe('nato');
    expect(actorNames()).toEqual(['Jens Stoltenberg', 'NATO', 'Sergey Lavrov']);

    const direction = screen.getByRole('combobox', { name: 'Direction' });
    direction.focus();
    await user.selectOptions(direction, 'Whom it talks about');
    expect(params().get('dir')).toBe('out');
    expect(actorNames()).toEqual(['NATO']);

    await user.selectOptions(direction, 'Both ways');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Depth' }), '2 steps');
    expect(params().get('depth')).toBe('2');
    // Two steps reach Russia (through Lavrov and Stoltenberg), not who talks about Russia.
    expect(actorNames()).toEqual(['Jens Stoltenberg', 'NATO', 'Russia', 'Sergey Lavrov']);

    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    expect(params().get('focus')).toBeNull();
    expect(params().get('depth')).toBeNull();
    expect(network()).toHaveAccessibleName(/^Network of 6 actors/);
  });
});

describe('Explore: path and compare', () => {
  it('shows the shortest chain of statements between two actors, step by step', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = await openExplore();
    await user.selectOptions(screen.getByRole('combobox', { name: 'First actor' }), 'NATO');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Second actor' }),
      'Unknown speaker',
    );
    await user.click(screen.getByRole('button', { name: 'Show path' }));
    expect(params().get('path')).toBe('nato,unknown');
    const heading = await screen.findByRole('heading', { level: 2, name: /Path/ });
    expect(heading).toHaveTextContent('Path from NATO to Unknown speaker');
    const steps = within(screen.getByRole('list', { name: 'Steps of the path' }));
    const items = steps.getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
    expect(items).toHaveLength(3);
    // NATO ← Lavrov (4 quotes) → Russia ← Unknown speaker: links walked either way.
    expect(items[0]).toHaveTextContent(/Step 1\s*Sergey Lavrov talks about NATO 4 quotes/);
    expect(items[2]).toHaveTextContent(/Unknown speaker talks about Russia 1 quote/);
    expect(within(items[0] as HTMLElement).getAllByRole('blockquote')).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(params().get('path')).toBeNull();
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
  });

  it('closes the path with Escape, and Back reopens it', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params, router } = renderApp('/?path=sergey-lavrov,russia');
    await screen.findByRole('heading', { level: 2, name: /Path from Sergey Lavrov to Russia/ });
    await user.keyboard('{Escape}');
    expect(params().get('path')).toBeNull();
    await act(() => router.navigate(-1));
    expect(
      await screen.findByRole('heading', { level: 2, name: /Path from Sergey Lavrov/ }),
    ).toBeInTheDocument();
  });

  it('says so when nothing links the two', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?path=nato,jose-alvarez');
    await screen.findByRole('heading', { level: 2, name: /Path from NATO to José Álvarez/ });
    expect(screen.getByText(/Nothing in the graph shown links these two actors/)).toBeVisible();
  });

  it('compares what each said about the other, aligned by date, with counts', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = await openExplore();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'First actor' }),
      'Sergey Lavrov',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second actor' }), 'NATO');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(params().get('compare')).toBe('sergey-lavrov,nato');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov and NATO compared' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Sergey Lavrov about NATO and NATO about/ });
    expect(
      within(table).getByRole('columnheader', { name: /Sergey Lavrov about NATO 4/ }),
    ).toBeVisible();
    expect(
      within(table).getByRole('columnheader', { name: /NATO about Sergey Lavrov 0/ }),
    ).toBeVisible();
    const dates = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(dates).toHaveLength(3);
  });
});

describe('Explore: size and colour', () => {
  it('colours by community and the legend names each community after an actor', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = await openExplore();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'Community');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size by' }), 'PageRank');
    expect(params().get('colour')).toBe('community');
    expect(params().get('size')).toBe('pagerank');
    const list = await screen.findByRole('list', { name: 'Communities' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toHaveTextContent(
      /^Community of (Sergey Lavrov|NATO|Russia|Jens Stoltenberg) \(\d+\)$/,
    );
    expect(screen.getByText(/PageRank: mentioned by much-mentioned actors/)).toBeInTheDocument();
  });
});

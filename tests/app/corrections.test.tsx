import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeCorrectionsStore } from '../../src/loader/corrections-store.ts';
import { openExportMenu, renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  closeCorrectionsStore();
  indexedDB.deleteDatabase('quotegraph-corrections');
});

const panel = () => screen.getByRole('complementary', { name: 'Details' });
const main = () => screen.getByRole('main');

async function openActor(user: ReturnType<typeof renderApp>['user'], name: RegExp) {
  const [button] = within(main()).getAllByRole('button', { name });
  if (!button) throw new Error(`no actor button ${String(name)}`);
  await user.click(button);
  return within(panel()).findByRole('heading', { level: 2 });
}

/** Opens `from`'s panel and merges it into `into` through the actor's correction form. */
async function mergeThroughPanel(
  user: ReturnType<typeof renderApp>['user'],
  from: string,
  into: string,
) {
  await openActor(user, new RegExp(`^${from}`));
  await user.click(within(panel()).getByText('Correct this actor'));
  await user.selectOptions(
    within(panel()).getByRole('combobox', { name: `Merge ${from} into` }),
    into,
  );
  await user.click(within(panel()).getByRole('button', { name: 'Merge' }));
  // The panel then shows the merged actor and takes focus: wait, so later keys go where sent.
  await waitFor(() =>
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent(into),
  );
}

describe('corrections', () => {
  it('exports the corrected graph: a merged-away actor is not in the GraphML', async () => {
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: (blob: Blob) => {
          saved.push(blob);
          return `blob:test/${saved.length}`;
        },
        revokeObjectURL: () => {},
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Overview' });
    await mergeThroughPanel(user, 'Jens Stoltenberg', 'NATO');
    await screen.findByRole('button', { name: 'Corrections (1)' });
    const menu = await openExportMenu(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Graph as GraphML' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const graph = parseGraphml(Graph, (await saved[0]?.text()) ?? '');
    expect(graph.hasNode('nato')).toBe(true);
    expect(graph.hasNode('jens-stoltenberg')).toBe(false);
    vi.restoreAllMocks();
  });

  it('search answers with the corrected actors: a merged-away name finds its target', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Overview' });
    await mergeThroughPanel(user, 'Sergey Lavrov', 'Russia');
    await screen.findByRole('button', { name: 'Corrections (1)' });
    // The panel moves to Russia (and takes focus) before the search is typed into.
    await within(panel()).findByRole('heading', { level: 2, name: 'Russia' });
    await user.type(screen.getByRole('combobox', { name: 'Search actors and quotes' }), 'lavrov');
    const results = await screen.findByRole(
      'listbox',
      { name: 'Search results' },
      { timeout: 10_000 },
    );
    const actors = await within(results).findByRole('group', { name: 'Actors' });
    const names = within(actors)
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    // Russia is found by the name it gained; the positions of every later actor moved by one.
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^Russia/);
  });

  it('merges an actor into another, marks it corrected, and undoes it', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/');
    await screen.findByRole('heading', { name: 'Overview' });
    await mergeThroughPanel(user, 'Jens Stoltenberg', 'NATO');
    await waitFor(() =>
      expect(within(main()).queryAllByRole('button', { name: /^Jens Stoltenberg/ })).toHaveLength(
        0,
      ),
    );
    // The panel (and the URL) that named the merged-away actor now open the one it became.
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: 'NATO' }),
    ).toBeInTheDocument();
    expect(params().get('actor')).toBe('nato');
    await openActor(user, /^NATO/);
    expect(within(panel()).getByRole('note', { name: 'Corrected by you' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Stoltenberg');

    await user.click(screen.getByRole('button', { name: 'Corrections (1)' }));
    await user.click(screen.getByRole('button', { name: 'Undo last correction' }));
    await waitFor(() =>
      expect(
        within(main()).getAllByRole('button', { name: /^Jens Stoltenberg/ }).length,
      ).toBeGreaterThan(0),
    );
  });

  it('adds an alias, changes a speaker, rejects a quote, and removes one from the list', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Overview' });
    await openActor(user, /^Russia/);
    await user.click(within(panel()).getByText('Correct this actor'));
    await user.type(
      within(panel()).getByRole('textbox', { name: 'New alias for Russia' }),
      'the Kremlin',
    );
    await user.click(within(panel()).getByRole('button', { name: 'Add alias' }));
    await waitFor(() => expect(panel()).toHaveTextContent('the Kremlin'));

    await openActor(user, /^Sergey Lavrov/);
    const quotesBy = within(panel()).getByRole('list', { name: 'Quotes by Sergey Lavrov' });
    const before = within(quotesBy).getAllByRole('listitem').length;
    const [first] = within(quotesBy).getAllByRole('button', { name: 'Correct quote' });
    if (!first) throw new Error('no quote card');
    await user.click(first);
    await user.selectOptions(
      within(panel()).getByRole('combobox', { name: 'New speaker' }),
      'José Álvarez',
    );
    await user.click(within(panel()).getByRole('button', { name: 'Change speaker' }));
    await waitFor(() =>
      expect(
        within(within(panel()).getByRole('list', { name: 'Quotes by Sergey Lavrov' })).getAllByRole(
          'listitem',
        ),
      ).toHaveLength(before - 1),
    );
    const [next] = within(panel()).getAllByRole('button', { name: 'Correct quote' });
    if (!next) throw new Error('no quote card');
    await user.click(next);
    await user.click(within(panel()).getByRole('button', { name: 'Reject quote' }));
    await waitFor(() =>
      expect(
        within(within(panel()).getByRole('list', { name: 'Quotes by Sergey Lavrov' })).getAllByRole(
          'listitem',
        ),
      ).toHaveLength(before - 2),
    );

    await user.click(screen.getByRole('button', { name: 'Corrections (3)' }));
    await user.click(screen.getByRole('button', { name: /^Remove correction: Rejected/ }));
    expect(await screen.findByRole('button', { name: 'Corrections (2)' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(within(panel()).getByRole('list', { name: 'Quotes by Sergey Lavrov' })).getAllByRole(
          'listitem',
        ),
      ).toHaveLength(before - 1),
    );
  });
});

import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeCorrectionsStore } from '../../src/loader/corrections-store.ts';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
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

describe('corrections', () => {
  it('merges an actor into another, marks it corrected, and undoes it', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Overview' });
    await openActor(user, /^Jens Stoltenberg/);
    await user.click(within(panel()).getByText('Correct this actor'));
    await user.selectOptions(
      within(panel()).getByRole('combobox', { name: 'Merge Jens Stoltenberg into' }),
      'NATO',
    );
    await user.click(within(panel()).getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(within(main()).queryAllByRole('button', { name: /^Jens Stoltenberg/ })).toHaveLength(
        0,
      ),
    );
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

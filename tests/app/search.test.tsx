import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function setup(url = '/') {
  stubCorpusFetch(smallCorpus());
  const app = renderApp(url);
  await screen.findByRole('heading', { name: 'Overview' });
  const box = screen.getByRole('combobox', { name: 'Search actors and quotes' });
  return { ...app, box };
}

// The search index module loads lazily on the first keystroke; on a busy CI machine the first
// import can take longer than testing-library's default 1 s wait.
const listbox = () => screen.findByRole('listbox', { name: 'Search results' }, { timeout: 10_000 });

describe('search', () => {
  it.each(['lavrov', 'Lávrov', 'LAVROV', 'Лавров', 'serg'])(
    'finds Sergey Lavrov from %j',
    async (query) => {
      const { user, box } = await setup();
      await user.type(box, query);
      const actors = await within(await listbox()).findByRole('group', { name: 'Actors' });
      expect(within(actors).getAllByRole('option')[0]).toHaveTextContent('Sergey Lavrov');
      expect(box).toHaveAttribute('aria-expanded', 'true');
    },
  );

  it('finds the accented name from plain letters', async () => {
    const { user, box } = await setup();
    await user.type(box, 'jose alvarez');
    const actors = await within(await listbox()).findByRole('group', { name: 'Actors' });
    expect(within(actors).getByRole('option')).toHaveTextContent('José Álvarez');
    // One actor is "1 actor", not "1 actors".
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent(
      /^1 actor, \d+ quotes?$/,
    );
  });

  it('finds quotes by their words, grouped apart from actors', async () => {
    const { user, box } = await setup();
    await user.type(box, 'confrontation');
    const quotes = await within(await listbox()).findByRole('group', { name: 'Quotes' });
    const options = within(quotes).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('NATO has chosen confrontation');
    expect(options[0]).toHaveTextContent('Sergey Lavrov · 1 Mar 2022');
    expect(
      within(await listbox()).queryByRole('group', { name: 'Actors' }),
    ).not.toBeInTheDocument();
  });

  it('is driven by the keyboard: arrows move, Enter opens, Escape closes', async () => {
    const { user, box, params } = await setup();
    await user.type(box, 'nato');
    await within(await listbox()).findByRole('group', { name: 'Quotes' });
    const options = within(await listbox()).getAllByRole('option');
    expect(options[0]).toHaveTextContent('NATO');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Wraps around to the last option.
    expect(box).toHaveAttribute('aria-activedescendant', options[options.length - 1]?.id);

    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'NATO' })).toBeInTheDocument();
    expect(params().get('actor')).toBe('nato');
    expect(params().get('q')).toBe('nato');
  });

  it('opens a quote result in its article', async () => {
    const { user, box, params } = await setup();
    await user.type(box, 'luck');
    const option = await within(await listbox()).findByRole('option', { name: /try your luck/ });
    await user.click(option);
    expect(
      await screen.findByRole('heading', { level: 2, name: /Russia is not going to join NATO/ }),
    ).toBeInTheDocument();
    expect(params().get('quote')).toBe('rt-nato#0');
    expect(document.querySelector('mark')).toHaveTextContent("Guys, don't try your luck");
  });

  it('says when nothing matches', async () => {
    const { user, box } = await setup();
    await user.type(box, 'zebra');
    const search = screen.getByRole('search');
    await waitFor(() =>
      expect(within(search).getByRole('status')).toHaveTextContent(
        'No actors or quotes match “zebra”.',
      ),
    );
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('keeps the text in ?q=, replacing the history entry while typing', async () => {
    const { user, box, params, router } = await setup();
    const before = router.state.historyAction;
    await user.type(box, 'stolt');
    await waitFor(() => expect(params().get('q')).toBe('stolt'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(before).toBe('POP');
  });

  it('restores the search text from the URL', async () => {
    const { box } = await setup('/?q=Stoltenberg');
    expect(box).toHaveValue('Stoltenberg');
  });
});

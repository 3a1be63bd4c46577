import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapePatch } from '../../src/app/use-escape-to-close.ts';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const panel = () => screen.getByRole('complementary', { name: 'Details' });

describe('Escape closes the innermost view', () => {
  it('article → actor → overview, each a history entry that Back reopens', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params, router } = renderApp('/');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    await user.click(
      within(screen.getByRole('group', { name: /^Actors/ })).getByRole('button', {
        name: /^Sergey Lavrov,/,
      }),
    );
    await within(panel()).findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    const [open] = within(panel()).getAllByRole('button', { name: /open in article/i });
    if (!open) throw new Error('no quote to open');
    await user.click(open);
    await waitFor(() => expect(panel().querySelector('mark')).not.toBeNull());
    const quote = params().get('quote');
    expect(quote).not.toBeNull();

    await user.keyboard('{Escape}');
    expect(params().get('quote')).toBeNull();
    expect(params().get('actor')).toBe('sergey-lavrov');
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: 'Sergey Lavrov' }),
    ).toBeInTheDocument();
    expect(panel().querySelector('mark')).toBeNull();

    await user.keyboard('{Escape}');
    expect(params().get('actor')).toBeNull();
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: 'Overview' }),
    ).toBeInTheDocument();

    // At the overview Escape has nothing to close and pushes nothing.
    const entry = router.state.location.key;
    await user.keyboard('{Escape}');
    expect(router.state.location.key).toBe(entry);
    expect(params().toString()).toBe('');

    await act(() => router.navigate(-1));
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: 'Sergey Lavrov' }),
    ).toBeInTheDocument();
    await act(() => router.navigate(-1));
    expect(params().get('quote')).toBe(quote);
    await waitFor(() => expect(panel().querySelector('mark')).not.toBeNull());
  });

  it('leaves Escape to a text field (the search box clears itself)', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params } = renderApp('/?actor=nato');
    await screen.findByRole('heading', { level: 2, name: 'NATO' });
    await user.click(screen.getByRole('combobox', { name: 'Search actors and quotes' }));
    await user.keyboard('{Escape}');
    expect(params().get('actor')).toBe('nato');
  });

  it('closes a selected link like an actor', () => {
    expect(escapePatch({ actor: null, edge: 'a->b' as never, quote: null })).toEqual({
      actor: null,
      edge: null,
    });
    expect(escapePatch({ actor: 'a' as never, edge: null, quote: 'q' as never })).toEqual({
      quote: null,
    });
    expect(escapePatch({ actor: null, edge: null, quote: null })).toBeNull();
  });
});

describe('skip link', () => {
  it('jumps from before the graph straight to the panel', async () => {
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    const skip = screen.getByRole('button', { name: 'Skip to panel' });
    await user.click(skip);
    expect(panel()).toHaveFocus();
  });
});

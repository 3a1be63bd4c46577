import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const actors = () => screen.getByRole('group', { name: /^Actors/ });
const network = () => screen.getByRole('img', { name: /^Network of/ });

describe('hiding the unknown speaker', () => {
  it('leaves it and its links out of the graph, in the URL, and Back brings it back', async () => {
    stubCorpusFetch(smallCorpus());
    const { user, params, router } = renderApp('/');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    expect(within(actors()).getByRole('button', { name: /^Unknown speaker,/ })).toBeVisible();
    const before = network().getAttribute('aria-label');
    expect(before).toMatch(/^Network of 6 actors and \d+ links/);

    const toggle = screen.getByRole('checkbox', { name: 'Show unknown speaker' });
    expect(toggle).toBeChecked();
    await user.click(toggle);

    expect(params().get('unknown')).toBe('hide');
    expect(screen.getByRole('checkbox', { name: 'Show unknown speaker' })).not.toBeChecked();
    expect(
      within(actors()).queryByRole('button', { name: /^Unknown speaker,/ }),
    ).not.toBeInTheDocument();
    // The unknown speaker's one link (to Russia) goes with it.
    const links = (label: string | null) => Number(/and (\d+) links?/.exec(label ?? '')?.[1]);
    expect(network()).toHaveAccessibleName(/^Network of 5 actors/);
    expect(links(network().getAttribute('aria-label'))).toBe(links(before) - 1);

    await act(() => router.navigate(-1));
    expect(params().get('unknown')).toBeNull();
    expect(within(actors()).getByRole('button', { name: /^Unknown speaker,/ })).toBeVisible();
  });

  it('opens hidden from a link with ?unknown=hide', async () => {
    stubCorpusFetch(smallCorpus());
    renderApp('/?unknown=hide');
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    expect(screen.getByRole('checkbox', { name: 'Show unknown speaker' })).not.toBeChecked();
    expect(
      within(actors()).queryByRole('button', { name: /^Unknown speaker,/ }),
    ).not.toBeInTheDocument();
  });
});

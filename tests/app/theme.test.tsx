import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubCorpusFetch } from './render-app.tsx';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';
import { resetSchemeCache, SCHEME_STORAGE_KEY } from '../../src/theme/color-scheme.ts';

// The theme choice: light, dark or the system's, remembered in localStorage, never in the URL.

let systemDark = false;
const mediaListeners = new Set<() => void>();

beforeEach(() => {
  systemDark = false;
  localStorage.clear();
  resetSchemeCache();
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      media: query,
      get matches() {
        return query.includes('dark') ? systemDark : false;
      },
      addEventListener: (_: string, listener: () => void) => mediaListeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => mediaListeners.delete(listener),
    })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  mediaListeners.clear();
});

const theme = () => document.documentElement.dataset.theme;

describe('theme', () => {
  it('follows the system, then the user’s choice, remembered but not in the URL', async () => {
    systemDark = true;
    stubCorpusFetch(smallCorpus());
    const { user, router } = renderApp('/?actor=sergey-lavrov');
    await screen.findByRole('heading', { level: 2, name: 'Sergey Lavrov' });
    const select = within(screen.getByRole('banner')).getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('system');
    expect(theme()).toBe('dark');

    await user.selectOptions(select, 'light');
    expect(theme()).toBe('light');
    expect(localStorage.getItem(SCHEME_STORAGE_KEY)).toBe('light');
    expect(router.state.location.search).toBe('?actor=sergey-lavrov');

    await user.selectOptions(select, 'system');
    expect(theme()).toBe('dark');
    expect(localStorage.getItem(SCHEME_STORAGE_KEY)).toBeNull();
  });

  it('starts from the stored choice and follows a system change while on system', async () => {
    localStorage.setItem(SCHEME_STORAGE_KEY, 'dark');
    stubCorpusFetch(smallCorpus());
    const { user } = renderApp('/');
    await screen.findByRole('article', { name: 'Overview' });
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('dark');
    expect(theme()).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--kind-person')).toBe('#56B4E9');

    await user.selectOptions(select, 'system');
    expect(theme()).toBe('light');
    systemDark = true;
    for (const listener of mediaListeners) listener();
    expect(theme()).toBe('dark');
    expect(select).toHaveValue('system');
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, vi } from 'vitest';
import { appRoutes } from '../../src/app/routes.tsx';

type Responder = (url: string) => Response | Promise<Response>;

/** Stubs fetch: a corpus object is served as JSON; a function decides per call. */
export function stubCorpusFetch(corpus: unknown | Responder) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input.toString();
    if (typeof corpus === 'function') return Promise.resolve((corpus as Responder)(url));
    return Promise.resolve(new Response(JSON.stringify(corpus)));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Renders the real app routes in a memory router at `url`, with a fresh QueryClient that
 * never retries (so error states show at once).
 */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  /** The current URL's search params. */
  const params = () => new URLSearchParams(router.state.location.search);
  return { ...view, router, user, params, queryClient };
}

/**
 * Opens the Export menu from the keyboard. Export is disabled while a correction is being
 * applied, so this waits for the button to be enabled before pressing ArrowDown.
 */
export async function openExportMenu(user: ReturnType<typeof userEvent.setup>) {
  const button = await screen.findByRole('button', { name: /Export/ });
  await waitFor(() => expect(button).toBeEnabled());
  button.focus();
  await user.keyboard('{ArrowDown}');
  return screen.findByRole('menu', { name: 'Export' });
}

import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type Location,
  type NavigateFunction,
  type NavigationType,
  type To,
} from 'react-router';
import { expect, vi } from 'vitest';
import { AppRoot } from '../../src/app/app-root.tsx';

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

/** The test's handle on the memory router: where it is, and a way to move it (Back, a link). */
export interface TestRouter {
  state: { location: Location; historyAction: NavigationType };
  navigate: (to: To | number) => Promise<void>;
}

interface RouterReport {
  location: Location;
  historyAction: NavigationType;
  navigate: NavigateFunction;
}

/** Reports the router's location, last action and navigate function after every render. */
function RouterProbe({ report }: { report: (r: RouterReport) => void }) {
  const location = useLocation();
  const historyAction = useNavigationType();
  const navigate = useNavigate();
  useLayoutEffect(() => {
    report({ location, historyAction, navigate });
  });
  return null;
}

/**
 * Renders the real app in a memory router at `url` (as main.tsx does in the browser: no
 * transitions in the router), with a fresh QueryClient that never retries (so error states
 * show at once).
 */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let latest: RouterReport | null = null;
  const current = (): RouterReport => {
    if (!latest) throw new Error('the router has not rendered yet');
    return latest;
  };
  const router: TestRouter = {
    state: {
      get location() {
        return current().location;
      },
      get historyAction() {
        return current().historyAction;
      },
    },
    navigate: async (to) => {
      const { navigate } = current();
      await act(async () => {
        await (typeof to === 'number' ? navigate(to) : navigate(to));
      });
    },
  };
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]} useTransitions={false}>
        <RouterProbe
          report={(r) => {
            latest = r;
          }}
        />
        <AppRoot />
      </MemoryRouter>
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

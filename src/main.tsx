// Base styles first, so each component's stylesheet can refine them.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
// The DOM build of the provider: it can apply an update at once (flushSync) when asked to.
import { RouterProvider } from 'react-router/dom';
import { appRoutes } from './app/routes.tsx';
import { createQueryClient } from './app/query-client.ts';
import { applyColorScheme } from './theme/color-scheme.ts';

// Before the first render, so a dark-mode user never sees a light flash.
applyColorScheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// The whole view lives in the query string, so one catch-all route serves any base path.
const router = createBrowserRouter(appRoutes);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);

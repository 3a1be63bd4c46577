// Base styles first, so each component's stylesheet can refine them.
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoot } from './app/app-root.tsx';
import { createQueryClient } from './app/query-client.ts';
import { applyColorScheme } from './theme/color-scheme.ts';

// Before the first render, so a dark-mode user never sees a light flash.
applyColorScheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();

// The declarative router, not a data router: the app has no loaders or route table (the view
// is the query string), and the data router's code was 18 kB of the page's initial 218 kB
// (gzip). Transitions off: useViewState decides per update whether it renders at once
// (flushSync) or in a transition.
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter useTransitions={false}>
        <AppRoot />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);

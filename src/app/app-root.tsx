import { Alert } from '../components/alert.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { App } from './app.tsx';

/** Last line of defence: whatever escapes the app's own error boundaries still gets a page. */
function PageCrash({ error }: { error: Error }) {
  return (
    <main id="main" className="app-main app-main--status">
      <Alert
        title="Something went wrong"
        action={{ label: 'Reload', onClick: () => window.location.reload() }}
      >
        <pre>{error.message}</pre>
      </Alert>
    </main>
  );
}

/**
 * The page under the router: the whole view lives in the query string, so there is no route
 * table, only the app behind a page-wide error boundary (works under any base path).
 */
export function AppRoot() {
  return (
    <ErrorBoundary fallback={(error) => <PageCrash error={error} />}>
      <App />
    </ErrorBoundary>
  );
}

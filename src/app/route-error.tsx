import { useRouteError } from 'react-router';
import { Alert } from '../components/alert.tsx';

/** Last line of defence: whatever escaped the app's own error boundary still gets a page. */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="app-main app-main--status">
      <Alert
        title="Something went wrong"
        action={{ label: 'Reload', onClick: () => window.location.reload() }}
      >
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </Alert>
    </main>
  );
}

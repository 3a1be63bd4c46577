import type { RouteObject } from 'react-router';
import { App } from './app.tsx';
import { RouteError } from './route-error.tsx';

/** One catch-all route: the app reads everything it needs from the query string. */
export const appRoutes: RouteObject[] = [
  { path: '*', element: <App />, errorElement: <RouteError /> },
];

import type { RouteEntry } from './route-matrix.js';

// The matrix entry of the home page (see route-matrix.ts). Per user, not per case: signed out it is refused, and a
// stranger's successful call is checked to hold nothing of the owner's case (its id and marker).

export const HOME_ROUTES: RouteEntry[] = [
  { route: 'GET /api/home', access: 'account', request: () => ({ url: '/api/home' }) },
];

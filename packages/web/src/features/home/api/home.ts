import type { ResponseOf } from '@iep/core/contract';
import { request } from '../../../api/client';

// The home page's one call (docs/api.md, "Home"): every case of the user with what to do next.

export const homeApi = {
  home: () => request<ResponseOf<'GET /api/home'>>('GET', '/api/home'),
};

import type { Session, SetupState } from '@iep/core/contract';
import { request } from './client';

// The signed-in session, shared by every page (api/auth.tsx); account invitations live in features/accounts.

export const sessionApi = {
  setup: () => request<SetupState>('GET', '/api/setup'),
  me: () => request<Session>('GET', '/api/auth/me', { quiet401: true }),
  signIn: (email: string, password: string) =>
    request<Session>('POST', '/api/auth/signin', { body: { email, password }, quiet401: true }),
  signUp: (name: string, email: string, password: string, invite?: string) =>
    request<Session>('POST', '/api/auth/signup', {
      body: invite === undefined ? { name, email, password } : { name, email, password, invite },
    }),
  signOut: () => request<undefined>('POST', '/api/auth/signout', { quiet401: true }),
};

import type { Session, SetupState, User } from '@iep/core/contract';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, setCsrfToken, setSessionEndedHandler } from './client';
import { sessionApi } from './session';

const SESSION_ENDED = 'Your session has ended. Please sign in again.';

interface AuthState {
  loading: boolean;
  user: User | null;
  setup: SetupState | null;
  /** A message to show on the sign-in page (for example after the session ended). */
  notice: string | null;
  signedIn: (session: Session) => void;
  signOut: () => Promise<void>;
  refreshSetup: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>.');
  return value;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [loading, setLoading] = useState(true);
  const [user, setUser] = useState<User | null>(null);
  const [setup, setSetup] = useState<SetupState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refreshSetup = useCallback(async () => {
    setSetup(await sessionApi.setup());
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [setupState, session] = await Promise.all([
          sessionApi.setup(),
          sessionApi.me().catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 401) return null;
            throw error;
          }),
        ]);
        if (cancelled) return;
        setSetup(setupState);
        setCsrfToken(session?.csrfToken ?? null);
        setUser(session?.user ?? null);
      } catch {
        if (!cancelled) setNotice('We could not reach IEP Ready. Check your connection and reload the page.');
      } finally {
        if (!cancelled) setLoading(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    setSessionEndedHandler(() => {
      setCsrfToken(null);
      setUser(null);
      setNotice(SESSION_ENDED);
      const from = window.location.pathname + window.location.search;
      navigate('/signin', { state: { from } });
    });
    return () => setSessionEndedHandler(null);
  }, [navigate]);

  const signedIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    setNotice(null);
    setSetup((s) => (s ? { ...s, needsOwner: false } : s));
  }, []);

  const signOut = useCallback(async () => {
    try {
      await sessionApi.signOut();
    } finally {
      setCsrfToken(null);
      setUser(null);
      setNotice('You are signed out.');
      navigate('/signin');
    }
  }, [navigate]);

  const value = useMemo(
    () => ({ loading, user, setup, notice, signedIn, signOut, refreshSetup }),
    [loading, user, setup, notice, signedIn, signOut, refreshSetup],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

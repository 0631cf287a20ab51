import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StaffAccount } from '@dintur/shared';
import { ApiError } from '@dintur/web';
import { createStaffApi, type ApiClient } from '../api/api-client.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: 'start' | 'signed-out' | 'expired' }
  | { status: 'signed-in'; me: StaffAccount };

type SessionValue = {
  session: SessionState;
  api: ApiClient;
  /** Signs in; throws the ApiError to show on a wrong password. */
  signIn(username: string, password: string): Promise<StaffAccount>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person, on pages that are only shown signed in. */
export function useMe(): StaffAccount {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useMe while not signed in');
  return session.me;
}

/**
 * Who is signed in. The session is the server's HttpOnly cookie: the app never holds a token,
 * it asks `GET /api/auth/me` on start, and any 401 later sends it back to the sign-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const api = useMemo(
    () =>
      createStaffApi({
        onUnauthenticated: () => {
          if (sessionRef.current.status === 'signed-in') setSession({ status: 'signed-out', reason: 'expired' });
        },
      }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    api
      .call('me')
      .then((me) => !cancelled && setSession({ status: 'signed-in', me }))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError && error.status === 401)) console.warn('staff app: could not ask who is signed in', error);
        setSession({ status: 'signed-out', reason: 'start' });
      });
    return () => {
      cancelled = true;
    };
  }, [api]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const { staff } = await api.call('login', { body: { username, password } });
      setSession({ status: 'signed-in', me: staff });
      return staff;
    },
    [api],
  );

  const signOut = useCallback(async () => {
    try {
      await api.call('logout');
    } catch (error) {
      // Signed out locally either way; a session the server still holds expires by itself.
      console.warn('staff app: sign-out request failed', error);
    }
    setSession({ status: 'signed-out', reason: 'signed-out' });
  }, [api]);

  const value = useMemo(() => ({ session, api, signIn, signOut }), [session, api, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

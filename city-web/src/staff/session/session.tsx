import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CityAccount } from '@dintur/shared';
import { ApiError } from '@dintur/web';
import { createCityClient, type CityClient } from '../../api/city-client.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: 'start' | 'signed-out' | 'expired' }
  | { status: 'signed-in'; me: CityAccount };

type SessionValue = {
  session: SessionState;
  city: CityClient;
  /** Signs in; throws the ApiError to show on a wrong password. */
  signIn(username: string, password: string): Promise<CityAccount>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person, on pages that are only shown signed in. */
export function useMe(): CityAccount {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useMe while not signed in');
  return session.me;
}

/** The hub's client of the signed-in pages. */
export function useCity(): CityClient {
  return useSession().city;
}

/**
 * Who is signed in. The session is the hub's HttpOnly cookie (`dintur_city_session`): the app
 * never keeps the token the sign-in answers with; it asks `GET /api/auth/me` on start, and any
 * 401 later sends it back to the sign-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const city = useMemo(
    () =>
      createCityClient({
        onUnauthenticated: () => {
          if (sessionRef.current.status === 'signed-in') setSession({ status: 'signed-out', reason: 'expired' });
        },
      }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    city
      .call('me')
      .then((me) => !cancelled && setSession({ status: 'signed-in', me }))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError && error.status === 401)) console.warn('city-web: could not ask who is signed in', error);
        setSession({ status: 'signed-out', reason: 'start' });
      });
    return () => {
      cancelled = true;
    };
  }, [city]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      // The answer's token is not kept: the cookie set with it is the session.
      const { account } = await city.call('login', { body: { username, password } });
      setSession({ status: 'signed-in', me: account });
      return account;
    },
    [city],
  );

  const signOut = useCallback(async () => {
    try {
      await city.call('logout');
    } catch (error) {
      // Signed out here either way; a session the hub still holds expires by itself.
      console.warn('city-web: sign-out request failed', error);
    }
    setSession({ status: 'signed-out', reason: 'signed-out' });
  }, [city]);

  const value = useMemo(() => ({ session, city, signIn, signOut }), [session, city, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LoginDocument, LogoutDocument } from '../../gql/graphql';
import type { Session, SessionUser } from './session';

export type AuthStatus = 'restoring' | 'signed-in' | 'signed-out';

interface AuthContextValue {
  status: AuthStatus;
  user: SessionUser | null;
  /** Signs in; throws the api's error (UNAUTHENTICATED for bad credentials, RATE_LIMITED, …). */
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  /**
   * `fetch` with the session's `Authorization: Bearer` token, for the api's few routes outside GraphQL
   * (e.g. `POST /imports/:campaignId`); on 401 the session is renewed once and the request sent again.
   */
  authorizedFetch(url: string, init?: RequestInit): Promise<Response>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/**
 * Restores the session on start (a reload keeps only the refresh token), and follows it:
 * when a renewal fails anywhere, the user becomes signed out and the router sends them to /sign-in.
 */
export function AuthProvider({ session, children }: { session: Session; children: ReactNode }) {
  const client = useApolloClient();
  const [user, setUser] = useState<SessionUser | null>(session.currentUser);
  const [status, setStatus] = useState<AuthStatus>(() =>
    session.currentUser ? 'signed-in' : session.refreshToken ? 'restoring' : 'signed-out',
  );

  useEffect(
    () =>
      session.subscribe((next) => {
        setUser(next);
        setStatus(next ? 'signed-in' : 'signed-out');
      }),
    [session],
  );

  useEffect(() => {
    if (status !== 'restoring') return;
    let cancelled = false;
    void session.renew().then((renewed) => {
      if (!cancelled && !renewed) setStatus('signed-out');
    });
    return () => {
      cancelled = true;
    };
    // Only on start: later renewals are the Apollo link's business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({ mutation: LoginDocument, variables: { input: { email, password } } });
      if (!data) throw new Error('The server answered without data.');
      await client.clearStore();
      session.start(data.login);
      return data.login.user;
    },
    [client, session],
  );

  const signOut = useCallback(async () => {
    const refreshToken = session.refreshToken;
    try {
      if (refreshToken) await client.mutate({ mutation: LogoutDocument, variables: { input: { refreshToken } } });
    } catch {
      // Signing out locally matters more than telling the server; the token expires anyway.
    } finally {
      session.end();
      await client.clearStore();
    }
  }, [client, session]);

  const authorizedFetch = useCallback(
    async (url: string, init: RequestInit = {}) => {
      const send = () => {
        const headers = { ...(init.headers as Record<string, string> | undefined) };
        if (session.token) headers['authorization'] = `Bearer ${session.token}`;
        return fetch(url, { ...init, headers });
      };
      const response = await send();
      if (response.status !== 401 || !(await session.renew())) return response;
      return send();
    },
    [session],
  );

  const value = useMemo(() => ({ status, user, signIn, signOut, authorizedFetch }), [status, user, signIn, signOut, authorizedFetch]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an <AuthProvider>.');
  return value;
}

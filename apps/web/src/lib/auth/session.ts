import { print } from 'graphql';
import { RefreshSessionDocument, type LoginMutation } from '../../gql/graphql';

export type SessionPayload = LoginMutation['login'];
export type SessionUser = SessionPayload['user'];

const REFRESH_TOKEN_KEY = 'lifeboat.refreshToken';
const RENEWAL_LOCK = 'lifeboat.renewal';

/**
 * Runs `task` while no other tab of this origin renews the session (Web Locks API). The tabs share
 * one refresh token (localStorage); it is single use, and the api treats a second use as theft and
 * ends the session (RFC 9700 §4.14.2). Under the lock, each tab reads the token the previous one
 * left, so two tabs renewing at once (a browser reopening its tabs) do not sign the user out.
 * Browsers without Web Locks (all current ones have them) renew without it.
 */
function oneTabAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? locks.request(RENEWAL_LOCK, task) : task();
}

type Listener = (user: SessionUser | null) => void;

/**
 * The signed-in session. The access token lives in memory only (a page reload renews it);
 * the refresh token is kept in localStorage so a rep stays signed in across tabs and reloads.
 * `renew()` is single-flight: many requests failing with UNAUTHENTICATED at once share one renewal,
 * and tabs renew one at a time (a Web Lock): the refresh token is single use, and presenting a
 * used one ends the session on the api.
 */
export class Session {
  private accessToken: string | null = null;
  private user: SessionUser | null = null;
  private renewal: Promise<boolean> | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly endpoint = '/graphql',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  get token(): string | null {
    return this.accessToken;
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  get refreshToken(): string | null {
    try {
      return localStorage.getItem(REFRESH_TOKEN_KEY);
    } catch {
      return null;
    }
  }

  /** Keeps what `login` or `refreshSession` returned. */
  start(payload: SessionPayload): void {
    this.accessToken = payload.accessToken;
    try {
      localStorage.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    } catch {
      // private mode: the session lasts for this page only
    }
    this.setUser(payload.user);
  }

  /** Forgets everything about the session (after sign-out, or when it cannot be renewed). */
  end(): void {
    this.accessToken = null;
    try {
      localStorage.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // nothing kept
    }
    this.setUser(null);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Trades the refresh token for a new access token; false (and the session ended) when it cannot. */
  renew(): Promise<boolean> {
    if (!this.renewal) {
      this.renewal = oneTabAtATime(() => this.doRenew()).finally(() => {
        this.renewal = null;
      });
    }
    return this.renewal;
  }

  private async doRenew(): Promise<boolean> {
    const refreshToken = this.refreshToken;
    if (!refreshToken) {
      this.end();
      return false;
    }
    try {
      const response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({
          operationName: 'RefreshSession',
          query: print(RefreshSessionDocument),
          variables: { input: { refreshToken } },
        }),
      });
      const body = (await response.json()) as { data?: { refreshSession?: SessionPayload | null } };
      const payload = body.data?.refreshSession;
      if (!payload) {
        this.end();
        return false;
      }
      this.start(payload);
      return true;
    } catch {
      // The server is unreachable: keep the refresh token for the next try, but this request fails.
      return false;
    }
  }

  private setUser(user: SessionUser | null): void {
    this.user = user;
    for (const listener of this.listeners) listener(user);
  }
}

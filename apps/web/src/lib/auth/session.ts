import { print } from 'graphql';
import { RefreshSessionDocument, type LoginMutation } from '../../gql/graphql';

export type SessionPayload = LoginMutation['login'];
export type SessionUser = SessionPayload['user'];

const REFRESH_TOKEN_KEY = 'lifeboat.refreshToken';

type Listener = (user: SessionUser | null) => void;

/**
 * The signed-in session. The access token lives in memory only (a page reload renews it);
 * the refresh token is kept in localStorage so a rep stays signed in across tabs and reloads.
 * `renew()` is single-flight: many requests failing with UNAUTHENTICATED at once share one renewal
 * (the refresh token is single use, so a second concurrent renewal would sign the user out).
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
      this.renewal = this.doRenew().finally(() => {
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

import { createClient, type Client } from 'graphql-ws';
import type { Session } from '../auth/session';

/** The api closes a socket whose session ended or whose token expired with 4403 (see the api's live-connections). */
const FORBIDDEN = 4403;
/** Waits before reconnecting: 1 s, 2 s, 4 s … capped at 30 s, each with jitter so a restarted server is not stormed. */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** retries);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The WebSocket address of `/graphql` on the page's own host (ws: or wss: like the page). */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * One graphql-ws connection for the whole app: opened with the first subscription, closed a few
 * seconds after the last one ends, authenticated with the session's access token, and reopened
 * with backoff whenever it drops (the server restarting, a laptop waking up). When the server
 * closes it because the token expired, the session is renewed before the next attempt.
 * `onReconnected` runs after every reconnection but the first connection: events sent while the
 * socket was down are lost, so the screens read again what they show.
 */
export function createLiveClient(session: Session, options: { url?: string; onReconnected?: () => void } = {}): Client {
  let connectedOnce = false;
  let renewFirst = false;
  return createClient({
    url: options.url ?? liveUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
    connectionParams: async () => {
      if (renewFirst || !session.token) {
        renewFirst = false;
        await session.renew();
      }
      return session.token ? { authorization: `Bearer ${session.token}` } : {};
    },
    on: {
      connected: () => {
        if (connectedOnce) options.onReconnected?.();
        connectedOnce = true;
      },
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === FORBIDDEN) renewFirst = true;
      },
    },
  });
}

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import type { Client as LiveClient } from 'graphql-ws';
import { from, switchMap, throwError } from 'rxjs';
import type { Session } from '../auth/session';
import { isUnauthenticated } from './errors';

/** Operations that must never trigger a renewal (they are how a session starts or ends). */
const SESSION_OPERATIONS = new Set(['Login', 'RefreshSession', 'Logout']);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          rivals: relayStylePagination(),
          // "Show more" appends the next page; a refetch from the start (after a claim or a log) replaces them all.
          myQueue: relayStylePagination(),
        },
      },
      // A campaign's rules are one object whatever part of them a query reads (the header, the
      // proposal builder, the shutdown warning, the admin page): merged, not replaced.
      CampaignSettingsModel: { merge: true },
    },
  });
}

/** Sends `Authorization: Bearer <access token>` with every request when signed in. */
export function authLink(session: Session): ApolloLink {
  return new SetContextLink((prevContext) => {
    const token = session.token;
    if (!token) return {};
    return { headers: { ...(prevContext['headers'] as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
  });
}

/**
 * On UNAUTHENTICATED (expired access token, or none yet after a reload) renews the session once
 * with `refreshSession` and replays the operation; when renewal fails the session ends, and the
 * router sends the user to /sign-in.
 */
export function renewalLink(session: Session): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (operation.getContext()['renewed']) {
      session.end();
      return;
    }
    return from(session.renew()).pipe(
      switchMap((renewed) => {
        if (!renewed) return throwError(() => error);
        operation.setContext({ renewed: true });
        return forward(operation);
      }),
    );
  });
}

const isSubscription = ({ query }: ApolloLink.Operation) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

/**
 * Queries and mutations over HTTP; subscriptions, when a live client is given, over its one
 * graphql-ws socket (see lib/live/live-client.ts).
 */
export function createApolloClient(session: Session, uri = '/graphql', live?: LiveClient): ApolloClient {
  const http = ApolloLink.from([authLink(session), new HttpLink({ uri })]);
  return new ApolloClient({
    link: ApolloLink.from([renewalLink(session), live ? ApolloLink.split(isSubscription, new GraphQLWsLink(live), http) : http]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../lib/apollo/create-apollo-client';
import { Session } from '../lib/auth/session';
import { createI18n } from '../lib/i18n/i18n';
import { createLiveClient } from '../lib/live/live-client';
import { LiveProvider } from '../lib/live/live-context';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

export function App() {
  const [{ session, client, i18n, router }] = useState(() => {
    const session = new Session();
    // After the socket comes back, what was missed while it was down is read again.
    const live = createLiveClient(session, { onReconnected: () => void client.refetchQueries({ include: 'active' }) });
    const client = createApolloClient(session, '/graphql', live);
    return { session, client, i18n: createI18n(), router: createAppRouter() };
  });
  return (
    <ApolloProvider client={client}>
      <LiveProvider enabled>
        <AppProviders i18n={i18n} session={session}>
          <RouterProvider router={router} />
        </AppProviders>
      </LiveProvider>
    </ApolloProvider>
  );
}

export default App;

import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../lib/apollo/create-apollo-client';
import { Session } from '../lib/auth/session';
import { createI18n } from '../lib/i18n/i18n';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

export function App() {
  const [{ session, client, i18n, router }] = useState(() => {
    const session = new Session();
    return { session, client: createApolloClient(session), i18n: createI18n(), router: createAppRouter() };
  });
  return (
    <ApolloProvider client={client}>
      <AppProviders i18n={i18n} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </ApolloProvider>
  );
}

export default App;

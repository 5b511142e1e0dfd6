import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../shared/apollo/client';
import { emitSessionExpired } from '../shared/session/sessionEvents';
import { AppRoutes } from './routes';
import { SessionExpiry } from './SessionExpiry';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const client = useMemo(() => createApolloClient({ onSessionExpired: emitSessionExpired }), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SessionExpiry />
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from '../shared/session/sessionEvents';
import { paths } from '../shared/paths';
import { signInPathFor } from '../shared/session/returnTo';

/**
 * Top of the route tree: when any request reports that the session is gone, forget what was cached
 * and go to sign-in, which brings the person back to this page afterwards.
 */
export function SessionExpiry() {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();

  useEffect(
    () =>
      onSessionExpired(() => {
        if (location.pathname === paths.signIn()) return;
        void client.clearStore().then(() => {
          navigate(signInPathFor(location.pathname + location.search), {
            replace: true,
            state: { notice: 'expired' },
          });
        });
      }),
    [client, navigate, location.pathname, location.search],
  );

  return null;
}

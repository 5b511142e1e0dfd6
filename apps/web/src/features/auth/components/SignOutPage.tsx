import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { SIGN_OUT } from '../graphql/auth';
import { paths } from '../../../shared/paths';

/**
 * /abmelden — ends the session on the server, forgets every cached answer and the guidelines' offline
 * copies in this browser, then shows sign-in.
 */
export function SignOutPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signOut] = useMutation(SIGN_OUT);
  const [error, setError] = useState<unknown>();
  const started = useRef(false);

  const run = async () => {
    setError(undefined);
    try {
      await signOut();
      await client.clearStore();
      // The guidelines' offline copies go too (loaded only here: the first page does not carry it).
      await import('../../../shared/offlineCopies')
        .then(({ clearOfflineCopies }) => clearOfflineCopies())
        .catch(() => undefined);
      navigate(paths.signIn(), { replace: true, state: { notice: 'signedOut' } });
    } catch (failure) {
      setError(failure);
    }
  };

  useEffect(() => {
    // Strict mode mounts twice in development; sign out once.
    if (started.current) return;
    started.current = true;
    void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <PageHeader title={t('auth.signOut.title')} />
      {error ? (
        <ErrorState error={error} onRetry={() => void run()} />
      ) : (
        <LoadingState label={t('auth.signOut.running')} />
      )}
    </>
  );
}

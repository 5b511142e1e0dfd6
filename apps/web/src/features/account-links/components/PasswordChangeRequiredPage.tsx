import { useApolloClient } from '@apollo/client/react';
import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { paths } from '../../../shared/paths';
import { ME } from '../../auth/graphql/me';
import { useSession } from '../../auth/hooks/useSession';
import { ChangePasswordForm } from '../../profile/components/ChangePasswordForm';

/**
 * /passwort-aendern — where an account whose password someone else set (an admin, the command line)
 * lands after signing in; the server allows nothing else until the password is changed.
 */
export function PasswordChangeRequiredPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { user, loading } = useSession();
  if (loading) return <LoadingState />;
  if (!user) return <Navigate to={paths.signIn()} replace />;

  const changed = () => {
    client.writeQuery({ query: ME, data: { me: { ...user, mustChangePassword: false } } });
    navigate(paths.home(), { replace: true });
  };

  return (
    <>
      <PageHeader title={t('links.required.title')} description={t('links.required.intro')} />
      <Paper withBorder p="lg" maw={480} radius="md" bg="white">
        <ChangePasswordForm onChanged={changed} />
      </Paper>
    </>
  );
}

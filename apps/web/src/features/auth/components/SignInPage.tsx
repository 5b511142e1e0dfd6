import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { applyPersonLanguage } from '../../../i18n/i18n';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { RETURN_PARAM, safeReturnPath } from '../../../shared/session/returnTo';
import { SIGN_IN } from '../graphql/auth';
import { ME } from '../graphql/me';
import { useSession } from '../hooks/useSession';

const FIELD_RULES = { email: [rules.required, rules.email], password: [rules.required] };

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const client = useApolloClient();
  const { user } = useSession();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  const notice = (location.state as { notice?: 'expired' | 'signedOut' } | null)?.notice;
  const form = useForm({ email: '', password: '' }, FIELD_RULES);
  const [problem, setProblem] = useState<ApiProblem>();
  const [signIn, { loading }] = useMutation(SIGN_IN);

  if (user && !loading) return <Navigate to={returnTo} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    try {
      const { data } = await signIn({
        variables: { email: form.values.email.trim(), password: form.values.password },
      });
      if (!data?.signIn) return;
      // Everything cached so far belongs to nobody; start clean, then know who is signed in.
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: data.signIn } });
      await applyPersonLanguage(data.signIn.id);
      navigate(returnTo, { replace: true });
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <>
      <PageHeader title={t('auth.signIn.title')} description={t('auth.signIn.intro')} />
      <Paper withBorder p="lg" maw={440} radius="md" bg="white">
        {notice === 'expired' ? (
          <Alert color="yellow" variant="light" mb="md" role="status">
            {t('auth.signIn.expired')}
          </Alert>
        ) : null}
        {notice === 'signedOut' ? (
          <Alert color="green" variant="light" mb="md" role="status">
            {t('auth.signOut.done')}
          </Alert>
        ) : null}
        <FormProblem problem={problem} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('auth.fields.email')}
              type="email"
              autoComplete="username"
              required
              {...form.textProps('email')}
            />
            <PasswordInput
              label={t('auth.fields.password')}
              autoComplete="current-password"
              required
              {...form.textProps('password')}
            />
            <Button type="submit" loading={loading}>
              {t('auth.signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}

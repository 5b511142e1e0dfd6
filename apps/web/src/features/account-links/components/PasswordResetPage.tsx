import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { applyPersonLanguage } from '../../../i18n/i18n';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { formatDateTime } from '../../../shared/format';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { paths } from '../../../shared/paths';
import { ME } from '../../auth/graphql/me';
import { PASSWORD_RESET_PREVIEW, RESET_PASSWORD } from '../graphql/links';

const FIELD_RULES = {
  password: [rules.required, rules.minLength(LIMITS.password.min), rules.maxLength(LIMITS.password.max)],
  repeat: [rules.required, rules.sameAs('password')],
};

/** /passwort-neu?token=… — a reset link from the admin: choose a new password, then signed in. */
export function PasswordResetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery(PASSWORD_RESET_PREVIEW, { variables: { token }, skip: token === '' });
  const [reset, { loading }] = useMutation(RESET_PASSWORD);
  const [problem, setProblem] = useState<ApiProblem>();
  const form = useForm({ password: '', repeat: '' }, FIELD_RULES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    try {
      const { data } = await reset({ variables: { token, password: form.values.password } });
      if (!data?.resetPassword) return;
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: data.resetPassword } });
      await applyPersonLanguage(data.resetPassword.id);
      navigate(paths.home(), { replace: true });
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  const target = preview.data?.passwordResetPreview;
  return (
    <>
      <PageHeader title={t('links.reset.title')} description={t('links.reset.intro')} />
      <Paper withBorder p="lg" maw={480} radius="md" bg="white">
        {token === '' ? (
          <Alert color="yellow" variant="light" role="alert">
            {t('links.noToken')}
          </Alert>
        ) : preview.error ? (
          <ErrorState error={preview.error} title={t('links.invalid')} />
        ) : preview.loading || !target ? (
          <LoadingState />
        ) : (
          <>
            <Text mb="md">
              {t('links.reset.for', { email: target.email, until: formatDateTime(target.expiresAt) })}
            </Text>
            <FormProblem problem={problem} />
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <input type="hidden" autoComplete="username" value={target.email} readOnly />
                <PasswordInput
                  label={t('auth.fields.newPassword')}
                  description={t('links.passwordHint', { min: LIMITS.password.min })}
                  autoComplete="new-password"
                  required
                  {...form.textProps('password')}
                />
                <PasswordInput
                  label={t('auth.fields.repeatPassword')}
                  autoComplete="new-password"
                  required
                  {...form.textProps('repeat')}
                />
                <Button type="submit" loading={loading}>
                  {t('links.reset.submit')}
                </Button>
              </Stack>
            </form>
          </>
        )}
      </Paper>
    </>
  );
}

import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { SETUP_FIRST_ADMIN } from '../graphql/auth';
import { ME } from '../graphql/me';
import { paths } from '../../../shared/paths';

const FIELD_RULES = {
  email: [rules.required, rules.email, rules.maxLength(LIMITS.email)],
  displayName: [rules.required, rules.maxLength(LIMITS.name)],
  password: [rules.required, rules.minLength(LIMITS.password.min), rules.maxLength(LIMITS.password.max)],
  repeat: [rules.required, rules.sameAs('password')],
};

/** /setup?token=… — the link the server prints when it starts without any account. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [problem, setProblem] = useState<ApiProblem>();
  const [setup, { loading }] = useMutation(SETUP_FIRST_ADMIN);
  const checked = useForm({ email: '', displayName: '', password: '', repeat: '' }, FIELD_RULES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!checked.validateAll()) return;
    const { email, displayName, password } = checked.values;
    try {
      const { data } = await setup({
        variables: { token, email: email.trim(), displayName: displayName.trim(), password },
      });
      if (!data?.setupFirstAdmin) return;
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: data.setupFirstAdmin } });
      navigate(paths.home(), { replace: true });
    } catch (error) {
      setProblem(checked.takeServerError(error));
    }
  };

  return (
    <>
      <PageHeader title={t('auth.setup.title')} description={t('auth.setup.intro')} />
      <Paper withBorder p="lg" maw={480} radius="md" bg="white">
        {token === '' ? (
          <Alert color="yellow" variant="light" mb="md" role="alert">
            {t('auth.setup.noToken')}
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
              {...checked.textProps('email')}
            />
            <TextInput
              label={t('auth.fields.displayName')}
              autoComplete="name"
              required
              {...checked.textProps('displayName')}
            />
            <PasswordInput
              label={t('auth.fields.newPassword')}
              description={t('auth.setup.passwordHint', { min: LIMITS.password.min })}
              autoComplete="new-password"
              required
              {...checked.textProps('password')}
            />
            <PasswordInput
              label={t('auth.fields.repeatPassword')}
              autoComplete="new-password"
              required
              {...checked.textProps('repeat')}
            />
            <Button type="submit" loading={loading} disabled={token === ''}>
              {t('auth.setup.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}

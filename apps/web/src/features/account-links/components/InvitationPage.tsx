import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
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
import { ACCEPT_INVITATION, INVITATION_PREVIEW } from '../graphql/links';

const FIELD_RULES = {
  displayName: [rules.required, rules.maxLength(LIMITS.name)],
  password: [rules.required, rules.minLength(LIMITS.password.min), rules.maxLength(LIMITS.password.max)],
  repeat: [rules.required, rules.sameAs('password')],
};

/** /einladung?token=… — the invited person chooses name and password and is signed in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery(INVITATION_PREVIEW, { variables: { token }, skip: token === '' });
  const [accept, { loading }] = useMutation(ACCEPT_INVITATION);
  const [problem, setProblem] = useState<ApiProblem>();
  const form = useForm({ displayName: '', password: '', repeat: '' }, FIELD_RULES);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    try {
      const { data } = await accept({
        variables: { token, displayName: form.values.displayName.trim(), password: form.values.password },
      });
      if (!data?.acceptInvitation) return;
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: data.acceptInvitation } });
      await applyPersonLanguage(data.acceptInvitation.id);
      navigate(paths.home(), { replace: true });
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  const invitation = preview.data?.invitationPreview;
  return (
    <>
      <PageHeader title={t('links.invitation.title')} description={t('links.invitation.intro')} />
      <Paper withBorder p="lg" maw={480} radius="md" bg="white">
        {token === '' ? (
          <Alert color="yellow" variant="light" role="alert">
            {t('links.noToken')}
          </Alert>
        ) : preview.error ? (
          <ErrorState error={preview.error} title={t('links.invalid')} />
        ) : preview.loading || !invitation ? (
          <LoadingState />
        ) : (
          <>
            <Text mb="md">
              {t('links.invitation.for', {
                email: invitation.email,
                role: t(`roles.${invitation.role}`),
                until: formatDateTime(invitation.expiresAt),
              })}
            </Text>
            <FormProblem problem={problem} />
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <input type="hidden" autoComplete="username" value={invitation.email} readOnly />
                <TextInput
                  label={t('auth.fields.displayName')}
                  autoComplete="name"
                  required
                  {...form.textProps('displayName')}
                />
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
                  {t('links.invitation.submit')}
                </Button>
              </Stack>
            </form>
          </>
        )}
      </Paper>
    </>
  );
}

import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { CHANGE_PASSWORD } from '../graphql/profile';

const EMPTY = { current: '', next: '', repeat: '' };
const FIELD_RULES = {
  current: [rules.required],
  next: [rules.required, rules.minLength(LIMITS.password.min), rules.maxLength(LIMITS.password.max)],
  repeat: [rules.required, rules.sameAs('next')],
};

/** `onChanged`: called after the password was changed (the forced change moves on to the start page). */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void } = {}) {
  const { t } = useTranslation();
  const form = useForm(EMPTY, FIELD_RULES);
  const [problem, setProblem] = useState<ApiProblem>();
  const [done, setDone] = useState(false);
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(false);
    if (!form.validateAll()) return;
    try {
      await changePassword({ variables: { current: form.values.current, next: form.values.next } });
      form.reset(EMPTY);
      setDone(true);
      onChanged?.();
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <>
      {done ? (
        <Alert color="green" variant="light" role="status" mb="md">
          {t('profile.password.done')}
        </Alert>
      ) : null}
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label={t('profile.password.current')}
            autoComplete="current-password"
            required
            {...form.textProps('current')}
          />
          <PasswordInput
            label={t('profile.password.next')}
            description={t('profile.password.hint', { min: LIMITS.password.min })}
            autoComplete="new-password"
            required
            {...form.textProps('next')}
          />
          <PasswordInput
            label={t('profile.password.repeat')}
            autoComplete="new-password"
            required
            {...form.textProps('repeat')}
          />
          <div>
            <Button type="submit" loading={loading}>
              {t('profile.password.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </>
  );
}

import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { DELETE_MY_ACCOUNT } from '../graphql/profile';
import { paths } from '../../../shared/paths';

const FIELD_RULES = { password: [rules.required] };

/**
 * Deleting my account, confirmed with my password. My edits stay and are shown as by a former member;
 * the server ends my sessions and clears the cookie, and this page then forgets everything cached.
 */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const form = useForm({ password: '' }, FIELD_RULES);
  const [problem, setProblem] = useState<ApiProblem>();
  const [deleteAccount, { loading }] = useMutation(DELETE_MY_ACCOUNT);

  const close = () => {
    setOpen(false);
    setProblem(undefined);
    form.reset({ password: '' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    try {
      await deleteAccount({ variables: { password: form.values.password } });
      // Leave the signed-in pages first, so nothing there asks the server as the deleted account.
      navigate(paths.accountDeleted(), { replace: true });
      await client.clearStore();
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <>
      <Text mb="xs">{t('profile.delete.intro')}</Text>
      <Text mb="sm">{t('profile.delete.history')}</Text>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        {t('profile.delete.button')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t('profile.delete.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('profile.delete.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text>{t('profile.delete.confirmText')}</Text>
            <FormProblem problem={problem} />
            <PasswordInput
              label={t('profile.delete.password')}
              autoComplete="current-password"
              required
              data-autofocus
              {...form.textProps('password')}
            />
            <Group justify="flex-end" mt="xs">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={loading}>
                {t('profile.delete.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

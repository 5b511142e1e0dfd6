import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { LIMITS, ROLES, type Role } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { INVITE_USER } from '../graphql/admin';
import { type DeliveredLink, LinkDeliveryNotice } from './LinkDeliveryNotice';

const EMPTY = { email: '', role: 'member' };
const FIELD_RULES = { email: [rules.required, rules.email, rules.maxLength(LIMITS.email)] };

/** Invites a person by e-mail address with a role; they choose name and password themselves. */
export function InviteForm() {
  const { t } = useTranslation();
  const form = useForm(EMPTY, FIELD_RULES);
  const [problem, setProblem] = useState<ApiProblem>();
  const [delivered, setDelivered] = useState<DeliveredLink>();
  const [invite, { loading }] = useMutation(INVITE_USER, { refetchQueries: ['Invitations'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setDelivered(undefined);
    if (!form.validateAll()) return;
    try {
      const { data } = await invite({
        variables: { email: form.values.email.trim(), role: form.values.role as Role },
      });
      if (!data?.inviteUser) return;
      setDelivered({ to: data.inviteUser.invitation.email, kind: 'invitation', ...data.inviteUser.delivery });
      form.reset(EMPTY);
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-title" mb="xl">
      <Title order={2} size="h3" id="invite-title" mb="xs">
        {t('admin.invite.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('admin.invite.intro')}
      </Text>
      {delivered ? <LinkDeliveryNotice delivered={delivered} /> : null}
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('admin.invite.email')}
            type="email"
            autoComplete="off"
            required
            {...form.textProps('email')}
          />
          <Select
            label={t('admin.invite.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={form.values.role}
            onChange={(role) => form.setValue('role', role ?? 'member')}
            allowDeselect={false}
            error={form.errorFor('role')}
            required
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={loading}>
            {t('admin.invite.submit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

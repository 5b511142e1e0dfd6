import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  Select,
  SimpleGrid,
  TextInput,
  Title,
} from '@mantine/core';
import { LIMITS, ROLES, type Role } from '@netzwerkstatt/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { CREATE_USER } from '../graphql/admin';

const EMPTY = { email: '', displayName: '', role: 'member', password: '' };
const FIELD_RULES = {
  email: [rules.required, rules.email],
  displayName: [rules.required, rules.maxLength(LIMITS.name)],
  password: [rules.required, rules.minLength(LIMITS.password.min), rules.maxLength(LIMITS.password.max)],
};

/** A random initial password of 20 letters and digits (about 119 bits), without look-alike characters. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (n) => alphabet[n % alphabet.length]).join('');
}

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const form = useForm(EMPTY, FIELD_RULES);
  const [problem, setProblem] = useState<ApiProblem>();
  const [created, setCreated] = useState<{ displayName: string; email: string }>();
  const [createUser, { loading }] = useMutation(CREATE_USER);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setCreated(undefined);
    if (!form.validateAll()) return;
    try {
      const { data } = await createUser({
        variables: {
          input: {
            email: form.values.email.trim(),
            displayName: form.values.displayName.trim(),
            role: form.values.role as Role,
            password: form.values.password,
          },
        },
      });
      if (data?.createUser) {
        setCreated({ displayName: data.createUser.displayName, email: data.createUser.email });
        form.reset(EMPTY);
        onCreated();
      }
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-account-title">
      <Title order={2} size="h3" id="create-account-title" mb="sm">
        {t('admin.create.title')}
      </Title>
      {created ? (
        <Alert color="green" variant="light" role="status" mb="md">
          {t('admin.create.done', created)}
        </Alert>
      ) : null}
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('admin.create.email')}
            type="email"
            autoComplete="off"
            required
            {...form.textProps('email')}
          />
          <TextInput
            label={t('admin.create.displayName')}
            autoComplete="off"
            required
            {...form.textProps('displayName')}
          />
          <Select
            label={t('admin.create.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={form.values.role}
            onChange={(role) => form.setValue('role', role ?? 'member')}
            allowDeselect={false}
            error={form.errorFor('role')}
            required
          />
          <div>
            <PasswordInput
              label={t('admin.create.password')}
              description={t('admin.create.passwordHint', { min: LIMITS.password.min })}
              autoComplete="new-password"
              required
              {...form.textProps('password')}
            />
            <Button
              variant="subtle"
              size="compact-sm"
              mt={4}
              onClick={() => form.setValue('password', generatePassword())}
            >
              {t('admin.create.generate')}
            </Button>
          </div>
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={loading}>
            {t('admin.create.submit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

import { Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useSession } from '../../auth';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccountSection } from './DeleteAccountSection';
import { LanguageChoice } from './LanguageChoice';
import { MyDataSection } from './MyDataSection';

/** /profil — my account: language, password, everything stored about me, and deleting the account. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.intro')} />
      <Stack gap="lg" maw={760}>
        <Section id="profile-account" title={t('profile.account.title')}>
          <Table variant="vertical" withTableBorder layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('profile.account.name')}</Table.Th>
                <Table.Td>{user.displayName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('profile.account.email')}</Table.Th>
                <Table.Td>{user.email}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('profile.account.role')}</Table.Th>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Section>
        <Section id="profile-language" title={t('profile.language.title')}>
          <LanguageChoice userId={user.id} />
        </Section>
        <Section id="profile-password" title={t('profile.password.title')}>
          <ChangePasswordForm />
        </Section>
        <Section id="profile-data" title={t('profile.data.title')}>
          <MyDataSection />
        </Section>
        <Section id="profile-delete" title={t('profile.delete.title')}>
          <DeleteAccountSection />
        </Section>
      </Stack>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

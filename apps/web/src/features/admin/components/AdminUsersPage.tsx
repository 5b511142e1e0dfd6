import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { ROLES, type Role } from '@netzwerkstatt/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { formatDate, formatNumber } from '../../../shared/format';
import { useSession } from '../../auth';
import { DISABLE_USER, ENABLE_USER, ISSUE_PASSWORD_RESET, SET_USER_ROLE, USERS } from '../graphql/admin';
import { AdminOnly } from './AdminOnly';
import { CreateUserForm } from './CreateUserForm';
import { InviteForm } from './InviteForm';
import { type DeliveredLink, LinkDeliveryNotice } from './LinkDeliveryNotice';
import { PendingInvitations } from './PendingInvitations';

const PAGE_SIZE = 20;

/** /admin/konten — every account with its role and status; admins create accounts and change them. */
export function AdminUsersPage() {
  return (
    <AdminOnly>
      <AccountList />
    </AdminOnly>
  );
}

function AccountList() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { data, previousData, loading, error, refetch } = useQuery(USERS, {
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1] },
  });
  const connection = (data ?? previousData)?.users;
  const [actionError, setActionError] = useState<unknown>();
  const [setRole] = useMutation(SET_USER_ROLE);
  const [disable] = useMutation(DISABLE_USER);
  const [enable] = useMutation(ENABLE_USER);
  const [issueReset] = useMutation(ISSUE_PASSWORD_RESET);
  const [resetLink, setResetLink] = useState<DeliveredLink>();

  const act = async (action: () => Promise<unknown>) => {
    setActionError(undefined);
    setResetLink(undefined);
    try {
      await action();
    } catch (failure) {
      setActionError(failure);
    }
  };

  return (
    <>
      <PageHeader title={t('admin.accounts.title')} description={t('admin.accounts.intro')} />
      <InviteForm />
      <CreateUserForm onCreated={() => void refetch()} />
      <PendingInvitations />

      <Title order={2} size="h3" mt="xl" mb="sm" id="accounts-title">
        {t('admin.accounts.listTitle')}
      </Title>
      {actionError ? <ErrorState error={actionError} title={t('admin.accounts.changeFailed')} /> : null}
      {resetLink ? <LinkDeliveryNotice delivered={resetLink} /> : null}
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <LoadingState /> : null}
      {connection ? (
        <>
          <Text size="sm" mb="xs" role="status">
            {t('admin.accounts.count', { count: formatNumber(connection.totalCount) })}
          </Text>
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="accounts-title">
            <Table striped withTableBorder verticalSpacing="sm" miw={960} aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.accounts.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.accounts.email')}</Table.Th>
                  <Table.Th scope="col">{t('admin.accounts.role')}</Table.Th>
                  <Table.Th scope="col">{t('admin.accounts.status')}</Table.Th>
                  <Table.Th scope="col">{t('admin.accounts.createdAt')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('admin.accounts.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => {
                  const self = node.id === me?.id;
                  return (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={600}>
                        {node.displayName}
                        {self ? (
                          <Text component="span" size="sm" fw={400}>
                            {' '}
                            ({t('admin.accounts.you')})
                          </Text>
                        ) : null}
                      </Table.Th>
                      <Table.Td>{node.email}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('admin.accounts.roleOf', { name: node.displayName })}
                          data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                          value={node.role}
                          allowDeselect={false}
                          size="xs"
                          w={190}
                          onChange={(role) => {
                            if (role && role !== node.role) {
                              void act(() => setRole({ variables: { id: node.id, role: role as Role } }));
                            }
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={node.disabled ? 400 : 600} style={{ whiteSpace: 'nowrap' }}>
                          <span aria-hidden>{node.disabled ? '⊘ ' : '✓ '}</span>
                          {node.disabled ? t('admin.accounts.disabled') : t('admin.accounts.active')}
                        </Text>
                        {node.mustChangePassword ? (
                          <Text size="xs">{t('admin.accounts.mustChangePassword')}</Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{formatDate(node.createdAt)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {self || node.disabled ? null : (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('admin.accounts.resetNamed', { name: node.displayName })}
                              onClick={() =>
                                void act(async () => {
                                  const { data: issued } = await issueReset({
                                    variables: { userId: node.id },
                                  });
                                  if (issued?.issuePasswordReset) {
                                    setResetLink({
                                      to: node.email,
                                      kind: 'reset',
                                      ...issued.issuePasswordReset,
                                    });
                                  }
                                })
                              }
                            >
                              {t('admin.accounts.reset')}
                            </Button>
                          )}
                          {self ? null : node.disabled ? (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('admin.accounts.enableNamed', { name: node.displayName })}
                              onClick={() => void act(() => enable({ variables: { id: node.id } }))}
                            >
                              {t('admin.accounts.enable')}
                            </Button>
                          ) : (
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t('admin.accounts.disableNamed', { name: node.displayName })}
                              onClick={() => void act(() => disable({ variables: { id: node.id } }))}
                            >
                              {t('admin.accounts.disable')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
          <Group justify="space-between" mt="md">
            <Button
              variant="default"
              disabled={cursors.length <= 1}
              onClick={() => setCursors((c) => c.slice(0, -1))}
            >
              {t('common.previous')}
            </Button>
            <Text size="sm">{t('admin.accounts.page', { page: cursors.length })}</Text>
            <Button
              variant="default"
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, connection.pageInfo.endCursor ?? null])}
            >
              {t('common.next')}
            </Button>
          </Group>
        </>
      ) : null}
    </>
  );
}

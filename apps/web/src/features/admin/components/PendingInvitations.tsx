import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { formatDateTime } from '../../../shared/format';
import { INVITATIONS, RESEND_INVITATION, REVOKE_INVITATION } from '../graphql/admin';
import { type DeliveredLink, LinkDeliveryNotice } from './LinkDeliveryNotice';

/** Invitations not yet accepted: send again (a new link and expiry) or withdraw. */
export function PendingInvitations() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(INVITATIONS, { fetchPolicy: 'cache-and-network' });
  const [resend] = useMutation(RESEND_INVITATION);
  const [revoke] = useMutation(REVOKE_INVITATION);
  const [delivered, setDelivered] = useState<DeliveredLink>();
  const [actionError, setActionError] = useState<unknown>();

  const act = async (action: () => Promise<void>) => {
    setActionError(undefined);
    setDelivered(undefined);
    try {
      await action();
      await refetch();
    } catch (failure) {
      setActionError(failure);
    }
  };

  const invitations = data?.invitations ?? [];
  return (
    <section aria-labelledby="invitations-title">
      <Title order={2} size="h3" mt="xl" mb="sm" id="invitations-title">
        {t('admin.invitations.title')}
      </Title>
      {delivered ? <LinkDeliveryNotice delivered={delivered} /> : null}
      {actionError ? <ErrorState error={actionError} title={t('admin.accounts.changeFailed')} /> : null}
      {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data && invitations.length === 0 ? <Text size="sm">{t('admin.invitations.none')}</Text> : null}
      {invitations.length > 0 ? (
        <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="invitations-title">
          <Table striped withTableBorder verticalSpacing="sm" miw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.accounts.email')}</Table.Th>
                <Table.Th scope="col">{t('admin.accounts.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.invitations.invitedBy')}</Table.Th>
                <Table.Th scope="col">{t('admin.invitations.validUntil')}</Table.Th>
                <Table.Th scope="col">{t('admin.accounts.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((invitation) => {
                const expired = Date.parse(invitation.expiresAt) <= Date.now();
                return (
                  <Table.Tr key={invitation.id}>
                    <Table.Th scope="row" fw={600}>
                      {invitation.email}
                    </Table.Th>
                    <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                    <Table.Td>{invitation.invitedBy ?? '–'}</Table.Td>
                    <Table.Td>
                      {expired ? t('admin.invitations.expired') : formatDateTime(invitation.expiresAt)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('admin.invitations.resendNamed', { email: invitation.email })}
                          onClick={() =>
                            void act(async () => {
                              const { data: sent } = await resend({ variables: { id: invitation.id } });
                              if (sent?.resendInvitation) {
                                setDelivered({
                                  to: invitation.email,
                                  kind: 'invitation',
                                  ...sent.resendInvitation.delivery,
                                });
                              }
                            })
                          }
                        >
                          {t('admin.invitations.resend')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={t('admin.invitations.revokeNamed', { email: invitation.email })}
                          onClick={() =>
                            void act(async () => {
                              await revoke({ variables: { id: invitation.id } });
                            })
                          }
                        >
                          {t('admin.invitations.revoke')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}

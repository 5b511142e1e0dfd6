import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { LinkList } from '../../../shared/components/LinkList';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { HistoryList } from '../../history/components/HistoryList';
import { DELETE_PERSON, PERSON } from '../graphql/persons';

export function PersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PERSON, { variables: { id } });
  const [deletePerson] = useMutation(DELETE_PERSON);
  return (
    <QueryState data={data?.person} loading={loading} error={error} refetch={refetch}>
      {(person) => (
        <>
          <PageHeader
            title={person.name}
            description={person.function ?? undefined}
            eyebrow={
              <Anchor component={Link} to="/personen" size="sm">
                {t('persons.title')}
              </Anchor>
            }
            actions={
              <>
                <Button component={Link} to={`/personen/${person.id}/bearbeiten`}>
                  {t('common.edit')}
                </Button>
                <ConfirmDelete
                  name={person.name}
                  onConfirm={async () => {
                    await deletePerson({
                      variables: { id: person.id },
                      update: (cache) => cache.evict({ fieldName: 'persons' }),
                    });
                    navigate('/personen', { replace: true });
                  }}
                />
              </>
            }
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <Paper withBorder p="lg">
                  <LinkList
                    title={t('persons.actors')}
                    items={person.actors}
                    empty={t('persons.noActors')}
                    render={({ actor, role }) => ({
                      key: actor.id,
                      to: `/akteure/${actor.id}`,
                      label: actor.name,
                      detail: role ?? undefined,
                    })}
                  />
                </Paper>
                <Paper withBorder p="lg">
                  <HistoryList entityId={person.id} />
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="lg">
                <Stack gap="sm">
                  <Text fw={650} size="sm">
                    {t('persons.contact')}
                  </Text>
                  {person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : null}
                  {person.phone ? (
                    <Anchor href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</Anchor>
                  ) : null}
                  {!person.email && !person.phone ? (
                    <Text size="sm" c="dimmed">
                      {t('common.none')}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('common.createdUpdated', {
                      created: formatDate(person.createdAt),
                      updated: formatDate(person.updatedAt),
                    })}
                  </Text>
                </Stack>
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}

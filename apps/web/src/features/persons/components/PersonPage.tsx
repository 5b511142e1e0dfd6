import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LinkList } from '../../../shared/components/LinkList';
import { EntityPageHeader } from '../../../shared/entity/EntityPageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { CreatedUpdated } from '../../../shared/entity/CreatedUpdated';
import { EntityLayout } from '../../../shared/entity/EntityLayout';
import { HistoryCard } from '../../history';
import { MentionedIn } from '../../guidelines';
import { DELETE_PERSON, PERSON } from '../graphql/persons';
import { paths, recordPaths } from '../../../shared/paths';

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PERSON, { variables: { id } });
  return (
    <QueryState
      data={data?.person}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.persons(), label: t('persons.title') }}
    >
      {(person) => (
        <>
          <EntityPageHeader
            id={person.id}
            title={person.name}
            description={person.function ?? undefined}
            to={recordPaths.persons}
            listLabel={t('persons.title')}
            deleteMutation={DELETE_PERSON}
            listField="persons"
          />
          <EntityLayout
            aside={
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
                <CreatedUpdated createdAt={person.createdAt} updatedAt={person.updatedAt} />
              </Stack>
            }
          >
            <Paper withBorder p="lg">
              <LinkList
                title={t('persons.actors')}
                items={person.actors}
                empty={t('persons.noActors')}
                render={({ actor, role }) => ({
                  key: actor.id,
                  to: paths.actor(actor.id),
                  label: actor.name,
                  detail: role ?? undefined,
                })}
              />
            </Paper>
            <MentionedIn kind="Person" id={person.id} />
            <HistoryCard entityId={person.id} revision={person.revision} />
          </EntityLayout>
        </>
      )}
    </QueryState>
  );
}

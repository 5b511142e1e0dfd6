import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { useFieldName, useReferenceData } from '../../reference/hooks/useReferenceData';
import { CHALLENGES } from '../graphql/challenges';
import { ChallengeBadges } from './StatusBadges';
import { ExportChallengesButton } from '../../exports/components/ExportButtons';

const STATUSES = ['open', 'in_progress', 'addressed', 'closed'] as const;
type Status = (typeof STATUSES)[number];

/** /herausforderungen — the challenges grouped by action field along the process chain. */
export function ChallengeListPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { reference } = useReferenceData();
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 250);
  const [statuses, setStatuses] = useState<Status[]>([]);
  const [fieldIds, setFieldIds] = useState<string[]>([]);
  const { data, previousData, loading, error, refetch } = useQuery(CHALLENGES, {
    variables: {
      first: 100,
      filter: {
        text: debouncedText || null,
        status: statuses.length ? statuses : null,
        actionFieldIds: fieldIds.length ? fieldIds : null,
      },
    },
  });
  const connection = (data ?? previousData)?.challenges;
  const fields = [...(reference?.actionFields ?? [])].sort((a, b) => a.position - b.position);
  const byField = (id: string) =>
    (connection?.edges ?? []).map((e) => e.node).filter((c) => c.actionField?.id === id);

  return (
    <>
      <PageHeader
        title={t('challenges.title')}
        description={t('challenges.intro')}
        actions={
          <>
            <ExportChallengesButton
              filter={{
                text: debouncedText || null,
                status: statuses.length ? statuses : null,
                actionFieldIds: fieldIds.length ? fieldIds : null,
              }}
            />
            <Button component={Link} to="/herausforderungen/neu">
              {t('challenges.create')}
            </Button>
          </>
        }
      />
      <Paper
        withBorder
        p="md"
        mb="lg"
        component="form"
        role="search"
        aria-label={t('challenges.filterLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('challenges.filterText')}
            type="search"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            miw={200}
          />
          <MultiSelect
            label={t('challenges.fields.actionField')}
            data={fields.map((field) => ({
              value: field.id,
              label: `${field.position}. ${fieldName(field)}`,
            }))}
            value={fieldIds}
            onChange={setFieldIds}
            clearable
            miw={200}
          />
          <MultiSelect
            label={t('challenges.fields.status')}
            data={STATUSES.map((status) => ({ value: status, label: t(`challenges.status.${status}`) }))}
            value={statuses}
            onChange={(value) => setStatuses(value as Status[])}
            clearable
            miw={200}
          />
        </Group>
      </Paper>
      {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <LoadingState /> : null}
      {connection ? (
        <Stack gap="lg" aria-busy={loading}>
          {connection.totalCount === 0 ? <Text>{t('challenges.empty')}</Text> : null}
          {fields.map((field) => {
            const items = byField(field.id);
            if (items.length === 0) return null;
            return (
              <section key={field.id} aria-labelledby={`challenges-${field.id}`}>
                <Title order={2} size="h4" mb="xs" id={`challenges-${field.id}`}>
                  {field.position}. {fieldName(field)}
                </Title>
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {items.map((challenge) => (
                    <Paper key={challenge.id} component="li" withBorder p="sm">
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <Anchor component={Link} to={`/herausforderungen/${challenge.id}`} fw={600}>
                          {challenge.title}
                        </Anchor>
                        <ChallengeBadges status={challenge.status} priority={challenge.priority} />
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              </section>
            );
          })}
          {connection.pageInfo.hasNextPage ? (
            <Text size="sm" c="dimmed">
              {t('challenges.narrowDown', { count: connection.totalCount })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}

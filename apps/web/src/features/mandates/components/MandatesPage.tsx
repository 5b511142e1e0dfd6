import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { berlinToday, germanDay, isIsoDay } from '@netzwerkstatt/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { paths } from '../../../shared/paths';
import { useSession } from '../../auth';
import { DUE_CONFIRMATIONS, STEERING_GROUP } from '../graphql/mandates';
import { MandateTable } from './MandateTable';

/**
 * The steering group (agreement VI): who holds a seat on a chosen day (today unless the date picker
 * says otherwise, kept in the address as ?tag=), and the confirmations falling due within 90 days.
 */
export function MandatesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const editable = can('steering');
  const today = berlinToday();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('tag');
  const day = chosen && isIsoDay(chosen) ? chosen : today;
  const [typed, setTyped] = useState(day);
  const group = useQuery(STEERING_GROUP, { variables: { on: day }, fetchPolicy: 'cache-and-network' });
  const due = useQuery(DUE_CONFIRMATIONS, { fetchPolicy: 'cache-and-network' });

  const choose = (value: string) => {
    setTyped(value);
    if (isIsoDay(value)) setParams(value === today ? {} : { tag: value }, { replace: true });
  };

  const composition = group.data?.steeringGroup;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('mandates.title')}
        description={t('mandates.intro')}
        actions={
          editable ? (
            <Button component={Link} to={paths.mandateNew()}>
              {t('mandates.new')}
            </Button>
          ) : null
        }
      />
      <section aria-labelledby="composition-heading">
        <Stack gap="sm">
          <Title order={2} id="composition-heading">
            {day === today
              ? t('mandates.compositionToday')
              : t('mandates.compositionOn', { day: germanDay(day) })}
          </Title>
          <Group align="flex-end">
            <TextInput
              type="date"
              label={t('mandates.day')}
              value={typed}
              onChange={(event) => choose(event.currentTarget.value)}
              error={typed !== '' && !isIsoDay(typed) ? t('mandates.invalidDay') : undefined}
            />
            {day !== today ? (
              <Button variant="default" onClick={() => choose(today)}>
                {t('mandates.backToToday')}
              </Button>
            ) : null}
          </Group>
          {group.error ? (
            <ErrorState error={group.error} onRetry={() => void group.refetch()} />
          ) : !composition ? (
            <LoadingState />
          ) : (
            <>
              <Text aria-live="polite">
                {t('mandates.count', { count: composition.mandates.length, max: composition.maxActive })}
              </Text>
              <MandateTable
                caption={t('mandates.compositionCaption', { day: germanDay(composition.on) })}
                mandates={composition.mandates}
                empty={t('mandates.emptyOn', { day: germanDay(composition.on) })}
                editable={editable}
              />
            </>
          )}
        </Stack>
      </section>
      <section aria-labelledby="due-heading">
        <Stack gap="sm">
          <Title order={2} id="due-heading">
            {t('mandates.dueTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('mandates.dueHint')}
          </Text>
          {due.error ? (
            <ErrorState error={due.error} onRetry={() => void due.refetch()} />
          ) : !due.data ? (
            <LoadingState />
          ) : (
            <MandateTable
              caption={t('mandates.dueTitle')}
              mandates={due.data.dueMandateConfirmations}
              empty={t('mandates.noneDue')}
              editable={editable}
            />
          )}
        </Stack>
      </section>
    </Stack>
  );
}

import { Group, Paper, Progress, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SolutionApproachQuery } from '../../../graphql/generated/graphql';
import { formatDateTime } from '../../../shared/format';

type Entry = NonNullable<SolutionApproachQuery['solutionApproach']>['statusTimeline'][number];

/** An approach's progress and the statuses it went through, from its history. */
export function StatusTimeline({ progress, timeline }: { progress: number; timeline: Entry[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="solution-progress">
      <Stack gap="sm">
        <Title order={2} size="h4" id="solution-progress">
          {t('solutions.progress.title')}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Progress value={progress} style={{ flex: 1 }} aria-hidden />
          <Text size="sm">{t('solutions.progress.value', { progress })}</Text>
        </Group>
        <Timeline active={timeline.length - 1} bulletSize={14} lineWidth={2}>
          {timeline.map((entry) => (
            <Timeline.Item key={`${entry.at}:${entry.to}`} title={t(`solutions.status.${entry.to}`)}>
              <Text size="xs" c="dimmed">
                {entry.from
                  ? t('solutions.progress.changed', {
                      from: t(`solutions.status.${entry.from}`),
                      at: formatDateTime(entry.at),
                      name: entry.userName ?? t('solutions.progress.someone'),
                    })
                  : t('solutions.progress.created', {
                      at: formatDateTime(entry.at),
                      name: entry.userName ?? t('solutions.progress.someone'),
                    })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}

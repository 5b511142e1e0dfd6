import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingQuery } from '../../../graphql/generated/graphql';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { type ApiProblem, describeProblem } from '../../../shared/errors/apiError';
import { paths } from '../../../shared/paths';
import { UPDATE_AGENDA_ITEM } from '../graphql/meetings';

type AgendaItem = NonNullable<MeetingQuery['meeting']>['agenda'][number];

function Links({
  label,
  items,
  to,
}: {
  label: string;
  items: readonly { id: string; title: string }[];
  to: (id: string) => string;
}) {
  if (items.length === 0) return null;
  return (
    <Text size="sm">
      {label}:{' '}
      {items.map((item, index) => (
        <span key={item.id}>
          {index > 0 ? ', ' : ''}
          <Anchor component={Link} to={to(item.id)}>
            {item.title}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}

function Decision({
  item,
  editable,
  onRaise,
}: {
  item: AgendaItem;
  editable: boolean;
  onRaise: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem>();
  const [update, updating] = useMutation(UPDATE_AGENDA_ITEM);
  const save = async () => {
    setProblem(undefined);
    try {
      await update({
        variables: { id: item.id, expectedRevision: item.revision, input: { decision: draft } },
      });
      setDraft(null);
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };
  if (draft !== null)
    return (
      <Stack gap="xs">
        <FormProblem problem={problem} />
        <Textarea
          label={t('meetings.agenda.decisionOf', { title: item.title })}
          autosize
          minRows={2}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <Group>
          <Button size="xs" loading={updating.loading} onClick={() => void save()}>
            {t('meetings.agenda.saveDecision')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setDraft(null)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <Stack gap="xs">
      {item.decision ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('meetings.agenda.decision')}:</strong> {item.decision}
        </Text>
      ) : null}
      {editable ? (
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setDraft(item.decision ?? '')}>
            {item.decision ? t('meetings.agenda.editDecision') : t('meetings.agenda.recordDecision')}
            <span className="visually-hidden">: {item.title}</span>
          </Button>
          {item.decision ? (
            <Button size="xs" variant="subtle" onClick={() => onRaise(item.id)}>
              {t('meetings.agenda.raise')}
              <span className="visually-hidden">: {item.title}</span>
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

interface AgendaSectionProps {
  agenda: readonly AgendaItem[];
  editable: boolean;
  /** Turns an item's decision into an action item: preselects it in the action item form. */
  onRaise: (agendaItemId: string) => void;
}

/** The agenda in order, with what each item concerns and what was decided. */
export function AgendaSection({ agenda, editable, onRaise }: AgendaSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agenda-heading">
      <Stack gap="sm">
        <Title order={2} id="agenda-heading">
          {t('meetings.agenda.title')}
        </Title>
        {agenda.length === 0 ? (
          <Text c="dimmed">{t('meetings.agenda.empty')}</Text>
        ) : (
          <List type="ordered" spacing="sm">
            {agenda.map((item) => (
              <List.Item key={item.id}>
                <Paper withBorder p="sm">
                  <Stack gap={4}>
                    <Text fw={600}>{item.title}</Text>
                    <Links
                      label={t('meetings.agenda.challenges')}
                      items={item.challenges}
                      to={paths.challenge}
                    />
                    <Links
                      label={t('meetings.agenda.solutions')}
                      items={item.solutions}
                      to={paths.solution}
                    />
                    <Links
                      label={t('meetings.agenda.guidelines')}
                      items={item.guidelines}
                      to={paths.guideline}
                    />
                    <Decision item={item} editable={editable} onRaise={onRaise} />
                  </Stack>
                </Paper>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </section>
  );
}

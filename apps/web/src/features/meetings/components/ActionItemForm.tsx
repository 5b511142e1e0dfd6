import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { type ApiProblem, describeProblem, issuesByField } from '../../../shared/errors/apiError';
import { useProblemText } from '../../../shared/errors/useProblemText';
import { CREATE_ACTION_ITEM, MEETING_ACTOR_OPTIONS } from '../graphql/meetings';

interface ActionItemFormProps {
  meetingId: string;
  agenda: readonly { id: string; title: string }[];
  /** The agenda item whose decision the new item carries out, chosen from the agenda. */
  agendaItemId: string;
  onAgendaItemChange: (id: string) => void;
  onAdded: () => void;
}

/** Raises an action item for an organisation, with a due date, from a decision if given (steering group). */
export function ActionItemForm({
  meetingId,
  agenda,
  agendaItemId,
  onAgendaItemChange,
  onAdded,
}: ActionItemFormProps) {
  const { t } = useTranslation();
  const { localized } = useProblemText();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<ApiProblem>();
  const actors = useSearchOptions(MEETING_ACTOR_OPTIONS, (d) =>
    d.actors.edges.map(({ node }) => ({ value: node.id, label: node.name })),
  );
  const [create, creating] = useMutation(CREATE_ACTION_ITEM);
  const issues = issuesByField(problem);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    try {
      await create({
        variables: {
          input: {
            id: clientId,
            meetingId,
            title: title.trim(),
            ownerId,
            dueDate: dueDate || null,
            agendaItemId: agendaItemId || null,
          },
        },
      });
      setTitle('');
      setOwnerId(null);
      setDueDate('');
      onAgendaItemChange('');
      setClientId(crypto.randomUUID());
      onAdded();
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };

  return (
    <Paper withBorder p="md" id="neue-aufgabe">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={3}>{t('meetings.action.add')}</Title>
          <FormProblem problem={problem} />
          <TextInput
            label={t('meetings.action.title')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={localized(issues.title)}
          />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('meetings.action.owner')}
              data={actors.withSelected(ownerId ? [ownerId] : [])}
              value={ownerId}
              onChange={setOwnerId}
              searchable
              searchValue={actors.search}
              onSearchChange={actors.setSearch}
              clearable
              nothingFoundMessage={t('meetings.nothingFound')}
            />
            <TextInput
              type="date"
              label={t('meetings.action.due')}
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              error={localized(issues.dueDate)}
            />
            <NativeSelect
              label={t('meetings.action.fromItem')}
              value={agendaItemId}
              onChange={(event) => onAgendaItemChange(event.currentTarget.value)}
              data={[
                { value: '', label: t('meetings.action.noItem') },
                ...agenda.map((item) => ({ value: item.id, label: item.title })),
              ]}
              error={localized(issues.agendaItemId)}
            />
          </SimpleGrid>
          <Button
            type="submit"
            loading={creating.loading}
            disabled={title.trim() === ''}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('meetings.action.addButton')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

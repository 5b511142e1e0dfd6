import { useMutation } from '@apollo/client/react';
import { Button, MultiSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { type ApiProblem, describeProblem } from '../../../shared/errors/apiError';
import {
  CREATE_AGENDA_ITEM,
  MEETING_CHALLENGE_OPTIONS,
  MEETING_GUIDELINE_OPTIONS,
  MEETING_SOLUTION_OPTIONS,
} from '../graphql/meetings';

const titled = (edges: readonly { node: { id: string; title: string } }[]) =>
  edges.map(({ node }) => ({ value: node.id, label: node.title }));

/** Adds an agenda item linked to challenges, solution approaches and guidelines (steering group). */
export function AgendaItemForm({ meetingId, onAdded }: { meetingId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [challengeIds, setChallengeIds] = useState<string[]>([]);
  const [solutionIds, setSolutionIds] = useState<string[]>([]);
  const [guidelineIds, setGuidelineIds] = useState<string[]>([]);
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<ApiProblem>();
  const challenges = useSearchOptions(MEETING_CHALLENGE_OPTIONS, (d) => titled(d.challenges.edges));
  const solutions = useSearchOptions(MEETING_SOLUTION_OPTIONS, (d) => titled(d.solutionApproaches.edges));
  const guidelines = useSearchOptions(MEETING_GUIDELINE_OPTIONS, (d) => titled(d.guidelines.edges));
  const [create, creating] = useMutation(CREATE_AGENDA_ITEM);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    try {
      await create({
        variables: {
          input: { id: clientId, meetingId, title: title.trim(), challengeIds, solutionIds, guidelineIds },
        },
      });
      setTitle('');
      setChallengeIds([]);
      setSolutionIds([]);
      setGuidelineIds([]);
      setClientId(crypto.randomUUID());
      onAdded();
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={3}>{t('meetings.agenda.add')}</Title>
          <FormProblem problem={problem} />
          <TextInput
            label={t('meetings.agenda.itemTitle')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <MultiSelect
              label={t('meetings.agenda.challenges')}
              data={challenges.withSelected(challengeIds)}
              value={challengeIds}
              onChange={setChallengeIds}
              searchable
              searchValue={challenges.search}
              onSearchChange={challenges.setSearch}
              nothingFoundMessage={t('meetings.nothingFound')}
            />
            <MultiSelect
              label={t('meetings.agenda.solutions')}
              data={solutions.withSelected(solutionIds)}
              value={solutionIds}
              onChange={setSolutionIds}
              searchable
              searchValue={solutions.search}
              onSearchChange={solutions.setSearch}
              nothingFoundMessage={t('meetings.nothingFound')}
            />
            <MultiSelect
              label={t('meetings.agenda.guidelines')}
              data={guidelines.withSelected(guidelineIds)}
              value={guidelineIds}
              onChange={setGuidelineIds}
              searchable
              searchValue={guidelines.search}
              onSearchChange={guidelines.setSearch}
              nothingFoundMessage={t('meetings.nothingFound')}
            />
          </SimpleGrid>
          <Button
            type="submit"
            loading={creating.loading}
            disabled={title.trim() === ''}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('meetings.agenda.addButton')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

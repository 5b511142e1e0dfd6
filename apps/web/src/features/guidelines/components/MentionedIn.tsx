import { useQuery } from '@apollo/client/react';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LinkList } from '../../../shared/components/LinkList';
import { paths } from '../../../shared/paths';
import {
  ACTOR_MENTIONED_IN,
  CHALLENGE_MENTIONED_IN,
  GOOD_PRACTICE_MENTIONED_IN,
  PERSON_MENTIONED_IN,
  SOLUTION_MENTIONED_IN,
} from '../graphql/mentionedIn';

export type MentionedKind = 'Actor' | 'Person' | 'Challenge' | 'SolutionApproach' | 'GoodPractice';

interface Mention {
  id: string;
  title: string;
  status: string;
}

function useMentionedIn(kind: MentionedKind, id: string): { guidelines?: Mention[]; failed: boolean } {
  const variables = { id };
  const actor = useQuery(ACTOR_MENTIONED_IN, { variables, skip: kind !== 'Actor' });
  const person = useQuery(PERSON_MENTIONED_IN, { variables, skip: kind !== 'Person' });
  const challenge = useQuery(CHALLENGE_MENTIONED_IN, { variables, skip: kind !== 'Challenge' });
  const solution = useQuery(SOLUTION_MENTIONED_IN, { variables, skip: kind !== 'SolutionApproach' });
  const practice = useQuery(GOOD_PRACTICE_MENTIONED_IN, { variables, skip: kind !== 'GoodPractice' });
  const guidelines =
    actor.data?.actor.mentionedIn ??
    person.data?.person.mentionedIn ??
    challenge.data?.challenge.mentionedIn ??
    solution.data?.solutionApproach.mentionedIn ??
    practice.data?.goodPractice.mentionedIn;
  const failed = [actor, person, challenge, solution, practice].some((result) => Boolean(result.error));
  return { guidelines, failed };
}

/** „Erwähnt in Leitfäden“ on a thing's page: the guidelines whose text mentions it, with links. */
export function MentionedIn({ kind, id }: { kind: MentionedKind; id: string }) {
  const { t } = useTranslation();
  const { guidelines, failed } = useMentionedIn(kind, id);
  return (
    <Paper withBorder p="lg">
      {guidelines ? (
        <LinkList
          title={t('guidelines.mentionedIn.title')}
          items={guidelines}
          empty={t('guidelines.mentionedIn.empty')}
          render={(guideline) => ({
            key: guideline.id,
            to: paths.guideline(guideline.id),
            label: guideline.title,
            detail: t(`guidelines.status.${guideline.status}`),
          })}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {failed ? t('guidelines.mentionedIn.failed') : t('common.loading')}
        </Text>
      )}
    </Paper>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { LINK_SOLUTION_TO_CHALLENGE, SOLUTION_OPTIONS } from '../graphql/challenges';

/** Links an existing solution approach to the challenge. */
export function LinkSolutionForm({
  challengeId,
  linkedIds,
  onLinked,
}: {
  challengeId: string;
  linkedIds: string[];
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const [solutionId, setSolutionId] = useState<string | null>(null);
  const solutions = useSearchOptions(SOLUTION_OPTIONS, (data) =>
    data.solutionApproaches.edges.map(({ node }) => ({ value: node.id, label: node.title })),
  );
  const [link, { loading, error }] = useMutation(LINK_SOLUTION_TO_CHALLENGE);
  const data = solutions.options.filter((option) => !linkedIds.includes(option.value));

  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!solutionId) return;
        await link({ variables: { challengeId, solutionId } }).catch(() => undefined);
        setSolutionId(null);
        onLinked();
      }}
    >
      <Group align="flex-end" gap="sm">
        <Select
          label={t('challenges.linkSolution')}
          placeholder={t('challenges.linkSolutionPlaceholder')}
          data={data}
          value={solutionId}
          onChange={setSolutionId}
          searchable
          searchValue={solutions.search}
          onSearchChange={solutions.setSearch}
          nothingFoundMessage={t('challenges.noSolutionFound')}
          style={{ flex: '1 1 260px' }}
        />
        <Button type="submit" variant="light" disabled={!solutionId} loading={loading}>
          {t('challenges.link')}
        </Button>
      </Group>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}

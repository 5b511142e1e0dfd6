import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
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
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [solutionId, setSolutionId] = useState<string | null>(null);
  const options = useQuery(SOLUTION_OPTIONS, { variables: { text: debounced || null } });
  const [link, { loading, error }] = useMutation(LINK_SOLUTION_TO_CHALLENGE);
  const data = (options.data ?? options.previousData)?.solutionApproaches.edges
    .map(({ node }) => node)
    .filter((node) => !linkedIds.includes(node.id))
    .map((node) => ({ value: node.id, label: node.title }));

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
          data={data ?? []}
          value={solutionId}
          onChange={setSolutionId}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
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

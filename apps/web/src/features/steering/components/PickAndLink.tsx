import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import type { Option } from '../../../shared/forms/useSearchOptions';

interface PickAndLinkProps {
  label: string;
  search: { search: string; setSearch: (text: string) => void; options: Option[] };
  /** Ids already linked: not offered again. */
  linkedIds: string[];
  onLink: (id: string) => Promise<unknown>;
}

/** A searchable select and „Verknüpfen“: links one more record (idempotent on the server). */
export function PickAndLink({ label, search, linkedIds, onLink }: PickAndLinkProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!chosen) return;
        setBusy(true);
        setError(undefined);
        try {
          await onLink(chosen);
          setChosen(null);
        } catch (failure) {
          setError(failure);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          label={label}
          size="xs"
          data={search.options.filter((option) => !linkedIds.includes(option.value))}
          value={chosen}
          onChange={setChosen}
          searchable
          searchValue={search.search}
          onSearchChange={search.setSearch}
          nothingFoundMessage={t('steering.map.nothingFound')}
          style={{ flex: 1 }}
        />
        <Button type="submit" size="xs" variant="light" disabled={!chosen} loading={busy}>
          {t('steering.map.link')}
        </Button>
      </Group>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}

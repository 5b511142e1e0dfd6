import { Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { ENTITY_LABELS, isEntityType } from '@netzwerkstatt/domain';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { entityPath } from '../../../shared/entityPaths';
import { useSearch } from '../hooks/useSearch';
import { paths } from '../../../shared/paths';

/** The global search (Ctrl+K / Strg+K): type, arrow through the results grouped by kind, Enter opens. */
export function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const { groups, searched, error, refetch, loading } = useSearch(text, 20);
  const flat = groups.flatMap((group) => group.hits).filter((hit) => entityPath(hit.type, hit.id));
  const typeName = (type: string) =>
    isEntityType(type) ? ENTITY_LABELS[type].plural[i18n.language === 'en' ? 'en' : 'de'] : type;

  const open = (index: number) => {
    const hit = flat[index];
    const to = hit && entityPath(hit.type, hit.id);
    if (!to) return;
    onClose();
    navigate(to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, flat.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (flat.length > 0) open(active);
      else if (text.trim()) {
        onClose();
        navigate(paths.search(text.trim()));
      }
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.title')}
      size="lg"
      yOffset="10vh"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <TextInput
        data-autofocus
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={flat.length > 0}
        aria-controls="search-results"
        aria-activedescendant={flat[active] ? `search-hit-${flat[active].id}` : undefined}
        aria-autocomplete="list"
      />
      <div style={{ marginTop: 12, maxHeight: '55vh', overflowY: 'auto' }} aria-live="polite">
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {searched && !loading && groups.length === 0 && !error ? (
          <Text c="dimmed" size="sm">
            {t('search.nothing')}
          </Text>
        ) : null}
        {!searched ? (
          <Text c="dimmed" size="sm">
            {t('search.hint')}
          </Text>
        ) : null}
        {groups.length > 0 ? (
          <div id="search-results" role="listbox" aria-label={t('search.results')}>
            {groups.map((group) => (
              <div key={group.type} role="group" aria-labelledby={`search-group-${group.type}`}>
                <Text
                  size="xs"
                  fw={700}
                  c="dimmed"
                  tt="uppercase"
                  mt="sm"
                  mb={4}
                  id={`search-group-${group.type}`}
                >
                  {typeName(group.type)}
                </Text>
                <Stack gap={2}>
                  {group.hits.map((hit) => {
                    const index = flat.indexOf(hit);
                    const selected = index === active;
                    return (
                      <UnstyledButton
                        key={hit.id}
                        id={`search-hit-${hit.id}`}
                        role="option"
                        aria-selected={selected}
                        tabIndex={-1}
                        onMouseEnter={() => setActive(index)}
                        onClick={() => open(index)}
                        p="xs"
                        style={{
                          borderRadius: 6,
                          background: selected ? 'var(--mantine-color-brand-0)' : undefined,
                        }}
                      >
                        <Text size="sm" fw={600}>
                          {hit.title}
                        </Text>
                        {hit.snippet ? (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {hit.snippet}
                          </Text>
                        ) : null}
                      </UnstyledButton>
                    );
                  })}
                </Stack>
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <Text className="kbd-hint" mt="sm">
        {t('search.keys')}
      </Text>
    </Modal>
  );
}

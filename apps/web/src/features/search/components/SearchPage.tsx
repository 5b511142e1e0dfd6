import { Anchor, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ENTITY_LABELS, isEntityType } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { entityPath } from '../../../shared/entityPaths';
import { useSearch } from '../hooks/useSearch';

/** /suche?q=… — all results for a search, grouped by kind. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const { groups, searched, loading, error, refetch } = useSearch(text, 50);
  const typeName = (type: string) =>
    isEntityType(type) ? ENTITY_LABELS[type].plural[i18n.language === 'en' ? 'en' : 'de'] : type;
  return (
    <>
      <PageHeader title={t('search.title')} />
      <TextInput
        label={t('search.label')}
        type="search"
        value={text}
        onChange={(event) =>
          setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, { replace: true })
        }
        mb="lg"
        maw={560}
      />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && groups.length === 0 ? <LoadingState /> : null}
      {searched && !loading && groups.length === 0 && !error ? <Text>{t('search.nothing')}</Text> : null}
      <Stack gap="lg">
        {groups.map((group) => (
          <section key={group.type} aria-labelledby={`search-${group.type}`}>
            <Title order={2} size="h4" mb="xs" id={`search-${group.type}`}>
              {typeName(group.type)} ({group.hits.length})
            </Title>
            <Stack gap="xs">
              {group.hits.map((hit) => {
                const to = entityPath(hit.type, hit.id);
                return (
                  <Paper key={hit.id} withBorder p="sm">
                    {to ? (
                      <Anchor component={Link} to={to} fw={600}>
                        {hit.title}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{hit.title}</Text>
                    )}
                    {hit.snippet ? (
                      <Text size="sm" c="dimmed">
                        {hit.snippet}
                      </Text>
                    ) : null}
                  </Paper>
                );
              })}
            </Stack>
          </section>
        ))}
      </Stack>
    </>
  );
}

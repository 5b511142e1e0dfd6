import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type {
  ActorFilterInput,
  ChallengeFilterInput,
  GoodPracticeFilterInput,
  PersonFilterInput,
  SolutionApproachFilterInput,
} from '../../../graphql/generated/graphql';
import { ExportCsvButton } from '../../../shared/csv/ExportCsvButton';
import { fetchAllPages } from '../../../shared/csv/fetchAllPages';
import {
  ACTORS_EXPORT,
  CHALLENGES_EXPORT,
  GOOD_PRACTICES_EXPORT,
  PERSONS_EXPORT,
  SOLUTIONS_EXPORT,
  type ExportDefinition,
  type ExportLabels,
  type PagedVariables,
} from '../exportDefinitions';

function useLabels(): ExportLabels {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return {
    t,
    yesNo: (value: boolean) => (value ? t('csv.yes') : t('csv.no')),
    fieldName: (field) => (field ? (english ? field.nameEn : field.name) : ''),
    categoryName: (category) => (english ? category.nameEn : category.name),
  };
}

interface ExportListButtonProps<Q, V extends PagedVariables, N> {
  definition: ExportDefinition<Q, V, N>;
  /** The list page's current filter; the export holds every row it matches, not only the page shown. */
  filter?: V['filter'] | null;
}

/** "CSV exportieren" for one list, as its definition describes it. */
export function ExportListButton<Q, V extends PagedVariables, N>({
  definition,
  filter,
}: ExportListButtonProps<Q, V, N>) {
  const client = useApolloClient();
  const labels = useLabels();
  const load = (onProgress: (n: number) => void) =>
    fetchAllPages(
      client,
      definition.query,
      // Every export query takes exactly a filter besides the paging; TypeScript cannot see that through Omit.
      { filter: filter ?? null } as unknown as Omit<V, 'first' | 'after'>,
      definition.select,
      onProgress,
    );
  return (
    <ExportCsvButton
      fileName={definition.fileName(labels.t)}
      columns={definition.columns(labels)}
      loadRows={load}
    />
  );
}

/** Actors with the columns of the import template, so an export can be edited and imported again. */
export const ExportActorsButton = ({ filter }: { filter?: ActorFilterInput | null }) => (
  <ExportListButton definition={ACTORS_EXPORT} filter={filter} />
);

export const ExportPersonsButton = ({ filter }: { filter?: PersonFilterInput | null }) => (
  <ExportListButton definition={PERSONS_EXPORT} filter={filter} />
);

export const ExportChallengesButton = ({ filter }: { filter?: ChallengeFilterInput | null }) => (
  <ExportListButton definition={CHALLENGES_EXPORT} filter={filter} />
);

export const ExportSolutionsButton = ({ filter }: { filter?: SolutionApproachFilterInput | null }) => (
  <ExportListButton definition={SOLUTIONS_EXPORT} filter={filter} />
);

export const ExportGoodPracticesButton = ({ filter }: { filter?: GoodPracticeFilterInput | null }) => (
  <ExportListButton definition={GOOD_PRACTICES_EXPORT} filter={filter} />
);

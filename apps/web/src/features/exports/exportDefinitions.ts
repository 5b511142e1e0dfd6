import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { TFunction } from 'i18next';
import type { CsvColumn } from '../../shared/csv/ExportCsvButton';
import type { PagedConnection } from '../../shared/csv/fetchAllPages';
import { formatDateTime } from '../../shared/format';
import {
  EXPORT_ACTORS,
  EXPORT_CHALLENGES,
  EXPORT_GOOD_PRACTICES,
  EXPORT_PERSONS,
  EXPORT_SOLUTIONS,
} from './graphql/exports';

type Field = { position: number; name: string; nameEn: string };
type Category = { name: string; nameEn: string };

/** What a column needs to write a value in the person's language. */
export interface ExportLabels {
  t: TFunction;
  yesNo: (value: boolean) => string;
  fieldName: (field: Field | null | undefined) => string;
  categoryName: (category: Category) => string;
}

export type PagedVariables = OperationVariables & { first?: number | null; after?: string | null };

/** One list's export: the query that walks it, the file name and the columns (those of the import template). */
export interface ExportDefinition<Q, V extends PagedVariables, N> {
  query: TypedDocumentNode<Q, V>;
  select: (data: Q) => PagedConnection<N>;
  fileName: (t: TFunction) => string;
  columns: (labels: ExportLabels) => CsvColumn<N>[];
}

const define = <Q, V extends PagedVariables, N>(definition: ExportDefinition<Q, V, N>) => definition;

/** Several values in one cell, as the import reads them back. */
const joined = (values: (string | null | undefined)[]) => values.filter(Boolean).join(' | ');

/** Every export ends with when the row last changed and its id, so an edited file can be matched again. */
const trailer = <N extends { id: string; updatedAt: string }>(t: TFunction): CsvColumn<N>[] => [
  { header: t('exports.updatedAt'), value: (row) => formatDateTime(row.updatedAt) },
  { header: t('exports.id'), value: (row) => row.id },
];

export const ACTORS_EXPORT = define({
  query: EXPORT_ACTORS,
  select: (data) => data.actors,
  fileName: (t) => t('exports.actors.file'),
  columns: ({ t, yesNo, fieldName, categoryName }) => [
    { header: t('exports.actors.name'), value: (a) => a.name },
    { header: t('exports.actors.description'), value: (a) => a.description },
    { header: t('exports.actors.website'), value: (a) => a.website },
    { header: t('exports.actors.email'), value: (a) => a.email },
    { header: t('exports.actors.categories'), value: (a) => joined(a.categories.map(categoryName)) },
    { header: t('exports.actors.actionFields'), value: (a) => joined(a.actionFields.map(fieldName)) },
    { header: t('exports.actors.regions'), value: (a) => joined(a.regions.map((r) => r.name)) },
    { header: t('exports.actors.statewide'), value: (a) => yesNo(a.statewide) },
    ...trailer(t),
  ],
});

export const PERSONS_EXPORT = define({
  query: EXPORT_PERSONS,
  select: (data) => data.persons,
  fileName: (t) => t('exports.persons.file'),
  columns: ({ t }) => [
    { header: t('exports.persons.name'), value: (p) => p.name },
    { header: t('exports.persons.function'), value: (p) => p.function },
    { header: t('exports.persons.email'), value: (p) => p.email },
    { header: t('exports.persons.phone'), value: (p) => p.phone },
    {
      header: t('exports.persons.actors'),
      value: (p) => joined(p.actors.map((a) => (a.role ? `${a.actor.name} (${a.role})` : a.actor.name))),
    },
    ...trailer(t),
  ],
});

export const CHALLENGES_EXPORT = define({
  query: EXPORT_CHALLENGES,
  select: (data) => data.challenges,
  fileName: (t) => t('exports.challenges.file'),
  columns: ({ t, fieldName }) => [
    { header: t('exports.challenges.title'), value: (c) => c.title },
    { header: t('exports.challenges.description'), value: (c) => c.description },
    { header: t('exports.challenges.status'), value: (c) => t(`challenges.status.${c.status}`) },
    { header: t('exports.challenges.priority'), value: (c) => t(`challenges.priority.${c.priority}`) },
    { header: t('exports.challenges.actionField'), value: (c) => fieldName(c.actionField) },
    {
      header: t('exports.challenges.solutions'),
      value: (c) => joined(c.solutionApproaches.map((s) => s.title)),
    },
    ...trailer(t),
  ],
});

export const SOLUTIONS_EXPORT = define({
  query: EXPORT_SOLUTIONS,
  select: (data) => data.solutionApproaches,
  fileName: (t) => t('exports.solutions.file'),
  columns: ({ t }) => [
    { header: t('exports.solutions.title'), value: (s) => s.title },
    { header: t('exports.solutions.description'), value: (s) => s.description },
    { header: t('exports.solutions.status'), value: (s) => t(`solutions.status.${s.status}`) },
    { header: t('exports.solutions.challenges'), value: (s) => joined(s.challenges.map((c) => c.title)) },
    { header: t('exports.solutions.carriers'), value: (s) => joined(s.carriers.map((a) => a.name)) },
    ...trailer(t),
  ],
});

export const GOOD_PRACTICES_EXPORT = define({
  query: EXPORT_GOOD_PRACTICES,
  select: (data) => data.goodPractices,
  fileName: (t) => t('exports.goodPractices.file'),
  columns: ({ t }) => [
    { header: t('exports.goodPractices.title'), value: (g) => g.title },
    { header: t('exports.goodPractices.description'), value: (g) => g.description },
    { header: t('exports.goodPractices.url'), value: (g) => g.url },
    { header: t('exports.goodPractices.year'), value: (g) => g.year },
    {
      header: t('exports.goodPractices.practisedBy'),
      value: (g) => joined(g.practisedBy.map((a) => a.name)),
    },
    {
      header: t('exports.goodPractices.solutions'),
      value: (g) => joined(g.solutionApproaches.map((s) => s.title)),
    },
    ...trailer(t),
  ],
});

import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type {
  ActorFilterInput,
  ChallengeFilterInput,
  GoodPracticeFilterInput,
  PersonFilterInput,
  SolutionApproachFilterInput,
} from '../../../graphql/generated/graphql';
import { ExportCsvButton, type CsvColumn } from '../../../shared/csv/ExportCsvButton';
import { fetchAllPages } from '../../../shared/csv/fetchAllPages';
import { formatDateTime } from '../../../shared/format';
import {
  EXPORT_ACTORS,
  EXPORT_CHALLENGES,
  EXPORT_GOOD_PRACTICES,
  EXPORT_PERSONS,
  EXPORT_SOLUTIONS,
} from '../graphql/exports';

/** Several values in one cell, as the import reads them back. */
const joined = (values: (string | null | undefined)[]) => values.filter(Boolean).join(' | ');

type Field = { position: number; name: string; nameEn: string };

function useLabels() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return {
    t,
    yesNo: (value: boolean) => (value ? t('csv.yes') : t('csv.no')),
    fieldName: (field: Field | null | undefined) => (field ? (english ? field.nameEn : field.name) : ''),
  };
}

/** Actors with the columns of the import template, so an export can be edited and imported again. */
export function ExportActorsButton({ filter }: { filter?: ActorFilterInput | null }) {
  const client = useApolloClient();
  const { t, yesNo, fieldName } = useLabels();
  type Row = Awaited<ReturnType<typeof load>>[number];
  const load = (onProgress: (n: number) => void) =>
    fetchAllPages(client, EXPORT_ACTORS, { filter: filter ?? null }, (data) => data.actors, onProgress);
  const columns: CsvColumn<Row>[] = [
    { header: t('exports.actors.name'), value: (a) => a.name },
    { header: t('exports.actors.description'), value: (a) => a.description },
    { header: t('exports.actors.website'), value: (a) => a.website },
    { header: t('exports.actors.email'), value: (a) => a.email },
    { header: t('exports.actors.categories'), value: (a) => joined(a.categories.map((c) => c.name)) },
    { header: t('exports.actors.actionFields'), value: (a) => joined(a.actionFields.map(fieldName)) },
    { header: t('exports.actors.regions'), value: (a) => joined(a.regions.map((r) => r.name)) },
    { header: t('exports.actors.statewide'), value: (a) => yesNo(a.statewide) },
    { header: t('exports.updatedAt'), value: (a) => formatDateTime(a.updatedAt) },
    { header: t('exports.id'), value: (a) => a.id },
  ];
  return <ExportCsvButton fileName={t('exports.actors.file')} columns={columns} loadRows={load} />;
}

export function ExportPersonsButton({ filter }: { filter?: PersonFilterInput | null }) {
  const client = useApolloClient();
  const { t } = useLabels();
  type Row = Awaited<ReturnType<typeof load>>[number];
  const load = (onProgress: (n: number) => void) =>
    fetchAllPages(client, EXPORT_PERSONS, { filter: filter ?? null }, (data) => data.persons, onProgress);
  const columns: CsvColumn<Row>[] = [
    { header: t('exports.persons.name'), value: (p) => p.name },
    { header: t('exports.persons.function'), value: (p) => p.function },
    { header: t('exports.persons.email'), value: (p) => p.email },
    { header: t('exports.persons.phone'), value: (p) => p.phone },
    {
      header: t('exports.persons.actors'),
      value: (p) => joined(p.actors.map((a) => (a.role ? `${a.actor.name} (${a.role})` : a.actor.name))),
    },
    { header: t('exports.updatedAt'), value: (p) => formatDateTime(p.updatedAt) },
    { header: t('exports.id'), value: (p) => p.id },
  ];
  return <ExportCsvButton fileName={t('exports.persons.file')} columns={columns} loadRows={load} />;
}

export function ExportChallengesButton({ filter }: { filter?: ChallengeFilterInput | null }) {
  const client = useApolloClient();
  const { t, fieldName } = useLabels();
  type Row = Awaited<ReturnType<typeof load>>[number];
  const load = (onProgress: (n: number) => void) =>
    fetchAllPages(
      client,
      EXPORT_CHALLENGES,
      { filter: filter ?? null },
      (data) => data.challenges,
      onProgress,
    );
  const columns: CsvColumn<Row>[] = [
    { header: t('exports.challenges.title'), value: (c) => c.title },
    { header: t('exports.challenges.description'), value: (c) => c.description },
    { header: t('exports.challenges.status'), value: (c) => t(`challenges.status.${c.status}`) },
    { header: t('exports.challenges.priority'), value: (c) => t(`challenges.priority.${c.priority}`) },
    { header: t('exports.challenges.actionField'), value: (c) => fieldName(c.actionField) },
    {
      header: t('exports.challenges.solutions'),
      value: (c) => joined(c.solutionApproaches.map((s) => s.title)),
    },
    { header: t('exports.updatedAt'), value: (c) => formatDateTime(c.updatedAt) },
    { header: t('exports.id'), value: (c) => c.id },
  ];
  return <ExportCsvButton fileName={t('exports.challenges.file')} columns={columns} loadRows={load} />;
}

export function ExportSolutionsButton({ filter }: { filter?: SolutionApproachFilterInput | null }) {
  const client = useApolloClient();
  const { t } = useLabels();
  type Row = Awaited<ReturnType<typeof load>>[number];
  const load = (onProgress: (n: number) => void) =>
    fetchAllPages(
      client,
      EXPORT_SOLUTIONS,
      { filter: filter ?? null },
      (data) => data.solutionApproaches,
      onProgress,
    );
  const columns: CsvColumn<Row>[] = [
    { header: t('exports.solutions.title'), value: (s) => s.title },
    { header: t('exports.solutions.description'), value: (s) => s.description },
    { header: t('exports.solutions.status'), value: (s) => t(`solutions.status.${s.status}`) },
    { header: t('exports.solutions.challenges'), value: (s) => joined(s.challenges.map((c) => c.title)) },
    { header: t('exports.solutions.carriers'), value: (s) => joined(s.carriers.map((a) => a.name)) },
    { header: t('exports.updatedAt'), value: (s) => formatDateTime(s.updatedAt) },
    { header: t('exports.id'), value: (s) => s.id },
  ];
  return <ExportCsvButton fileName={t('exports.solutions.file')} columns={columns} loadRows={load} />;
}

export function ExportGoodPracticesButton({ filter }: { filter?: GoodPracticeFilterInput | null }) {
  const client = useApolloClient();
  const { t } = useLabels();
  type Row = Awaited<ReturnType<typeof load>>[number];
  const load = (onProgress: (n: number) => void) =>
    fetchAllPages(
      client,
      EXPORT_GOOD_PRACTICES,
      { filter: filter ?? null },
      (data) => data.goodPractices,
      onProgress,
    );
  const columns: CsvColumn<Row>[] = [
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
    { header: t('exports.updatedAt'), value: (g) => formatDateTime(g.updatedAt) },
    { header: t('exports.id'), value: (g) => g.id },
  ];
  return <ExportCsvButton fileName={t('exports.goodPractices.file')} columns={columns} loadRows={load} />;
}

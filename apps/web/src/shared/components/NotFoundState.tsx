import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeProblem } from '../errors/apiError';
import { useProblemText } from '../errors/useProblemText';
import { BackLink } from './BackLink';
import { PageHeader } from './PageHeader';

export interface ListLink {
  /** The list the record belongs to, e.g. "/akteure". */
  path: string;
  /** Its name, e.g. "Akteure". */
  label: string;
}

interface NotFoundStateProps {
  /** The NOT_FOUND answer; its message names what was asked for. */
  error?: unknown;
  /** Where to go instead; the start page when not given. */
  list?: ListLink;
}

/**
 * A record that does not exist (any more): say so and lead back to its list. Trying again cannot
 * help, so there is no retry.
 */
export function NotFoundState({ error, list }: NotFoundStateProps) {
  const { t } = useTranslation();
  const { localized } = useProblemText();
  const message = error ? localized(describeProblem(error).message) : undefined;
  return (
    <>
      <PageHeader
        title={t('errors.notFoundTitle')}
        eyebrow={list ? <BackLink to={list.path}>{list.label}</BackLink> : undefined}
      />
      <Text mb="md">{message ?? t('errors.notFound')}</Text>
      <Anchor component={Link} to={list?.path ?? '/'}>
        {list ? t('errors.backToList', { list: list.label }) : t('notFound.home')}
      </Anchor>
    </>
  );
}

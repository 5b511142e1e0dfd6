import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuidelineQuery } from '../../../graphql/generated/graphql';
import { CreatedUpdated } from '../../../shared/entity/CreatedUpdated';
import { paths } from '../../../shared/paths';
import { useFieldName } from '../../reference';
import { GuidelineStatusBadge } from './GuidelineStatusBadge';

type Guideline = GuidelineQuery['guideline'];

/** Status, version, action field and dates of a guideline, in one line above its text. */
export function GuidelineFacts({ guideline }: { guideline: Guideline }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  return (
    <Group gap="md" wrap="wrap" component="section" aria-label={t('guidelines.facts')}>
      <GuidelineStatusBadge status={guideline.status} />
      <Text size="sm">
        {guideline.version
          ? t('guidelines.versionLabel', { version: guideline.version })
          : t('guidelines.noVersion')}
      </Text>
      {guideline.actionField ? (
        <Anchor component={Link} to={paths.actionField(guideline.actionField.id)} size="sm">
          {guideline.actionField.position}. {fieldName(guideline.actionField)}
        </Anchor>
      ) : (
        <Text size="sm">{t('guidelines.noField')}</Text>
      )}
      <CreatedUpdated createdAt={guideline.createdAt} updatedAt={guideline.updatedAt} />
    </Group>
  );
}

import { useQuery } from '@apollo/client/react';
import { Alert, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/LoadingState';
import { GUIDELINE_TEMPLATES } from './graphql';

interface TemplateChoiceProps {
  /** The chosen template's id; '' for a blank guideline. */
  value: string;
  onChange: (templateId: string) => void;
}

/**
 * „Beginnen mit“ in the new-guideline form: blank, or one of the templates with its sections. The server
 * seeds the new guideline's text from the template once, when it is first opened.
 */
export function TemplateChoice({ value, onChange }: TemplateChoiceProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(GUIDELINE_TEMPLATES);
  const templates = data?.guidelineTemplates.edges.map((edge) => edge.node) ?? [];

  return (
    <Radio.Group label={t('guidelineTemplates.choiceLabel')} value={value} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        <Radio
          value=""
          label={t('guidelineTemplates.blank')}
          description={t('guidelineTemplates.blankDescription')}
        />
        {templates.map((template) => (
          <Radio
            key={template.id}
            value={template.id}
            label={template.name}
            description={[
              template.description,
              template.sections.length
                ? t('guidelineTemplates.sections', { sections: template.sections.join(', ') })
                : null,
            ]
              .filter(Boolean)
              .join(' ')}
          />
        ))}
        {loading && !data ? <LoadingState /> : null}
        {error && !data ? (
          <Alert variant="light" color="orange">
            {t('guidelineTemplates.loadFailed')}
          </Alert>
        ) : null}
      </Stack>
    </Radio.Group>
  );
}

import { Accordion, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCategoryName, useFieldName, useReferenceData } from '../../reference';
import { ACTOR_IMPORT_COLUMNS } from '../actorImportFile';

/** What the file must look like, and the names the columns with several values accept. */
export function ImportHelp() {
  const { t } = useTranslation();
  const { reference } = useReferenceData();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  return (
    <Accordion variant="contained" mb="lg" chevronPosition="left">
      <Accordion.Item value="columns">
        <Accordion.Control>{t('import.help.columnsTitle')}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t('import.help.format')}
          </Text>
          <List size="sm" spacing={4}>
            {ACTOR_IMPORT_COLUMNS.map((column) => (
              <List.Item key={column.field}>
                <Text component="span" fw={600} size="sm">
                  {column.header}
                </Text>
                {' – '}
                {t(`import.help.column.${column.field}`)}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('import.help.other')}
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="values">
        <Accordion.Control>{t('import.help.valuesTitle')}</Accordion.Control>
        <Accordion.Panel>
          {reference ? (
            <>
              <Text fw={600} size="sm" mt="xs">
                {t('import.columns.categories')}
              </Text>
              <List size="sm">
                {reference.actorCategories.map((category) => (
                  <List.Item key={category.id}>{categoryName(category)}</List.Item>
                ))}
              </List>
              <Text fw={600} size="sm" mt="sm">
                {t('import.columns.actionFields')}
              </Text>
              <List size="sm">
                {reference.actionFields.map((field) => (
                  <List.Item key={field.id}>
                    {field.position}. {fieldName(field)}
                  </List.Item>
                ))}
              </List>
              <Text fw={600} size="sm" mt="sm">
                {t('import.columns.regions')}
              </Text>
              <List size="sm">
                {reference.regions.map((region) => (
                  <List.Item key={region.id}>{region.name}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm">{t('common.loading')}</Text>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

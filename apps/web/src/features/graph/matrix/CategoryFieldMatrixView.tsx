import { useQuery } from '@apollo/client/react';
import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { QueryState } from '../../../shared/components/QueryState';
import { useCategoryName, useFieldName } from '../../reference';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { CATEGORY_FIELD_MATRIX } from './matrixQueries';

export interface MatrixCell {
  fieldId: string;
  fieldName: string;
  categoryId: string;
  categoryName: string;
}

/**
 * Action fields × actor categories: the number of actors per cell beside the annex's placements. A
 * placement without an actor and actors outside every placement are marked; a click puts the cell's
 * actors, their field and their category into the graph.
 */
export function CategoryFieldMatrixView({ onOpenCell }: { onOpenCell: (cell: MatrixCell) => void }) {
  const { t } = useGraphTexts();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const { data, loading, error, refetch } = useQuery(CATEGORY_FIELD_MATRIX);
  return (
    <QueryState data={data?.categoryFieldMatrix} loading={loading} error={error} refetch={refetch}>
      {(matrix) => {
        const fields = [...matrix.actionFields].sort((a, b) => a.position - b.position);
        const cells = new Map(matrix.cells.map((cell) => [`${cell.categoryId}|${cell.actionFieldId}`, cell]));
        return (
          <div style={{ overflowX: 'auto' }}>
            <Text size="sm" mb="xs">
              {t('graph.matrix.categoryLegend')}
            </Text>
            <Table withTableBorder withColumnBorders data-testid="category-field-matrix" fz="xs">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                {t('graph.matrix.categoryTitle')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('graph.matrix.category')}</Table.Th>
                  {fields.map((field) => (
                    <Table.Th key={field.id} scope="col" title={fieldName(field)}>
                      {field.position}
                      <VisuallyHidden component="span">. {fieldName(field)}</VisuallyHidden>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matrix.categories.map((category) => (
                  <Table.Tr key={category.id}>
                    <Table.Th scope="row" fw={500}>
                      {categoryName(category)}
                    </Table.Th>
                    {fields.map((field) => {
                      const cell = cells.get(`${category.id}|${field.id}`);
                      const count = cell?.actorCount ?? 0;
                      const placed = cell?.placed ?? false;
                      const state = placed
                        ? count === 0
                          ? 'gap'
                          : 'placed'
                        : count > 0
                          ? 'outside'
                          : 'none';
                      const background = {
                        gap: '#fde2e1',
                        placed: '#e3f0e3',
                        outside: '#fff3cd',
                        none: undefined,
                      }[state];
                      return (
                        <Table.Td key={field.id} ta="center" bg={background} data-state={state}>
                          {count > 0 ? (
                            <UnstyledButton
                              fz="xs"
                              td="underline"
                              onClick={() =>
                                onOpenCell({
                                  fieldId: field.id,
                                  fieldName: fieldName(field),
                                  categoryId: category.id,
                                  categoryName: categoryName(category),
                                })
                              }
                            >
                              {count}
                              {placed ? ' ●' : ' ○'}
                              <VisuallyHidden component="span">
                                {' '}
                                {t(`graph.matrix.cell.${state}`, {
                                  category: categoryName(category),
                                  field: fieldName(field),
                                  count,
                                })}
                              </VisuallyHidden>
                            </UnstyledButton>
                          ) : (
                            <span>
                              {placed ? '0 ●' : ''}
                              <VisuallyHidden component="span">
                                {t(`graph.matrix.cell.${state}`, {
                                  category: categoryName(category),
                                  field: fieldName(field),
                                  count,
                                })}
                              </VisuallyHidden>
                            </span>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        );
      }}
    </QueryState>
  );
}

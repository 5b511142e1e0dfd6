import { useQuery } from '@apollo/client/react';
import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { QueryState } from '../../../shared/components/QueryState';
import { useFieldName } from '../../reference';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { FIELD_REGION_MATRIX } from './matrixQueries';

export interface RegionCell {
  fieldId: string;
  fieldKey: string;
  fieldName: string;
  regionId: string;
  regionKey: string;
  regionName: string;
}

/**
 * Action fields × regions: actors active in each region per field. Empty cells are gaps (marked), with
 * the field's statewide actors beside the row, who cover every region. A click puts the field, the
 * region and the cell's actors into the graph — for a gap, the two ends to find the nearest actors by path.
 */
export function FieldRegionMatrixView({ onOpenCell }: { onOpenCell: (cell: RegionCell) => void }) {
  const { t } = useGraphTexts();
  const fieldName = useFieldName();
  const { data, loading, error, refetch } = useQuery(FIELD_REGION_MATRIX);
  return (
    <QueryState data={data?.fieldRegionMatrix} loading={loading} error={error} refetch={refetch}>
      {(matrix) => {
        const cells = new Map(matrix.cells.map((cell) => [`${cell.actionFieldId}|${cell.regionId}`, cell]));
        const totals = new Map(matrix.fieldTotals.map((total) => [total.actionFieldId, total]));
        return (
          <div style={{ overflowX: 'auto' }}>
            <Text size="sm" mb="xs">
              {t('graph.matrix.regionLegend')}
            </Text>
            <Table withTableBorder withColumnBorders data-testid="field-region-matrix" fz="xs">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                {t('graph.matrix.regionTitle')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('graph.matrix.field')}</Table.Th>
                  {matrix.regions.map((region) => (
                    <Table.Th
                      key={region.id}
                      scope="col"
                      style={{ writingMode: 'vertical-rl', whiteSpace: 'nowrap' }}
                    >
                      {region.name}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('graph.matrix.statewide')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matrix.actionFields.map((field) => (
                  <Table.Tr key={field.id}>
                    <Table.Th scope="row" fw={500}>
                      {field.position}. {fieldName(field)}
                    </Table.Th>
                    {matrix.regions.map((region) => {
                      const cell = cells.get(`${field.id}|${region.id}`);
                      if (!cell) return <Table.Td key={region.id} />;
                      const names = { field: fieldName(field), region: region.name, count: cell.actorCount };
                      return (
                        <Table.Td
                          key={region.id}
                          ta="center"
                          bg={cell.gap ? '#fde2e1' : undefined}
                          data-gap={cell.gap}
                        >
                          <UnstyledButton
                            fz="xs"
                            td="underline"
                            onClick={() =>
                              onOpenCell({
                                fieldId: field.id,
                                fieldKey: cell.actionFieldKey,
                                fieldName: fieldName(field),
                                regionId: region.id,
                                regionKey: cell.regionKey,
                                regionName: region.name,
                              })
                            }
                          >
                            {cell.gap ? '–' : cell.actorCount}
                            <VisuallyHidden component="span">
                              {' '}
                              {cell.gap
                                ? t('graph.matrix.regionGap', names)
                                : t('graph.matrix.regionCell', names)}
                            </VisuallyHidden>
                          </UnstyledButton>
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="center">{totals.get(field.id)?.statewideCount ?? 0}</Table.Td>
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

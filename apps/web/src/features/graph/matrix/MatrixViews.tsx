import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useGraphTexts } from '../hooks/useGraphTexts';
import { CategoryFieldMatrixView, type MatrixCell } from './CategoryFieldMatrixView';
import { FieldRegionMatrixView, type RegionCell } from './FieldRegionMatrixView';

interface MatrixViewsProps {
  onOpenCategoryCell: (cell: MatrixCell) => void;
  onOpenRegionCell: (cell: RegionCell) => void;
}

/** The two matrices: fields × categories (beside the annex) and fields × regions (with gaps). */
export function MatrixViews({ onOpenCategoryCell, onOpenRegionCell }: MatrixViewsProps) {
  const { t } = useGraphTexts();
  const [which, setWhich] = useState('regions');
  return (
    <Stack gap="sm">
      <SegmentedControl
        size="xs"
        value={which}
        onChange={setWhich}
        data={[
          { value: 'regions', label: t('graph.matrix.tabRegions') },
          { value: 'categories', label: t('graph.matrix.tabCategories') },
        ]}
      />
      {which === 'regions' ? (
        <FieldRegionMatrixView onOpenCell={onOpenRegionCell} />
      ) : (
        <CategoryFieldMatrixView onOpenCell={onOpenCategoryCell} />
      )}
    </Stack>
  );
}

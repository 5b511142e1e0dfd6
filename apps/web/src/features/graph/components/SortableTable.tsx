import { Table, UnstyledButton } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  title: string;
  /** The value sorted by (numbers sort as numbers, text by German rules). */
  value: (row: Row) => string | number;
  render?: (row: Row) => ReactNode;
}

interface SortableTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  testId?: string;
}

/** A table whose column headers sort it (again: the other way round), announced through aria-sort. */
export function SortableTable<Row>({ caption, columns, rows, rowKey, testId }: SortableTableProps<Row>) {
  const [sort, setSort] = useState<{ key: string; ascending: boolean }>({
    key: columns[0].key,
    ascending: true,
  });
  const column = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'de');
    return sort.ascending ? order : -order;
  });
  return (
    <Table striped highlightOnHover data-testid={testId}>
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th
              key={c.key}
              aria-sort={c.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
            >
              <UnstyledButton
                fw={600}
                fz="sm"
                onClick={() =>
                  setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : true }))
                }
              >
                {c.title} <span aria-hidden>{c.key === sort.key ? (sort.ascending ? '▲' : '▼') : ''}</span>
              </UnstyledButton>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((c) => (
              <Table.Td key={c.key}>{c.render ? c.render(row) : c.value(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

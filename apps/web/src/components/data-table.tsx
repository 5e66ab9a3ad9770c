import { Table, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './page-states';

/** One column: its header and how a row fills its cell. */
export interface DataColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The row's name (bold; read first on a phone card). */
  primary?: boolean;
}

/**
 * The app's list table: a caption for screen readers, column headers, an empty state, and on a phone
 * (below Mantine's `sm`, 48em) each row stacked as a card with its headers beside the values, so a
 * 390 px screen never scrolls sideways (styles.css, `.data-table`).
 */
export function DataTable<Row>({
  caption,
  labelledBy,
  columns,
  rows,
  rowKey,
  empty,
  rowProps,
  highlightOnHover = false,
}: {
  /** What the table lists: its caption (read by screen readers, hidden on screen where the page title says it). */
  caption: string;
  /** The id of the visible title that names the table, when there is one. */
  labelledBy?: string;
  columns: ReadonlyArray<DataColumn<Row>>;
  rows: ReadonlyArray<Row>;
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there is no row. */
  empty: ReactNode;
  rowProps?: (row: Row) => Omit<TableTrProps, 'children'>;
  highlightOnHover?: boolean;
}) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Table className="data-table" striped highlightOnHover={highlightOnHover} aria-labelledby={labelledBy} verticalSpacing="xs">
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col">
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((column) => (
              <Table.Td key={column.key} data-label={column.header} data-primary={column.primary || undefined} fw={column.primary ? 600 : undefined}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

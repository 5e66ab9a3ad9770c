import { Box, Paper, Stack, Table, Text, type MantineColor } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** A column of a {@link StackedTable}: its header and, per row, its cell (null: nothing to show for that row). */
export interface StackedColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode | null;
  /** Numbers align right in the table. */
  numeric?: boolean;
  /** A cell to stress (a figure past its limit). */
  stress?: (row: T) => { c?: MantineColor; fw?: number } | undefined;
}

/** Below this width the rows become cards: a table of many columns would need a sideways scrollbar on a phone. */
export const STACK_QUERY = '(max-width: 48em)';

/**
 * A table on a wide screen that shrinks to its content (no minimum width, so no scrollbar in a half-width
 * card); on a phone each row becomes a small card listing its figures, header beside value, so every
 * column stays readable without scrolling sideways.
 */
export function StackedTable<T>({
  labelledBy,
  rows,
  rowKey,
  rowHeader,
  columns,
  rowStrong,
  perLine = 2,
}: {
  /** The id of the title that names the table (and the list on a phone). */
  labelledBy: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column: what each row is about (a row header). */
  rowHeader: { header: ReactNode; cell: (row: T) => ReactNode };
  columns: ReadonlyArray<StackedColumn<T>>;
  /** A total row, in bold. */
  rowStrong?: (row: T) => boolean;
  /** On a phone, figures a line: two (short values, the default) or one (long values or headers). */
  perLine?: 1 | 2;
}) {
  const stacked = useMediaQuery(STACK_QUERY);
  if (stacked) {
    return (
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
        {rows.map((row) => (
          <Paper component="li" key={rowKey(row)} withBorder p="xs" radius="sm">
            <Text size="sm" fw={rowStrong?.(row) ? 800 : 600}>
              {rowHeader.cell(row)}
            </Text>
            {/* Two figures a line: header, then value (right-aligned), twice; or one, header and value sharing the line. */}
            <Box
              component="dl"
              m={0}
              mt={4}
              style={{
                display: 'grid',
                gridTemplateColumns: perLine === 1 ? 'minmax(0, 1fr) minmax(0, 1.4fr)' : 'repeat(2, minmax(0, 1fr) auto)',
                columnGap: 8,
                rowGap: 2,
                alignItems: 'baseline',
              }}
            >
              {columns.flatMap((col) => {
                const value = col.cell(row);
                if (value === null) return [];
                const stress = col.stress?.(row);
                return [
                  <Text key={`${col.key}-h`} component="dt" size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {col.header}
                  </Text>,
                  <Text key={`${col.key}-v`} component="dd" size="sm" m={0} ta="right" c={stress?.c} fw={stress?.fw} style={{ overflowWrap: 'anywhere' }}>
                    {value}
                  </Text>,
                ];
              })}
            </Box>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{rowHeader.header}</Table.Th>
          {columns.map((col) => (
            <Table.Th key={col.key} ta={col.numeric ? 'right' : undefined}>
              {col.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const strong = rowStrong?.(row) ?? false;
          return (
            <Table.Tr key={rowKey(row)} fw={strong ? 700 : undefined}>
              <Table.Th scope="row" fw={strong ? 700 : 500}>
                {rowHeader.cell(row)}
              </Table.Th>
              {columns.map((col) => {
                const stress = col.stress?.(row);
                return (
                  <Table.Td key={col.key} ta={col.numeric ? 'right' : undefined} c={stress?.c} fw={stress?.fw}>
                    {col.cell(row) ?? ''}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { DataTable, type DataColumn } from './data-table';

interface Person {
  id: string;
  name: string;
  email: string;
}

const COLUMNS: DataColumn<Person>[] = [
  { key: 'name', header: 'Name', primary: true, cell: (p) => p.name },
  { key: 'email', header: 'Email', cell: (p) => p.email },
];

function renderTable(rows: Person[]) {
  return render(
    <MantineProvider>
      <DataTable caption="Users" columns={COLUMNS} rows={rows} rowKey={(p) => p.id} empty="Nobody yet." />
    </MantineProvider>,
  );
}

describe('DataTable', () => {
  it('is named by its caption, with a column header per column and a row per item', () => {
    renderTable([
      { id: '1', name: 'Alice Martin', email: 'alice@lifeboat.demo' },
      { id: '2', name: 'Bruno Garnier', email: 'bruno@lifeboat.demo' },
    ]);
    const table = screen.getByRole('table', { name: 'Users' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Email']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((td) => td.textContent))).toEqual([
      ['Alice Martin', 'alice@lifeboat.demo'],
      ['Bruno Garnier', 'bruno@lifeboat.demo'],
    ]);
  });

  it('labels each cell with its header, for the phone layout that stacks a row as a card', () => {
    renderTable([{ id: '1', name: 'Alice Martin', email: 'alice@lifeboat.demo' }]);
    const cells = screen.getAllByRole('cell');
    expect(cells.map((td) => td.getAttribute('data-label'))).toEqual(['Name', 'Email']);
    expect(cells[0]).toHaveAttribute('data-primary', 'true');
    expect(cells[1]).not.toHaveAttribute('data-primary');
  });

  it('says so when there is nothing to list, instead of an empty table', () => {
    renderTable([]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Nobody yet.')).toBeInTheDocument();
  });
});

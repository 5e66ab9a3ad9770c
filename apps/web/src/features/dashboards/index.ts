// What other features may use of the dashboards (the race forecast's tables and numbers).
export { StackedTable, STACK_QUERY, type StackedColumn } from './components/stacked-table';
export { formatNumber, formatPercent } from './components/number-format';

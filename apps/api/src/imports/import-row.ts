import type { Segment } from '@lifeboat/domain';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { fromCsvText, type ImportField, type ImportRowErrorCode } from '@lifeboat/shared';
import { CellError, type ImportRowErrorParams, parseBoolean, parseCountries, parseDate, parseDecimal, parseEmail, parseMoney, parseSegment } from './import-values';

/** One valid row, ready for the database; `null` means "not in the file" (an update keeps the stored value). */
export interface ImportRow {
  line: number;
  name: string;
  normalizedName: string;
  segment: Segment;
  countries: string[] | null;
  monthlySpend: number | null;
  externalRef: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactTitle: string | null;
  contactPhone: string | null;
  prepaidUntil: Date | null;
  contractEndsAt: Date | null;
  hasBackupProvider: boolean | null;
  rivalIsPrincipalOperator: boolean | null;
  /** The collective named in the row (as given), null without; the service resolves it to `collectiveId` or refuses the row. */
  collective: string | null;
  collectiveId?: string | null;
}

export interface RowProblem {
  line: number;
  field: string;
  /** English words, for integrations. */
  reason: string;
  /** The same, as a code and its params, for the web app to word in the reader's language. */
  code: ImportRowErrorCode;
  params: ImportRowErrorParams;
}

const MAX_TEXT = 500;

/** Reads and validates one record; every problem of the row is reported, each with its field. */
export function readRow(
  record: string[],
  line: number,
  columns: Partial<Record<ImportField, number>>,
  defaultSegment: Segment | null,
): { row: ImportRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (field: ImportField): string | null => {
    const index = columns[field];
    if (index === undefined) return null;
    // A cell an export protected from spreadsheets (a ' before = + - @) reads as it was written.
    const value = fromCsvText((record[index] ?? '').trim());
    return value.length === 0 ? null : value;
  };
  const read = <T>(field: ImportField, parse: (raw: string) => T): T | null => {
    const raw = cell(field);
    if (raw === null) return null;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ line, field, reason: error.message, code: error.code, params: error.params });
      return null;
    }
  };
  const text = (field: ImportField): string | null => {
    const raw = cell(field);
    if (raw !== null && raw.length > MAX_TEXT) {
      problems.push({ line, field, reason: `${field} is longer than ${MAX_TEXT} characters`, code: 'too_long', params: { max: MAX_TEXT } });
      return null;
    }
    return raw;
  };

  const name = text('name');
  if (name === null) problems.push({ line, field: 'name', reason: 'the account name is empty', code: 'name_empty', params: {} });
  const normalizedName = name ? normalizeAccountName(name) : '';
  if (name && normalizedName.length === 0) problems.push({ line, field: 'name', reason: `"${name}" has no letters or digits`, code: 'name_no_letters', params: { value: name } });
  const segment = read('segment', parseSegment) ?? (cell('segment') === null ? defaultSegment : null);
  if (segment === null && cell('segment') === null) {
    problems.push({ line, field: 'segment', reason: 'the segment is empty (map a segment column or give a default segment)', code: 'segment_empty', params: {} });
  }
  const countries = read('countries', parseCountries);
  let monthlySpend = read('monthlySpend', (raw) => parseMoney(raw, 'monthlySpend'));
  if (monthlySpend === null && cell('monthlySpend') === null) {
    const annual = read('annualRevenue', (raw) => {
      const value = parseDecimal(raw);
      if (value < 0) throw new CellError('negative', { value: raw }, `annualRevenue cannot be negative (got "${raw}")`);
      return Math.round((value * 100) / 12);
    });
    if (annual !== null) monthlySpend = annual;
  }
  const contactEmail = read('contactEmail', parseEmail);
  const row: ImportRow = {
    line,
    name: name ?? '',
    normalizedName,
    segment: segment as Segment,
    countries,
    monthlySpend,
    externalRef: text('externalRef'),
    contactName: text('contactName'),
    contactEmail,
    contactTitle: text('contactTitle'),
    contactPhone: text('contactPhone'),
    prepaidUntil: read('prepaidUntil', (raw) => parseDate(raw, 'prepaidUntil')),
    contractEndsAt: read('contractEndsAt', (raw) => parseDate(raw, 'contractEndsAt')),
    hasBackupProvider: read('hasBackupProvider', (raw) => parseBoolean(raw, 'hasBackupProvider')),
    rivalIsPrincipalOperator: read('rivalIsPrincipalOperator', (raw) => parseBoolean(raw, 'rivalIsPrincipalOperator')),
    collective: text('collective'),
  };
  return problems.length > 0 ? { problems } : { row };
}

import { parse } from 'csv-parse/sync';
import { IMPORT_FIELDS, type ImportField } from '@lifeboat/shared';
import { BadInputError } from '../common/errors/lifeboat-error';

/**
 * The largest file an import accepts, decoded (about 300,000 typical rows): the limit of
 * `POST /imports/:campaignId`. Through GraphQL a file is also bounded by the 1 MB request body.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportMapping = Partial<Record<ImportField, string>>;

export const IMPORT_PRESETS = ['salesforce', 'hubspot', 'lifeboat'] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];

/**
 * The column headers each preset recognises, in order of preference (the first present wins).
 * Salesforce: an Accounts report or Data Loader export (labels or API names);
 * HubSpot: a Companies export; Lifeboat: the field names themselves.
 */
export const PRESET_HEADERS: Record<ImportPreset, Partial<Record<ImportField, string[]>>> = {
  salesforce: {
    name: ['Account Name', 'Name'],
    externalRef: ['Account ID', 'Id', 'Account Id'],
    countries: ['Billing Country', 'BillingCountry', 'Billing Country Code', 'BillingCountryCode'],
    segment: ['Segment', 'Segment__c', 'Type'],
    monthlySpend: ['Monthly Spend', 'Monthly_Spend__c'],
    annualRevenue: ['Annual Revenue', 'AnnualRevenue'],
    contactName: ['Primary Contact', 'Contact Name', 'Contact: Full Name'],
    contactEmail: ['Email', 'Contact Email', 'Contact: Email'],
    contactTitle: ['Title', 'Contact Title', 'Contact: Title'],
    contactPhone: ['Phone', 'Contact Phone'],
    contractEndsAt: ['Contract End Date', 'Contract_End_Date__c'],
    prepaidUntil: ['Prepaid Until', 'Prepaid_Until__c'],
    hasBackupProvider: ['Has Backup Provider', 'Has_Backup_Provider__c'],
    rivalIsPrincipalOperator: ['Principal Operator', 'Principal_Operator__c'],
  },
  hubspot: {
    name: ['Company name', 'Name'],
    externalRef: ['Record ID', 'Company ID'],
    countries: ['Country/Region', 'Country'],
    segment: ['Segment', 'Lifeboat segment'],
    monthlySpend: ['Monthly spend', 'Monthly Spend'],
    annualRevenue: ['Annual Revenue'],
    contactName: ['Primary contact', 'Associated Contact', 'Contact name'],
    contactEmail: ['Primary contact email', 'Contact email', 'Email'],
    contactTitle: ['Job Title', 'Primary contact job title'],
    contactPhone: ['Phone Number', 'Phone'],
    contractEndsAt: ['Contract end date'],
    prepaidUntil: ['Prepaid until'],
    hasBackupProvider: ['Has backup provider'],
    rivalIsPrincipalOperator: ['Principal operator'],
  },
  lifeboat: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, [f]])) as Record<ImportField, string[]>,
};

export interface PreparedFile {
  /** The file as UTF-8 text without a byte-order mark. */
  text: string;
  delimiter: ',' | ';' | '\t';
  headers: string[];
  /** Column index of each mapped field. */
  columns: Partial<Record<ImportField, number>>;
  /** Records after the header (empty lines excluded). */
  totalRows: number;
  /** Byte offset (in the UTF-8 text) where the first data record starts, and its line number. */
  dataOffset: number;
  dataLine: number;
}

const notCsv = (reason: string) => new BadInputError(`This file is not a CSV list of accounts: ${reason}.`, [{ field: 'input.csv', reason }]);

/**
 * Decodes an upload: `csv` is the file's text; `csvBase64` its bytes in base64 (UTF-8, with or
 * without a BOM; UTF-16 with a BOM; otherwise Windows-1252, as old Excel writes it).
 */
export function decodeUpload(input: { csv?: string | null; csvBase64?: string | null; bytes?: Buffer | null }): string {
  if (input.bytes != null) return decodeBytes(input.bytes);
  if ((input.csv == null) === (input.csvBase64 == null)) {
    throw new BadInputError('Give the file either as `csv` (its text) or as `csvBase64` (its bytes in base64), not both.', [
      { field: 'input.csv', reason: 'exactly one of csv or csvBase64' },
    ]);
  }
  let text: string;
  if (input.csv != null) {
    text = input.csv;
  } else {
    const b64 = (input.csvBase64 ?? '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64)) throw new BadInputError('csvBase64 is not base64.', [{ field: 'input.csvBase64', reason: 'not base64' }]);
    return decodeBytes(Buffer.from(b64, 'base64'));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) throw tooLarge();
  return text;
}

/** A file's bytes as text: UTF-8 (BOM or not), UTF-16 with a BOM, otherwise Windows-1252. */
export function decodeBytes(bytes: Buffer): string {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge();
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) throw tooLarge();
  return text;
}

function tooLarge(): BadInputError {
  return new BadInputError(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into several imports.`, [
    { field: 'input.csv', reason: 'too large' },
  ]);
}

/** Counts records (not lines: quoted fields may hold newlines) and finds where the header ends. */
function scan(text: string): { records: number; headerEnd: number; headerLines: number } {
  let records = 0;
  let inQuote = false;
  let content = false;
  let headerEnd = -1;
  let lines = 1;
  let headerLines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      inQuote = !inQuote;
      content = true;
    } else if (c === 10 /* \n */) {
      lines++;
      if (!inQuote) {
        if (content) {
          records++;
          if (headerEnd < 0) {
            headerEnd = i + 1;
            headerLines = lines;
          }
        }
        content = false;
      }
    } else if (c !== 13 && c !== 32 && c !== 9) {
      content = true;
    }
  }
  if (inQuote) throw notCsv('a quoted field is never closed');
  if (content) {
    records++;
    if (headerEnd < 0) {
      headerEnd = text.length;
      headerLines = lines;
    }
  }
  return { records, headerEnd, headerLines };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > sample.length / 100;
}

/** Reads the header, picks the separator and resolves the mapping (explicit, or a preset) to columns. */
export function prepareFile(text: string, mapping: ImportMapping | null, preset: ImportPreset | null): PreparedFile {
  if (text.trim().length === 0) throw notCsv('it is empty');
  if (looksBinary(text)) throw notCsv('it holds binary data, not text (export it as CSV, UTF-8)');
  const { records, headerEnd, headerLines } = scan(text);
  const headerText = text.slice(0, headerEnd);
  const delimiter = detectDelimiter(headerText);
  let headerRecords: string[][];
  try {
    headerRecords = parse(headerText, { delimiter, relax_column_count: true, skip_empty_lines: true, to: 1, trim: true }) as string[][];
  } catch (error) {
    throw notCsv(`its header row cannot be read (${(error as Error).message})`);
  }
  const headers = headerRecords[0] ?? [];
  const byHeader = new Map(headers.map((h, i) => [h.trim().toLowerCase(), i]));
  const columns: Partial<Record<ImportField, number>> = {};
  const missing: string[] = [];
  if (mapping) {
    for (const [field, header] of Object.entries(mapping) as Array<[ImportField, string | undefined]>) {
      if (!header) continue;
      const index = byHeader.get(header.trim().toLowerCase());
      if (index === undefined) missing.push(`"${header}" (${field})`);
      else columns[field] = index;
    }
  } else if (preset) {
    for (const [field, candidates] of Object.entries(PRESET_HEADERS[preset]) as Array<[ImportField, string[]]>) {
      const index = candidates.map((c) => byHeader.get(c.toLowerCase())).find((i) => i !== undefined);
      if (index !== undefined) columns[field] = index;
    }
  }
  if (missing.length > 0) {
    throw new BadInputError(`The file has no column ${missing.join(', ')}; its header row is: ${headers.slice(0, 30).join(', ')}.`, [
      { field: 'input.mapping', reason: `columns not found: ${missing.join(', ')}` },
    ]);
  }
  if (columns.name === undefined) {
    const expected = mapping?.name ?? (preset ? PRESET_HEADERS[preset].name?.join(' or ') : 'a name column');
    throw notCsv(`no header row with the account name column (${expected}) was found; the first row is: ${headers.slice(0, 30).join(', ') || '(empty)'}`);
  }
  return {
    text,
    delimiter,
    headers,
    columns,
    totalRows: Math.max(records - 1, 0),
    dataOffset: Buffer.byteLength(headerText, 'utf8'),
    dataLine: headerLines,
  };
}

/** The separator that splits the header row into the most columns (outside quotes). */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuote = false;
  for (const c of headerLine) {
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

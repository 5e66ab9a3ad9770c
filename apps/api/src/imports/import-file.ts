import { IMPORT_FIELDS, type ImportField } from '@lifeboat/shared';
import { BadInputError } from '../common/errors/lifeboat-error';

/**
 * The largest file an import accepts, as sent and as stored (about 300,000 typical rows): the
 * limit of `POST /imports/:campaignId` (HTTP 413 beyond). Through GraphQL a file is also bounded
 * by the 1 MB request body.
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
    collective: ['Collective', 'Collective__c'],
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
    collective: ['Collective'],
  },
  lifeboat: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, [f]])) as Record<ImportField, string[]>,
};

/**
 * The column of each field in a header row: the explicit mapping (each header must be present),
 * else the preset's candidates (the first present wins); the name column is required.
 */
export function resolveColumns(headers: string[], mapping: ImportMapping | null, preset: ImportPreset | null): Partial<Record<ImportField, number>> {
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
    const reason = `no header row with the account name column (${expected}) was found; the first row is: ${headers.slice(0, 30).join(', ') || '(empty)'}`;
    throw new BadInputError(`This file is not a CSV list of accounts: ${reason}.`, [{ field: 'input.csv', reason }]);
  }
  return columns;
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

/**
 * The account fields a column of an imported customer list can be mapped to (`ImportMappingInput`),
 * in the order the import form shows them. The api reads files by them; the web app maps columns to
 * them.
 */
export const IMPORT_FIELDS = [
  'name',
  'externalRef',
  'segment',
  'countries',
  'monthlySpend',
  'annualRevenue',
  'contactName',
  'contactEmail',
  'contactTitle',
  'contactPhone',
  'prepaidUntil',
  'contractEndsAt',
  'hasBackupProvider',
  'rivalIsPrincipalOperator',
  'collective',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(field: string): field is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(field);
}

/**
 * Why an imported row (or one of its cells) was refused, as a code the web app words in the
 * reader's language (issue #20: the reasons showed in English in the French app); `reason` keeps
 * the English words for integrations. Params: `value` (the cell as given), `max` (a length limit).
 */
export const IMPORT_ROW_ERROR_CODES = [
  'not_a_number',
  'negative',
  'too_large',
  'not_a_date',
  'not_yes_no',
  'not_an_email',
  'unknown_country',
  'unknown_segment',
  'too_long',
  'name_empty',
  'name_no_letters',
  'segment_empty',
  'unknown_collective',
] as const;

export type ImportRowErrorCode = (typeof IMPORT_ROW_ERROR_CODES)[number];

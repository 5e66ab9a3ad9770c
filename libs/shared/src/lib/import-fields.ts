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
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(field: string): field is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(field);
}

/**
 * The form of an account name that imports deduplicate on (with the campaign): lower case,
 * accents stripped (NFD, then combining marks removed), every run of characters that are not
 * letters or digits collapsed to one space, trimmed.
 * "Société Générale  S.A." → "societe generale s a"; "L'Atelier du Bois" → "l atelier du bois".
 */
export function normalizeAccountName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

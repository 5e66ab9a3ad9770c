import { SEGMENTS, type Segment } from '@lifeboat/domain';
import type { ImportRowErrorCode } from '@lifeboat/shared';
import { normalizeAccountName } from '../accounts/normalize-account-name';

/**
 * Pure readers of one CSV cell each, tolerant of the ways exports write values (French numbers,
 * day-first dates, country names in English or French). Each returns the value or throws a
 * CellError whose message is the reason shown on the import's error line.
 */
export class CellError extends Error {
  constructor(
    readonly code: ImportRowErrorCode,
    readonly params: ImportRowErrorParams,
    message: string,
  ) {
    super(message);
  }
}

/** What a row error's words need besides its code and field. */
export interface ImportRowErrorParams {
  value?: string;
  max?: number;
}

const SPACES = /[\s\u00a0\u202f\u2007']/g;

/** "12 500,00 €", "12,500.00", "€12500", "1.234,5" → 12500 / 12500 / 12500 / 1234.5. */
export function parseDecimal(raw: string): number {
  let s = raw.trim().replace(SPACES, '').replace(/€|eur|euros?|\$|usd|£|gbp|chf/gi, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) throw new CellError('not_a_number', { value: raw }, `"${raw}" is not a number`);
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // "12,500" (groups of three) groups thousands; "12,5" or "12,50" is a decimal comma.
    s = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (lastDot >= 0 && /^\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  if ((s.match(/\./g) ?? []).length > 1) throw new CellError('not_a_number', { value: raw }, `"${raw}" is not a number`);
  const value = Number(s);
  if (!Number.isFinite(value)) throw new CellError('not_a_number', { value: raw }, `"${raw}" is not a number`);
  return negative ? -value : value;
}

/** An amount in major units → integer minor units; refuses negatives. */
export function parseMoney(raw: string, field: string): number {
  const value = parseDecimal(raw);
  if (value < 0) throw new CellError('negative', { value: raw }, `${field} cannot be negative (got "${raw}")`);
  const minor = Math.round(value * 100);
  if (!Number.isSafeInteger(minor)) throw new CellError('too_large', { value: raw }, `${field} is too large (got "${raw}")`);
  return minor;
}

/** "31/12/2002", "31.12.2002", "2002-12-31", "2002-12-31T10:00:00Z" → a UTC instant. */
export function parseDate(raw: string, field: string): Date {
  const s = raw.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let date: Date | null = null;
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) date = null;
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) date = null;
  } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) {
    date = new Date(s);
  }
  if (!date || Number.isNaN(date.getTime())) {
    throw new CellError('not_a_date', { value: raw }, `${field} "${raw}" is not a date (use 31/12/2002 or 2002-12-31)`);
  }
  return date;
}

const TRUE = new Set(['true', 'yes', 'y', 'oui', 'o', '1', 'x', 'vrai']);
const FALSE = new Set(['false', 'no', 'n', 'non', '0', 'faux', '-']);

export function parseBoolean(raw: string, field: string): boolean {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  throw new CellError('not_yes_no', { value: raw }, `${field} "${raw}" is not yes or no`);
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

export function parseEmail(raw: string): string {
  const s = raw.trim();
  if (!EMAIL.test(s) || s.length > 320) throw new CellError('not_an_email', { value: raw }, `"${raw}" is not an email address`);
  return s.toLowerCase();
}

let countryIndex: Map<string, string> | undefined;

/** ISO 3166-1 alpha-2 codes and their English and French names (normalized), from Intl. */
function countries(): Map<string, string> {
  if (countryIndex) return countryIndex;
  const index = new Map<string, string>();
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const fr = new Intl.DisplayNames(['fr'], { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      let name: string | undefined;
      try {
        name = en.of(code);
      } catch {
        name = undefined;
      }
      // Unknown codes come back unchanged; EU, UN, EZ… are groupings, not countries.
      if (!name || name === code || ['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code)) continue;
      index.set(code.toLowerCase(), code);
      index.set(normalizeAccountName(name), code);
      const french = fr.of(code);
      if (french) index.set(normalizeAccountName(french), code);
    }
  }
  for (const [alias, code] of [
    ['uk', 'GB'],
    ['great britain', 'GB'],
    ['england', 'GB'],
    ['usa', 'US'],
    ['united states of america', 'US'],
    ['holland', 'NL'],
    ['the netherlands', 'NL'],
  ] as const) {
    index.set(alias, code);
  }
  countryIndex = index;
  return index;
}

/** "FR", "fr", "France", "Allemagne", "FR|DE", "FR, DE" → ISO codes, each once, in order. */
export function parseCountries(raw: string): string[] {
  const index = countries();
  const parts = raw.split(/[|,;/+]+/).map((p) => p.trim()).filter((p) => p.length > 0);
  const out: string[] = [];
  for (const part of parts) {
    const code = index.get(part.length === 2 ? part.toLowerCase() : normalizeAccountName(part));
    if (!code) throw new CellError('unknown_country', { value: part }, `"${part}" is not a known ISO country`);
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

const SEGMENT_ALIASES: Record<string, Segment> = {
  enterprise: 'enterprise_vpn',
  vpn: 'enterprise_vpn',
  'enterprise vpn': 'enterprise_vpn',
  isp: 'isp_wholesale',
  wholesale: 'isp_wholesale',
  'isp wholesale': 'isp_wholesale',
  hosting: 'hosting',
  hebergement: 'hosting',
  colocation: 'colocation',
  colo: 'colocation',
  smb: 'smb_web',
  'smb web': 'smb_web',
  'web hosting': 'smb_web',
  web: 'smb_web',
};

export function parseSegment(raw: string): Segment {
  const key = normalizeAccountName(raw);
  const direct = key.replace(/ /g, '_');
  if ((SEGMENTS as readonly string[]).includes(direct)) return direct as Segment;
  const alias = SEGMENT_ALIASES[key];
  if (alias) return alias;
  throw new CellError('unknown_segment', { value: raw }, `"${raw}" is not a segment (${SEGMENTS.join(', ')})`);
}

import { DISTRESS_KINDS, ERROR_CODES, IMPORT_ROW_ERROR_CODES, SERVICE_KINDS, STAGES } from '@lifeboat/shared';
import { en } from './locales/en';
import { fr } from './locales/fr';

// What the api can send is worded in both languages: a code or a kind added to the libs must be added here too.
describe.each([
  ['en', en],
  ['fr', fr],
] as const)('the %s words', (_language, words) => {
  it.each(ERROR_CODES)('say what %s means', (code) => {
    expect((words.errors as Record<string, string>)[code]).toEqual(expect.stringMatching(/\S/));
  });

  it.each(IMPORT_ROW_ERROR_CODES)('say why an imported row was refused: %s', (code) => {
    expect((words.imports.rowErrors.code as Record<string, string>)[code]).toEqual(expect.stringMatching(/\S/));
  });

  it.each(DISTRESS_KINDS)('name the distress kind %s', (kind) => {
    expect((words.domain.distress as Record<string, string>)[kind]).toEqual(expect.stringMatching(/\S/));
  });

  // One rule for the vocabulary's labels (issue #20: "hosting", "transit IP", "VPN" side by side; "court hearing"):
  // each is a label in sentence case, so a table, a list or a timeline shows them alike.
  it.each([
    ['service', SERVICE_KINDS],
    ['distress', DISTRESS_KINDS],
    ['stage', STAGES],
  ] as const)('write every %s as a label that starts with a capital', (group, codes) => {
    const labels = words.domain[group] as Record<string, string>;
    for (const code of codes) expect(`${code}: ${labels[code]}`).toMatch(new RegExp(`^${code}: \\p{Lu}`, 'u'));
  });
});

/** Every string of a locale tree, with its key. */
function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value as object, `${prefix}${key}.`),
  );
}

// "23 h" broke between the number and its unit at phone width: a short unit is held to its number by a no-break space.
describe.each([
  ['en', en],
  ['fr', fr],
] as const)('the %s durations', (_language, words) => {
  it('keep a number and its short unit on one line', () => {
    const broken = strings(words).filter(([, value]) => /\}\} (d|h|j|min)(?!\p{L})|(?<!\p{L})(d|h|j) \{\{/u.test(value));
    expect(broken).toEqual([]);
  });

  it('keep a countdown on one line', () => {
    for (const key of ['daysHours', 'hoursMinutes', 'minutes'] as const) expect(words.time[key]).not.toMatch(/ /);
  });
});

/**
 * French typography (issue #20: "Source:"): a no-break space before « : », a narrow one before « ; ! ? »,
 * and no-break spaces inside « guillemets », so the sign never starts a line nor touches its word.
 * Addresses and times keep their colons ("https://", "09:00").
 */
export function frenchTypographyFaults(value: string): string[] {
  const faults: string[] = [];
  const signs = /([;:!?»])/gu;
  for (let m = signs.exec(value); m; m = signs.exec(value)) {
    const sign = m[1];
    const before = value[m.index - 1] ?? '';
    const after = value[m.index + 1] ?? '';
    if (sign === ':' && (after === '/' || (/\d/.test(before) && /\d/.test(after)))) continue;
    const wanted = sign === ':' || sign === '»' ? '\u00a0' : '\u202f';
    if (before !== wanted) faults.push(`${JSON.stringify(before)} before ${sign}`);
  }
  for (let i = value.indexOf('«'); i >= 0; i = value.indexOf('«', i + 1)) {
    if (value[i + 1] !== '\u00a0') faults.push(`${JSON.stringify(value[i + 1] ?? '')} after «`);
  }
  return faults;
}

describe('the French words', () => {
  it('put the right no-break space before « : ; ! ? » and inside guillemets', () => {
    const faulty = strings(fr)
      .map(([key, value]) => [key, value, frenchTypographyFaults(value)] as const)
      .filter(([, , faults]) => faults.length > 0)
      .map(([key, value, faults]) => `${key}: ${JSON.stringify(value)} (${faults.join(', ')})`);
    expect(faulty).toEqual([]);
  });

  it('catch a plain space or no space before a colon, and let addresses and times be', () => {
    expect(frenchTypographyFaults('Source: {{host}}')).toEqual(['"e" before :']);
    expect(frenchTypographyFaults('Source : {{host}}')).toEqual(['" " before :']);
    expect(frenchTypographyFaults('Vraiment ?')).toEqual(['" " before ?']);
    expect(frenchTypographyFaults('Source\u00a0: https://example.org à 09:00\u202f!')).toEqual([]);
    expect(frenchTypographyFaults('« tout »')).toEqual(['" " before »', '" " after «']);
  });
});

import { DISTRESS_KINDS, ERROR_CODES } from '@lifeboat/shared';
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

  it.each(DISTRESS_KINDS)('name the distress kind %s', (kind) => {
    expect((words.domain.distress as Record<string, string>)[kind]).toEqual(expect.stringMatching(/\S/));
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

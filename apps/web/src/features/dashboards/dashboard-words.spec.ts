import { en } from '../../lib/i18n/locales/en';
import { fr } from '../../lib/i18n/locales/fr';

/** Every string of a locale tree, with its key. */
function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value as object, `${prefix}${key}.`),
  );
}

describe('the dashboard’s words', () => {
  it('in French, hold « : ; ? ! » to the word before by a no-break space, never a plain one or none', () => {
    const wrong = strings(fr.dashboard).filter(([, value]) => /(^|[^\u00a0\u202f])[:;?!](\s|$)/u.test(value));
    expect(wrong).toEqual([]);
  });

  it('say "Chiffres du 6 déc." (du, before a date), not "de"', () => {
    expect(fr.dashboard.updated).toMatch(/^Chiffres du \{\{time\}\}/u);
  });

  it('name the same things in both languages', () => {
    expect(strings(fr.dashboard).map(([key]) => key)).toEqual(strings(en.dashboard).map(([key]) => key));
  });
});

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

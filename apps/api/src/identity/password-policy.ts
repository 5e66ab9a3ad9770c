import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { BadInputError } from '../common/errors/lifeboat-error';

/**
 * The one password policy (NIST SP 800-63B, §3.1.1.2): every path that sets a password goes through
 * `assertAcceptablePassword`. Length counts Unicode code points (an emoji is one character); there
 * are no composition rules (no "one digit, one symbol"); instead a password is refused when it is
 * found in lists of common passwords, is repetitive or sequential, or contains words specific to
 * the person or to this service. Each refusal says why, so a person can pick another.
 *
 * The demo users' password `lifeboat` does not pass this policy: they are seeded directly by the
 * demo scenario (apps/api/src/demo), never through here, and production refuses to start with them.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password is refused; the web app translates these. */
export type PasswordRule =
  | 'too_short'
  | 'too_long'
  | 'contains_email'
  | 'contains_name'
  | 'contains_service'
  | 'contains_rival'
  | 'common'
  | 'repetitive'
  | 'sequence'
  | 'keyboard_pattern'
  | 'guessable';

export interface PasswordVerdict {
  rule: PasswordRule;
  /** For a person, in English: completes "This password cannot be used: …". */
  reason: string;
}

/** What the password must not contain: the person's own words, and this service's. */
export interface PasswordContext {
  email: string;
  name: string;
  /** Names of rivals and campaigns, the words an attacker aiming at this company tries first. */
  rivalNames?: readonly string[];
}

/** zxcvbn scores 0..4; 3 means about 10^8 guesses or more ("safely unguessable" online, and slow to crack offline with argon2id). */
const MIN_SCORE = 3;
/** Shorter context words (e.g. an email local part "mo") are left out: too many good passwords contain them by chance. */
const MIN_TERM_LENGTH = 4;
const SERVICE_WORDS = ['lifeboat'];

const REASONS: Record<PasswordRule, string> = {
  too_short: `it must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  too_long: `it must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  contains_email: 'it contains your email address',
  contains_name: 'it contains your name',
  contains_service: 'it contains the name of this service (Lifeboat)',
  contains_rival: 'it contains the name of a rival or a campaign',
  common: 'this password is in lists of common passwords',
  repetitive: 'it repeats the same characters or words (like "aaaa" or "abcabc")',
  sequence: 'it is a sequence of characters (like "abcd" or "1234")',
  keyboard_pattern: 'it is a pattern of neighbouring keys (like "qwerty" or "azerty")',
  guessable: 'it is made of common words, names, dates or numbers that are easy to guess: make it longer with words that have nothing to do with each other',
};

function verdict(rule: PasswordRule): PasswordVerdict {
  return { rule, reason: REASONS[rule] };
}

/** Letters and digits only, lower case, without accents: "Chloé.Martin" and "chloemartin" compare alike. */
function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const L33T: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/**
 * The ways a password may hide a context word: as typed, with l33t substitutions undone ("1" read
 * as "i" and as "l"), and reversed — each folded.
 */
function readings(password: string): string[] {
  const plain = password.toLowerCase();
  const unl33t = (one: string) => [...plain].map((c) => (c === '1' ? one : (L33T[c] ?? c))).join('');
  const forward = [plain, unl33t('i'), unl33t('l')].map(fold);
  return [...forward, ...forward.map((f) => [...f].reverse().join(''))];
}

function codePoints(value: string): number {
  return Array.from(value).length;
}

type TermKind = 'contains_email' | 'contains_name' | 'contains_service' | 'contains_rival';

function contextTerms(context: PasswordContext): Array<{ term: string; kind: TermKind }> {
  const email = context.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const terms: Array<{ term: string; kind: TermKind }> = [
    { term: email, kind: 'contains_email' },
    { term: local, kind: 'contains_email' },
    { term: context.name, kind: 'contains_name' },
    ...context.name.split(/[\s'’-]+/).map((term) => ({ term, kind: 'contains_name' as const })),
    // The parts of a local part like "chloe.martin" or "jean-luc_dupont" (after the name's, which they often are).
    ...local.split(/[._+-]/).map((term) => ({ term, kind: 'contains_email' as const })),
    ...SERVICE_WORDS.map((term) => ({ term, kind: 'contains_service' as const })),
    ...(context.rivalNames ?? []).map((term) => ({ term, kind: 'contains_rival' as const })),
  ];
  return terms.filter((t) => codePoints(fold(t.term)) >= MIN_TERM_LENGTH);
}

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn-ts with its common-password list and English and French dictionaries (about 10 MB of
 * JavaScript): loaded on the first password check, not when the api starts, and never by the web app.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      // The first 100 characters are judged (a check of 256 takes seconds); the rest only adds strength.
      maxLength: 100,
    });
  })().catch((error: unknown) => {
    estimator = undefined;
    throw error;
  });
  return estimator;
}

/** The rule a weak password breaks, read from the longest pattern zxcvbn found in it. */
function ruleOf(result: ZxcvbnResult, terms: Array<{ term: string; kind: TermKind }>): PasswordRule {
  const matches = result.sequence.filter((m) => m.pattern !== 'bruteforce' && m.pattern !== 'separator');
  const longest = [...matches].sort((a, b) => b.j - b.i - (a.j - a.i))[0];
  if (!longest) return 'guessable';
  switch (longest.pattern) {
    case 'dictionary': {
      const dictionary = String(longest['dictionaryName'] ?? '');
      if (dictionary === 'userInputs') {
        const word = fold(String(longest['matchedWord'] ?? ''));
        return terms.find((t) => fold(t.term) === word)?.kind ?? 'contains_name';
      }
      return dictionary.startsWith('passwords') ? 'common' : 'guessable';
    }
    case 'repeat':
      return 'repetitive';
    case 'sequence':
      return 'sequence';
    case 'spatial':
      return 'keyboard_pattern';
    default:
      return 'guessable';
  }
}

/** Null when the password may be used; otherwise the first rule it breaks. */
export async function checkPassword(password: string, context: PasswordContext): Promise<PasswordVerdict | null> {
  const length = codePoints(password);
  if (length < PASSWORD_MIN_LENGTH) return verdict('too_short');
  if (length > PASSWORD_MAX_LENGTH) return verdict('too_long');
  const terms = contextTerms(context);
  const ways = readings(password);
  const contained = terms.find((t) => ways.some((w) => w.includes(fold(t.term))));
  if (contained) return verdict(contained.kind);
  const zxcvbn = await loadEstimator();
  // The context words again, for the variants zxcvbn finds beyond those above.
  const result = zxcvbn.check(password, terms.map((t) => t.term.toLowerCase()));
  return result.score >= MIN_SCORE ? null : verdict(ruleOf(result, terms));
}

/** Refuses a password that breaks the policy: BAD_USER_INPUT on `field`, with the reason and the rule. */
export async function assertAcceptablePassword(password: string, context: PasswordContext, field = 'input.password'): Promise<void> {
  const refused = await checkPassword(password, context);
  if (refused) throw new BadInputError(`This password cannot be used: ${refused.reason}.`, [{ field, reason: refused.reason, rule: refused.rule }]);
}

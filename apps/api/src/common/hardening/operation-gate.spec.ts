import { dateTimeProblem } from '../graphql/date-window';
import { parseIsoDateTime } from '../graphql/scalars';
import { sourceRefusal, textProblem, variablesRefusal } from './operation-gate';

/** The gate's rules as pure functions, at their edges (the HTTP specs send them through the app). */
describe('the operation gate’s rules', () => {
  const NOW = new Date('2026-06-15T12:00:00Z');
  const date = (iso: string) => parseIsoDateTime(iso);

  it.each([
    ['1990-01-01T00:00:00Z', false, null],
    ['1989-12-31T23:59:59.999Z', false, 'must be between 1990-01-01 and 2100-01-01'],
    ['2099-12-31T23:59:59Z', false, null],
    ['2100-01-01T00:00:00Z', false, 'must be between 1990-01-01 and 2100-01-01'],
    ['0001-01-01T00:00:00Z', false, 'must be between 1990-01-01 and 2100-01-01'],
    ['2001-01-01', false, null],
    // Future-facing: a year of tolerance, counted from now.
    ['2025-06-15T12:00:00Z', true, null],
    ['2025-06-15T11:59:59Z', true, 'must not be more than a year in the past (not before 2025-06-15)'],
    ['2001-01-01', true, 'must not be more than a year in the past (not before 2025-06-15)'],
    ['0001-01-01T00:00:00Z', true, 'must be between 1990-01-01 and 2100-01-01'],
    ['2099-12-31', true, null],
    ['2024-02-30', false, 'must be an ISO 8601 date-time, e.g. 2024-03-12T09:30:00Z or 2024-03-12'],
  ])('%s (future-facing: %s) → %s', (iso, planning, expected) => {
    expect(dateTimeProblem(date(iso), planning, NOW)).toBe(expected);
  });

  it.each([
    ['plain', 'Acme SA', null],
    ['tab, line feed, carriage return', 'a\tb\nc\r\nd', null],
    ['an emoji (a surrogate pair) and accents', 'Été 😀', null],
    ['NUL', 'a\u0000b', 'control'],
    ['U+001F', '\u001f', 'control'],
    ['vertical tab', 'a\u000bb', 'control'],
    ['a lone high surrogate at the end', 'abc\ud83d', 'unicode'],
    ['a lone low surrogate at the start', '\ude00abc', 'unicode'],
    ['two high surrogates', '\ud83d\ud83d\ude00', 'unicode'],
  ])('text with %s', (_name, value, kind) => {
    const problem = textProblem(value);
    if (kind === null) expect(problem).toBeNull();
    else expect(problem).toMatch(kind === 'control' ? /control characters/ : /valid Unicode/);
  });

  it('counts tokens and nesting without parsing (comments are not tokens)', () => {
    const limits = { maxTokens: 10, maxNesting: 3 };
    expect(sourceRefusal('{ a { b { c } } }', limits)).toBeNull();
    expect(sourceRefusal('{ a { b { c { d } } } }', limits)?.message).toBe('Syntax Error: brackets nested more than 3 levels deep.');
    expect(sourceRefusal('{ a b c d e f g h i j }', limits)?.message).toBe('Syntax Error: Token limit of 10 exceeded.');
    expect(sourceRefusal('# a comment\n# another one\n{ a }', limits)).toBeNull();
    // A lexical error is left to the parser, which reports it where it is.
    expect(sourceRefusal('{ a(b: "unterminated) }', limits)).toBeNull();
    expect(sourceRefusal('{ a(b: "[[[[[[") }', limits)).toBeNull();
  });

  it('measures the variables’ depth without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(variablesRefusal({ v: deep }, 64)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    let edge: unknown = 'x';
    for (let i = 0; i < 63; i++) edge = { a: edge };
    // The variables object is level 0: objects 64 levels under it pass, 65 do not.
    expect(variablesRefusal({ v: { a: edge } }, 64)).toBeNull();
    expect(variablesRefusal({ v: { a: { a: edge } } }, 64)).not.toBeNull();
    expect(variablesRefusal(undefined, 64)).toBeNull();
  });
});

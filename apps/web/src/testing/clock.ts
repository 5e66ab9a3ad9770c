/**
 * Freezes `Date` at `at` for every test of the calling file, and only `Date`: timers, microtasks and
 * `performance` stay real, so Apollo's links, Mantine's transitions and Testing Library's `waitFor`
 * behave as usual. Countdowns ("overdue by 2 h 1 min", "may go dark in 11 d 5 h") then read the same
 * however long a busy CI machine takes between building the fixtures and asserting on them.
 */
export function freezeDateAt(at: Date): void {
  beforeEach(() => {
    jest.useFakeTimers({
      now: at,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
  });
  afterEach(() => jest.useRealTimers());
}

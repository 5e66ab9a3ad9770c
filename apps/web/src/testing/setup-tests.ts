import '@testing-library/jest-dom';
import { notifications } from '@mantine/notifications';
import { configure } from '@testing-library/react';

// A route's first render loads its lazy chunk and Mantine's styles: give it time on a busy machine.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

// What Mantine needs from a browser and jsdom lacks.
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {
    return undefined;
  }
  unobserve() {
    return undefined;
  }
  disconnect() {
    return undefined;
  }
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView = () => undefined;

beforeEach(() => localStorage.clear());
// Mantine's notifications live in a module-wide store: one test's toasts must not show in the next.
afterEach(() => notifications.clean());

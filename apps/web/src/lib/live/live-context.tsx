import { createContext, useContext, type ReactNode } from 'react';

/**
 * Whether the Apollo client above has a live (graphql-ws) transport. The app's has; the route
 * tests' mocked client has none, so the screens there neither subscribe nor wait for events.
 */
const LiveContext = createContext(false);

export function LiveProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  return <LiveContext.Provider value={enabled}>{children}</LiveContext.Provider>;
}

export function useLiveEnabled(): boolean {
  return useContext(LiveContext);
}

import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { OpportunityChangedDocument } from '../../gql/graphql';
import { createCache } from '../apollo/create-apollo-client';
import { reconnectDelayMs, liveUrl } from './live-client';
import { LiveProvider } from './live-context';
import { LIVE_DEBOUNCE_MS, useOpportunityChanges, type OpportunityChange } from './use-live';

function change(campaignId: string, accountId: string, event = 'opportunity.moved'): { request: MockLink.MockedResponse['request']; result: { data: { opportunityChanged: OpportunityChange } } } {
  return {
    request: { query: OpportunityChangedDocument, variables: { campaignId } },
    result: {
      data: {
        opportunityChanged: {
          __typename: 'OpportunityChange',
          event,
          opportunityId: 'opp-1',
          accountId,
          campaignId,
          stage: 'contacted',
          previousStage: 'identified',
          at: '2026-12-06T08:00:00.000Z',
        },
      },
    },
  };
}

function wrapper(mocks: ReadonlyArray<MockLink.MockedResponse>, live: boolean) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={createCache()}>
      <LiveProvider enabled={live}>{children}</LiveProvider>
    </MockedProvider>
  );
}

describe('useOpportunityChanges', () => {
  it('reads again once after a change in a followed campaign', async () => {
    const refresh = jest.fn();
    renderHook(() => useOpportunityChanges(['campaign-1'], refresh), { wrapper: wrapper([change('campaign-1', 'acc-1')], true) });
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
  });

  it('follows each campaign it is given, and answers a burst with one read', async () => {
    const refresh = jest.fn();
    renderHook(() => useOpportunityChanges(['campaign-1', 'campaign-2'], refresh), {
      wrapper: wrapper([change('campaign-1', 'acc-1'), change('campaign-2', 'acc-2')], true),
    });
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, LIVE_DEBOUNCE_MS * 2));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('ignores changes the screen is not about', async () => {
    const refresh = jest.fn();
    const concerns = jest.fn((c: OpportunityChange) => c.accountId === 'acc-mine');
    renderHook(() => useOpportunityChanges(['campaign-1'], refresh, concerns), { wrapper: wrapper([change('campaign-1', 'acc-other')], true) });
    await waitFor(() => expect(concerns).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, LIVE_DEBOUNCE_MS * 2));
    expect(refresh).not.toHaveBeenCalled();
  });

  it('does not subscribe without a live connection', async () => {
    const refresh = jest.fn();
    const concerns = jest.fn(() => true);
    renderHook(() => useOpportunityChanges(['campaign-1'], refresh, concerns), { wrapper: wrapper([change('campaign-1', 'acc-1')], false) });
    await new Promise((r) => setTimeout(r, LIVE_DEBOUNCE_MS * 2));
    expect(concerns).not.toHaveBeenCalled();
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('the live connection', () => {
  it('waits longer after each failed attempt, with jitter, never more than 30 s', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(500);
    expect(reconnectDelayMs(0, () => 1)).toBe(1_000);
    expect(reconnectDelayMs(3, () => 0)).toBe(4_000);
    expect(reconnectDelayMs(3, () => 1)).toBe(8_000);
    expect(reconnectDelayMs(20, () => 1)).toBe(30_000);
    expect(reconnectDelayMs(20, () => 0)).toBe(15_000);
  });

  it('talks to /graphql on the page’s own host, wss: behind https:', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'crm.example.com' })).toBe('wss://crm.example.com/graphql');
  });
});

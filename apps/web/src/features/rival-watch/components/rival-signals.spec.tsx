import { fireEvent, screen, within } from '@testing-library/react';
import { AddRivalFeedDocument, ConfirmSuggestedEventDocument, RivalSignalsDocument, RivalWatchDocument } from '../../../gql/graphql';
import { campaignsMock, KPNQWEST_CAMPAIGN } from '../../../testing/fixtures';
import { ALICE, MANON, renderRoute } from '../../../testing/render-route';

const RIVAL = { health: 'insolvent' as const, shutdownExpectedAt: null, version: 4 };

const watchMocks = [
  {
    request: { query: RivalWatchDocument, variables: { id: 'rival-kpn' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: { data: { node: { __typename: 'Rival' as const, id: 'rival-kpn', name: 'KPNQwest', country: 'NL', services: ['vpn' as const], distressEvents: [], ...RIVAL } } },
  },
  { ...campaignsMock(), result: () => campaignsMock([{ ...KPNQWEST_CAMPAIGN, rival: { ...KPNQWEST_CAMPAIGN.rival, ...RIVAL } }]).result },
];

const feed = (over: Record<string, unknown>) => ({
  __typename: 'RivalFeed' as const,
  id: 'feed-1',
  kind: 'statuspage' as const,
  name: 'KPNQwest status',
  url: 'https://status.kpnqwest.example',
  signalPath: null,
  active: true,
  autoRecord: false,
  autoRecordMinSeverity: null,
  pollIntervalSeconds: 300,
  lastPolledAt: '2026-11-23T08:55:00Z',
  lastSuccessAt: '2026-11-23T08:55:00Z',
  lastError: null,
  lastErrorAt: null,
  consecutiveFailures: 0,
  failing: false,
  nextPollAt: '2026-11-23T09:00:00Z',
  version: 1,
  ...over,
});

const suggestion = (status: 'pending' | 'confirmed') => ({
  __typename: 'SuggestedDistressEvent' as const,
  id: 'sug-1',
  kind: 'outage' as const,
  severity: 4,
  title: 'Pan-European VPN backbone down',
  summary: 'We are investigating.',
  sourceUrl: 'https://stspg.io/kpnq1',
  publishedAt: '2026-11-22T22:00:00Z',
  createdAt: '2026-11-22T22:05:00Z',
  status,
  feedName: 'KPNQwest status',
  feedKind: 'statuspage' as const,
  decidedBy: status === 'confirmed' ? 'Manon' : null,
  incident: { __typename: 'StatuspageIncident' as const, incidentId: 'inc-1', impact: 'critical', startedAt: '2026-11-22T22:00:00Z', resolvedAt: null, components: ['VPN', 'IP transit'] },
});

function signalsMock(state: () => 'pending' | 'confirmed') {
  return {
    request: { query: RivalSignalsDocument, variables: { id: 'rival-kpn' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: () => ({
      data: {
        node: {
          __typename: 'Rival' as const,
          id: 'rival-kpn',
          feeds: [
            feed({}),
            feed({
              id: 'feed-2',
              kind: 'rss',
              name: 'Telecom news',
              url: 'https://news.example/feed.rss',
              failing: true,
              consecutiveFailures: 3,
              lastError: 'HTTP 302: redirects are not followed; give the final URL.',
              lastErrorAt: '2026-11-23T08:55:00Z',
            }),
          ],
          suggestedEvents: [suggestion(state())],
        },
      },
    }),
  };
}

describe('the rival page’s signals: suggested events and feeds (issue #22)', () => {
  it('a manager sees a failing feed’s error plainly, and confirms a suggestion in one click', async () => {
    let state: 'pending' | 'confirmed' = 'pending';
    const confirm = {
      request: { query: ConfirmSuggestedEventDocument, variables: { input: { id: 'sug-1' } } },
      result: () => {
        state = 'confirmed';
        return {
          data: {
            confirmSuggestedEvent: {
              __typename: 'ConfirmSuggestedEventPayload' as const,
              suggestion: { __typename: 'SuggestedDistressEvent' as const, id: 'sug-1', status: 'confirmed' as const },
              distressEvent: { __typename: 'DistressEvent' as const, id: 'ev-9' },
            },
          },
        };
      },
    };
    renderRoute('/rivals/rival-kpn', { signedInAs: MANON, withCampaigns: false, mocks: [...watchMocks, signalsMock(() => state), confirm] });
    const suggestions = await screen.findByRole('region', { name: 'Suggested events' }, { timeout: 5000 });
    expect(suggestions).toHaveTextContent('Outage');
    expect(suggestions).toHaveTextContent('Severity 4 / 5');
    expect(suggestions).toHaveTextContent('Pan-European VPN backbone down');
    expect(suggestions).toHaveTextContent('from KPNQwest status');
    expect(suggestions).toHaveTextContent('Incident still open · VPN, IP transit');
    expect(within(suggestions).getByRole('link', { name: /Source: stspg\.io/ })).toHaveAttribute('href', 'https://stspg.io/kpnq1');

    const feeds = screen.getByRole('region', { name: 'Feeds' });
    const [good, bad] = within(feeds).getAllByTestId('feed');
    expect(good).toHaveTextContent('Working');
    expect(bad).toHaveAttribute('data-failing', 'true');
    expect(within(bad).getByRole('status')).toHaveTextContent('The last 3 checks failed');
    expect(within(bad).getByRole('status')).toHaveTextContent('HTTP 302: redirects are not followed; give the final URL.');

    fireEvent.click(within(suggestions).getByRole('button', { name: 'Confirm “Pan-European VPN backbone down” as a distress event' }));
    expect(await within(suggestions).findByText('Confirmed', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(suggestions).queryByRole('button', { name: /Confirm/ })).not.toBeInTheDocument();
  }, 20_000);

  it('adding a webhook feed shows its secret once; a polled feed needs an http(s) address', async () => {
    const add = {
      request: { query: AddRivalFeedDocument, variables: { input: { rivalId: 'rival-kpn', kind: 'webhook', name: 'Press watch', autoRecord: false } } },
      result: {
        data: {
          addRivalFeed: {
            __typename: 'AddRivalFeedPayload' as const,
            secret: 'sigsec_abc',
            feed: { __typename: 'RivalFeed' as const, id: 'feed-3', signalPath: '/signals/feed-3' },
          },
        },
      },
    };
    renderRoute('/rivals/rival-kpn', { signedInAs: MANON, withCampaigns: false, mocks: [...watchMocks, signalsMock(() => 'pending'), add] });
    const form = await screen.findByRole('form', { name: 'Add a feed' }, { timeout: 5000 });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: 'Press watch' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Status page address/ }), { target: { value: 'ftp://status.example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the feed' }));
    expect(await within(form).findByText('Give an http or https address.')).toBeInTheDocument();
    fireEvent.change(within(form).getByRole('combobox', { name: 'Kind' }), { target: { value: 'webhook' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the feed' }));
    expect(await screen.findByText('The webhook’s secret, shown only now', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/sigsec_abc/)).toHaveTextContent('POST /signals/feed-3');
  }, 20_000);

  it('a rep reads the suggestions and feeds but cannot act; French labels', async () => {
    renderRoute('/rivals/rival-kpn', { signedInAs: ALICE, language: 'fr', withCampaigns: false, mocks: [...watchMocks, signalsMock(() => 'pending')] });
    const suggestions = await screen.findByRole('region', { name: 'Événements suggérés' }, { timeout: 5000 });
    expect(suggestions).toHaveTextContent('À examiner');
    expect(within(suggestions).queryByRole('button')).not.toBeInTheDocument();
    const feeds = screen.getByRole('region', { name: 'Flux' });
    expect(feeds).toHaveTextContent('Les 3 dernières vérifications ont échoué');
    expect(within(feeds).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ajouter un flux' })).not.toBeInTheDocument();
  }, 20_000);
});

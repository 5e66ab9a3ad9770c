import { fireEvent, screen } from '@testing-library/react';
import { AcceptProposalDocument, ProposalByTokenDocument, type OfferDetailFragment } from '../../../gql/graphql';
import { renderRoute } from '../../../testing/render-route';

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

const OFFER: OfferDetailFragment = {
  __typename: 'ProposalOffer',
  reference: 'AB12CD34',
  status: 'sent',
  customerName: 'Euronext',
  providerName: 'Lifeboat Networks',
  currency: 'EUR',
  discountPercent: 5,
  termMonths: 12,
  plannedCutoverAt: '2026-12-01T09:00:00Z',
  sentAt: '2026-11-23T10:00:00Z',
  validUntil: '2026-11-30T10:00:00Z',
  acceptedAt: null,
  timeZone: 'Europe/Paris',
  outageEvidence: null,
  lines: [
    { __typename: 'ProposalLine', serviceKind: 'vpn', description: 'Pan-European VPN', quantity: 10, monthlyUnitPrice: eur(100_000), oneTimeFee: eur(50_000), monthlyAmount: eur(1_000_000) },
  ],
  switchCredit: { __typename: 'SwitchCredit', amount: eur(600_000), prepaidMonthsRemaining: 1 },
  totals: {
    __typename: 'ProposalTotals',
    monthlySubtotal: eur(1_000_000),
    monthlyDiscount: eur(50_000),
    monthlyTotal: eur(950_000),
    oneTimeTotal: eur(50_000),
    switchCredit: eur(600_000),
    totalOverTerm: eur(10_850_000),
  },
};

const byToken = (result: object) => ({ request: { query: ProposalByTokenDocument, variables: { token: 'tok-123' } }, result });
const SIGNER = { token: 'tok-123', signerName: 'Jeanne Dubois', signerTitle: 'DSI', signerEmail: 'jeanne@euronext.example', consent: true };

describe('/accept/:token (the customer’s acceptance page)', () => {
  it('shows the offer without sign-in, and thanks the signer once accepted', async () => {
    renderRoute('/accept/tok-123', {
      withCampaigns: false,
      mocks: [
        byToken({ data: { proposalByToken: OFFER } }),
        {
          request: { query: AcceptProposalDocument, variables: { input: SIGNER } },
          result: { data: { acceptProposal: { __typename: 'AcceptProposalPayload', offer: { ...OFFER, status: 'accepted', acceptedAt: '2026-11-24T08:30:00Z' } } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Our offer for Euronext' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Services' })).toHaveTextContent('Pan-European VPN');
    expect(screen.getByRole('row', { name: /Total over 12 months/ })).toHaveTextContent('€108,500.00');
    expect(screen.getByRole('row', { name: /Switch credit/ })).toHaveTextContent('− €6,000.00');
    expect(screen.getByText(/This offer may be accepted until 30 Nov/)).toBeInTheDocument();
    const accept = screen.getByRole('button', { name: 'Accept the offer' });
    fireEvent.change(screen.getByLabelText(/Your full name/), { target: { value: 'Jeanne Dubois' } });
    fireEvent.change(screen.getByLabelText(/Your job title/), { target: { value: 'DSI' } });
    fireEvent.change(screen.getByLabelText(/Your email/), { target: { value: 'jeanne@euronext.example' } });
    expect(accept).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: /I accept this offer/ }));
    fireEvent.click(accept);
    expect(await screen.findByRole('heading', { name: 'Thank you, Jeanne Dubois' })).toBeInTheDocument();
    expect(screen.getByText(/Euronext accepted offer AB12CD34 on 24 Nov/)).toBeInTheDocument();
  });

  it('says plainly when the link has expired', async () => {
    renderRoute('/accept/tok-123', {
      withCampaigns: false,
      mocks: [byToken({ errors: [{ message: 'This offer has expired.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'expired' }] } }] })],
    });
    expect(await screen.findByRole('heading', { name: 'This offer has expired' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept the offer' })).not.toBeInTheDocument();
  });

  it('says plainly when the link is forged, used or replaced', async () => {
    renderRoute('/accept/tok-123', {
      withCampaigns: false,
      mocks: [byToken({ errors: [{ message: 'Proposal was not found.', extensions: { code: 'NOT_FOUND' } }] })],
    });
    expect(await screen.findByRole('heading', { name: 'This link is not valid' })).toBeInTheDocument();
  });

  it('speaks French when the customer switches to it', async () => {
    renderRoute('/accept/tok-123', { withCampaigns: false, mocks: [byToken({ data: { proposalByToken: OFFER } })] });
    await screen.findByRole('heading', { level: 1, name: 'Our offer for Euronext' });
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Notre offre pour Euronext' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Total sur 12 mois/ })).toHaveTextContent(/108\s500,00\s€/u);
    expect(screen.getByRole('button', { name: 'Accepter l’offre' })).toBeDisabled();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows the outage evidence the rep attached, after the offer, and none when nothing was attached', async () => {
    const evidence: NonNullable<OfferDetailFragment['outageEvidence']> = {
      __typename: 'OfferOutageEvidence',
      providerName: 'KPNQwest',
      services: ['vpn'],
      claimedAvailabilityPercent: 99.9,
      timeZone: 'Europe/Paris',
      weights: { __typename: 'OutageImpactWeights', major: 1, partial: 0.5, degraded: 0 },
      months: [
        {
          __typename: 'MonthAvailability',
          month: '2026-10',
          minutes: 44_640,
          elapsedMinutes: 44_640,
          weightedDowntimeMinutes: 300,
          availabilityPercent: 99.33,
          allowedDowntimeMinutes: 44.64,
          shortfallMinutes: 255.36,
        },
      ],
      outages: [
        {
          __typename: 'OfferOutage',
          startedAt: '2026-10-12T08:00:00Z',
          endedAt: '2026-10-12T13:00:00Z',
          impact: 'major',
          services: ['vpn'],
          summary: 'Core routers down in Amsterdam',
          sourceUrl: 'https://status.kpnqwest.example/incidents/42',
        },
      ],
    };
    renderRoute('/accept/tok-123', { withCampaigns: false, mocks: [byToken({ data: { proposalByToken: { ...OFFER, outageEvidence: evidence } } })] });
    const sheet = await screen.findByTestId('offer-evidence');
    expect(sheet).toHaveTextContent('Core routers down in Amsterdam');
    expect(sheet).toHaveTextContent(/KPNQwest/);
    expect(screen.getByRole('heading', { level: 2, name: /KPNQwest/ })).toBeInTheDocument();
  });

  it('shows no evidence section when the rep attached none', async () => {
    renderRoute('/accept/tok-123', { withCampaigns: false, mocks: [byToken({ data: { proposalByToken: OFFER } })] });
    await screen.findByRole('heading', { level: 1, name: 'Our offer for Euronext' });
    expect(screen.queryByTestId('offer-evidence')).toBeNull();
  });
});

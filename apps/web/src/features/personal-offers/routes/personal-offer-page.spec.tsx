import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AcceptPersonalOfferDocument, PersonalOfferByTokenDocument, type PersonalOfferFieldsFragment } from '../../../gql/graphql';
import { renderRoute } from '../../../testing/render-route';

const eur = (amount: number) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
const week = (weekStart: string, cutoverAt: string, credit: number) => ({
  __typename: 'CutoverWeekOption' as const,
  weekStart,
  cutoverAt,
  switchCredit: { __typename: 'SwitchCredit' as const, amount: eur(credit), prepaidMonthsRemaining: 1 },
  totals: { __typename: 'ProposalTotals' as const, monthlyTotal: eur(11_050), totalOverTerm: eur(11_050 * 12 - credit) },
});
const W1 = week('2026-12-06T23:00:00.000Z', '2026-12-11T16:00:00.000Z', 13_000);
const W2 = week('2026-12-13T23:00:00.000Z', '2026-12-18T16:00:00.000Z', 10_000);
const W3 = week('2026-12-20T23:00:00.000Z', '2026-12-25T16:00:00.000Z', 7_000);

const OFFER: PersonalOfferFieldsFragment = {
  __typename: 'PersonalOffer',
  status: 'open',
  customerName: 'Boulangerie Dupont',
  currency: 'EUR',
  termMonths: 12,
  discountPercent: 15,
  expiresAt: '2026-12-14T10:00:00.000Z',
  timeZone: 'Europe/Paris',
  shutdownAt: '2026-12-27T09:00:00.000Z',
  cutoverAt: null,
  monthlyTotal: eur(11_050),
  lines: [
    { __typename: 'ProposalLine', serviceKind: 'web_hosting', description: null, quantity: 2, monthlyUnitPrice: eur(1_500), monthlyAmount: eur(3_000), oneTimeFee: eur(0) },
    { __typename: 'ProposalLine', serviceKind: 'vpn', description: null, quantity: 1, monthlyUnitPrice: eur(10_000), monthlyAmount: eur(10_000), oneTimeFee: eur(0) },
  ],
  weeks: [W1, W2, W3],
  acceptedTotals: null,
};

const byToken = (result: object) => ({ request: { query: PersonalOfferByTokenDocument, variables: { token: 'tok-1' } }, result });
const SIGNER = { token: 'tok-1', signerName: 'Julie Martin', signerTitle: 'Gérante', signerEmail: 'julie@example.test', consent: true };

const weekRadios = () => within(screen.getByRole('radiogroup', { name: /Cutover week/ })).getAllByRole('radio');

function sign() {
  fireEvent.change(screen.getByLabelText(/Your full name/), { target: { value: SIGNER.signerName } });
  fireEvent.change(screen.getByLabelText(/Your job title/), { target: { value: SIGNER.signerTitle } });
  fireEvent.change(screen.getByLabelText(/Your email/), { target: { value: SIGNER.signerEmail } });
  fireEvent.click(screen.getByRole('checkbox', { name: /I accept this offer/ }));
}

describe('/offer/:token (a customer’s personal offer)', () => {
  beforeEach(() => {
    // A phone: 390 px wide.
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 390 });
  });

  it('shows the lines, the discount and the weeks with capacity (each with its credit), and accepts with the week picked', async () => {
    renderRoute('/offer/tok-1', {
      withCampaigns: false,
      mocks: [
        byToken({ data: { personalOfferByToken: OFFER } }),
        {
          request: { query: AcceptPersonalOfferDocument, variables: { input: { ...SIGNER, cutoverWeekStart: W2.weekStart } } },
          result: {
            data: {
              acceptPersonalOffer: {
                __typename: 'AcceptPersonalOfferPayload',
                offer: { ...OFFER, status: 'accepted', weeks: [], cutoverAt: W2.cutoverAt, acceptedTotals: { ...W2.totals, switchCredit: eur(10_000) } },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your offer, Boulangerie Dupont' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Services' })).toHaveTextContent('VPN');
    expect(screen.getByText('€110.50 a month, 15% off')).toBeInTheDocument();
    expect(weekRadios()).toHaveLength(3);
    expect(screen.getByText(/Switch credit €130.00/)).toBeInTheDocument();
    const accept = screen.getByRole('button', { name: 'Accept the offer' });
    sign();
    expect(accept).toBeDisabled();
    fireEvent.click(screen.getByRole('radio', { name: /18 Dec/ }));
    fireEvent.click(accept);
    expect(await screen.findByRole('heading', { name: 'Thank you, Julie Martin' })).toBeInTheDocument();
    expect(screen.getByText(/Boulangerie Dupont accepted the offer. Your cutover is planned for 18 Dec/)).toBeInTheDocument();
  });

  it('when the week picked has just filled, says so and offers the weeks still open', async () => {
    renderRoute('/offer/tok-1', {
      withCampaigns: false,
      mocks: [
        byToken({ data: { personalOfferByToken: OFFER } }),
        {
          request: { query: AcceptPersonalOfferDocument, variables: { input: { ...SIGNER, cutoverWeekStart: W1.weekStart } } },
          result: {
            errors: [{ message: 'The week of 2026-12-06 has just filled up: pick another week.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.cutoverWeekStart', reason: 'full' }] } }],
          },
        },
        byToken({ data: { personalOfferByToken: { ...OFFER, weeks: [W2, W3] } } }),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Your offer, Boulangerie Dupont' });
    sign();
    fireEvent.click(screen.getByRole('radio', { name: /11 Dec/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept the offer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That week has just filled up');
    await waitFor(() => expect(weekRadios()).toHaveLength(2));
    expect(screen.queryByRole('radio', { name: /11 Dec/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Accept the offer' })).toBeDisabled();
  });

  it('says plainly when the link was already used, or has expired', async () => {
    const used = renderRoute('/offer/tok-1', {
      withCampaigns: false,
      mocks: [byToken({ errors: [{ message: 'Already accepted.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'used' }] } }] })],
    });
    expect(await screen.findByRole('heading', { name: 'This offer was already accepted' })).toBeInTheDocument();
    used.unmount();
    renderRoute('/offer/tok-1', {
      withCampaigns: false,
      mocks: [byToken({ errors: [{ message: 'Expired.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'expired' }] } }] })],
    });
    expect(await screen.findByRole('heading', { name: 'This offer has expired' })).toBeInTheDocument();
  });

  it('speaks French when the customer switches to it', async () => {
    renderRoute('/offer/tok-1', { withCampaigns: false, mocks: [byToken({ data: { personalOfferByToken: OFFER } })] });
    await screen.findByRole('heading', { level: 1, name: 'Your offer, Boulangerie Dupont' });
    fireEvent.click(screen.getByRole('radio', { name: 'FR' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Votre offre, Boulangerie Dupont' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Accepter l’offre' })).toBeDisabled();
    expect(screen.getByText('Semaine de bascule')).toBeInTheDocument();
  });
});

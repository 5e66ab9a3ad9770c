import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Session } from '../lib/auth/session';
import { createI18n, type Language } from '../lib/i18n/i18n';
import { ALICE, AppProviders } from '../testing/render-route';
import { LogActivityForm, fromLocalInput, type ActivityDraft, type QuickLogDeal } from './log-activity-form';

// Friday 27 March 2026, 22:00 in New York = Saturday 03:00 in Paris (New York is on summer time, Paris not yet).
const FRIDAY_NIGHT = new Date('2026-03-28T02:00:00Z');

/** The form with its deal given later, as the dialog reads it after opening. */
function LateDeal({ control, now }: { control: { setDeal?: (d: QuickLogDeal) => void }; now: () => Date }) {
  const [deal, setDeal] = useState<QuickLogDeal | null>(null);
  control.setDeal = setDeal;
  return <LogActivityForm onSubmit={async () => true} submitting={false} deal={deal} timeZone="Europe/Paris" now={now} />;
}

function renderForm(opts: { timeZone: string; deal?: QuickLogDeal | null; language?: Language; late?: { setDeal?: (d: QuickLogDeal) => void } }) {
  const submitted: ActivityDraft[] = [];
  const session = new Session('/graphql', () => Promise.reject(new Error('no network in tests')));
  session.start(ALICE);
  const router = createMemoryRouter([
    {
      path: '/',
      element: opts.late ? (
        <LateDeal control={opts.late} now={() => FRIDAY_NIGHT} />
      ) : (
        <LogActivityForm
          onSubmit={async (draft) => {
            submitted.push(draft);
            return true;
          }}
          submitting={false}
          deal={opts.deal ?? null}
          timeZone={opts.timeZone}
          now={() => FRIDAY_NIGHT}
        />
      ),
    },
  ]);
  render(
    <MockedProvider mocks={[]}>
      <AppProviders i18n={createI18n(opts.language ?? 'en')} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return submitted;
}

describe('the quick log form', () => {
  it('computes the date shortcuts in the rep’s zone: +2 business days from a Friday evening in New York is Tuesday', () => {
    renderForm({ timeZone: 'America/New_York' });
    const date = screen.getByLabelText('Next step on');
    fireEvent.click(screen.getByRole('button', { name: '+2 business days' }));
    expect(date).toHaveValue('2026-03-31T09:00');
    fireEvent.click(screen.getByRole('button', { name: 'Tomorrow' }));
    expect(date).toHaveValue('2026-03-28T09:00');
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(date).toHaveValue('2026-03-30T09:00');
  });

  it('counts from the rep’s own day: the same instant is already Saturday in Paris, so +2 business days is Wednesday (in French)', () => {
    renderForm({ timeZone: 'Europe/Paris', language: 'fr' });
    fireEvent.click(screen.getByRole('button', { name: '+2 jours ouvrés' }));
    expect(screen.getByLabelText('Prochaine étape le')).toHaveValue('2026-04-01T09:00');
  });

  it('bounds the date: a six-digit year is refused with a message, and nothing is sent', () => {
    const submitted = renderForm({ timeZone: 'Europe/Paris' });
    const date = screen.getByLabelText('Next step on');
    expect(date).toHaveAttribute('max', '2099-12-31T23:59');
    fireEvent.change(screen.getByLabelText(/What happened/), { target: { value: 'Spoke to the CIO' } });
    fireEvent.change(date, { target: { value: '202626-03-30T09:00' } });
    expect(screen.getByText(/^Pick a date between/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log it' })).toBeDisabled();
    fireEvent.submit(screen.getByRole('button', { name: 'Log it' }).closest('form') as HTMLFormElement);
    expect(submitted).toEqual([]);
    expect(fromLocalInput('202626-03-30T09:00', 'Europe/Paris')).toBeNull();
  });

  it('proposes the move a reached call calls for, and none for a call that reached nobody', async () => {
    const submitted = renderForm({ timeZone: 'Europe/Paris', deal: { stage: 'identified', liveProposalId: null } });
    fireEvent.click(screen.getByText('No answer'));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Next step')).toHaveValue('Call again');
    fireEvent.click(screen.getByText('Reached – not now'));
    expect(screen.getByRole('checkbox', { name: 'Also move the deal: Identified → Contacted' })).toBeChecked();
    // Not an offer: a plain log, which carries the move.
    expect(screen.queryByRole('button', { name: 'Log and draft the proposal' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await screen.findByRole('button', { name: 'Log it' });
    expect(submitted).toEqual([expect.objectContaining({ outcomeCode: 'reached_not_now', body: 'Reached – not now', moveTo: 'contacted', after: 'none', nextStep: 'Call back', nextStepAt: '2026-03-30T07:00:00.000Z' })]);
    // The outcome's suggestions followed the last pick (the rep had written neither).
  });

  it('opens the proposal already in play instead of drafting another one', () => {
    renderForm({ timeZone: 'Europe/Paris', deal: { stage: 'contacted', liveProposalId: 'prop-1' } });
    fireEvent.click(screen.getByText('Reached – wants an offer'));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log and open the proposal' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log and draft the proposal' })).not.toBeInTheDocument();
  });

  it('proposes the move when the deal is read only after the outcome was picked', () => {
    const late: { setDeal?: (d: QuickLogDeal) => void } = {};
    renderForm({ timeZone: 'Europe/Paris', late });
    fireEvent.click(screen.getByText('Reached – wants an offer'));
    act(() => late.setDeal?.({ stage: 'identified', liveProposalId: null }));
    expect(screen.getByRole('checkbox', { name: 'Also move the deal: Identified → Contacted' })).toBeChecked();
  });
});

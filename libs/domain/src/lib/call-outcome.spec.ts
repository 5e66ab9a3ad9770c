import { nextStepDate, suggestForOutcome } from './call-outcome';

describe('suggestForOutcome', () => {
  it('a reached customer makes an identified deal contacted; wanting an offer also drafts one', () => {
    expect(suggestForOutcome('reached_not_now', 'identified')).toEqual({ moveTo: 'contacted', draftProposal: false });
    expect(suggestForOutcome('reached_wants_offer', 'identified')).toEqual({ moveTo: 'contacted', draftProposal: true });
    expect(suggestForOutcome('reached_wants_offer', 'contacted')).toEqual({ moveTo: null, draftProposal: true });
  });

  it('a call that reached nobody, or a deal past contacted or closed, moves nothing', () => {
    for (const outcome of ['no_answer', 'voicemail', 'wrong_contact'] as const) {
      expect(suggestForOutcome(outcome, 'identified')).toEqual({ moveTo: null, draftProposal: false });
    }
    expect(suggestForOutcome('reached_wants_offer', 'proposal_sent')).toEqual({ moveTo: null, draftProposal: false });
    expect(suggestForOutcome('reached_wants_offer', 'won')).toEqual({ moveTo: null, draftProposal: false });
  });
});

describe('nextStepDate', () => {
  const paris = 'Europe/Paris';
  // Friday 2026-03-27 16:30 Paris (15:30Z, winter time; summer time begins Sunday 29th).
  const friday = new Date('2026-03-27T15:30:00Z');

  it('tomorrow is the next calendar day at 09:00 local', () => {
    expect(nextStepDate('tomorrow', friday, paris).toISOString()).toBe('2026-03-28T08:00:00.000Z');
  });

  it('+2 business days skips the weekend, at 09:00 local across the clock change', () => {
    expect(nextStepDate('two_business_days', friday, paris).toISOString()).toBe('2026-03-31T07:00:00.000Z');
  });

  it('next week is the coming Monday at 09:00 local', () => {
    expect(nextStepDate('next_week', friday, paris).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('counts in the zone given: late Friday evening in New York is already Saturday in Paris', () => {
    const fridayNight = new Date('2026-03-28T02:00:00Z'); // Friday 22:00 in New York, Saturday 03:00 in Paris
    expect(nextStepDate('two_business_days', fridayNight, 'America/New_York').toISOString()).toBe('2026-03-31T13:00:00.000Z');
    expect(nextStepDate('two_business_days', fridayNight, paris).toISOString()).toBe('2026-04-01T07:00:00.000Z');
  });
});

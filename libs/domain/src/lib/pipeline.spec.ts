import { DomainRuleError } from './domain-error';
import {
  assertTransition,
  checkTransition,
  defaultProbability,
  isOpenStage,
  manualTransitions,
  nextStage,
  type TransitionRequest,
} from './pipeline';
import { STAGES, type Stage } from './vocabulary';

const move = (from: Stage, to: Stage, extra: Partial<TransitionRequest> = {}) =>
  checkTransition({ from, to, actorRole: 'rep', ...extra });

const refusal = (request: ReturnType<typeof checkTransition>) => {
  if (request.ok) throw new Error('expected the move to be refused');
  return request.error;
};

describe('Alice works Euronext forward through the one-week cycle', () => {
  it('moves one stage at a time: identified → contacted → proposal_sent → negotiating', () => {
    expect(move('identified', 'contacted')).toEqual({ ok: true });
    expect(move('contacted', 'proposal_sent')).toEqual({ ok: true });
    expect(move('proposal_sent', 'negotiating')).toEqual({ ok: true });
  });

  it('cannot skip a stage, and is told which one she skipped', () => {
    const error = refusal(move('contacted', 'negotiating'));
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(error.message).toBe('A deal moves forward one stage at a time: contacted → negotiating skips proposal_sent.');
    expect(refusal(move('identified', 'negotiating')).message).toContain('skips contacted, proposal_sent');
  });

  it('sends a revised offer: negotiating → proposal_sent', () => {
    expect(move('negotiating', 'proposal_sent')).toEqual({ ok: true });
  });

  it('cannot move back otherwise', () => {
    const error = refusal(move('proposal_sent', 'contacted'));
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(error.message).toContain('does not move back');
  });

  it('cannot move to the stage the deal is already in', () => {
    expect(refusal(move('contacted', 'contacted')).message).toBe('The deal is already in stage contacted.');
  });
});

describe('Euronext accepts the proposal: the deal is won only through the acceptance', () => {
  it('proposal_sent → won and negotiating → won are allowed via the acceptance', () => {
    expect(move('proposal_sent', 'won', { viaProposalAcceptance: true })).toEqual({ ok: true });
    expect(move('negotiating', 'won', { viaProposalAcceptance: true })).toEqual({ ok: true });
  });

  it('moving to won by hand is refused with the reason, even for an admin', () => {
    const error = refusal(move('negotiating', 'won', { actorRole: 'admin' }));
    expect(error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(error.message).toContain('only when the customer accepts a proposal');
  });

  it('a deal that never had a proposal cannot be won, even through an acceptance', () => {
    expect(refusal(move('contacted', 'won', { viaProposalAcceptance: true })).message).toBe(
      'A deal is won when the customer accepts a proposal: contacted → won skips proposal_sent.',
    );
    expect(refusal(move('identified', 'won', { viaProposalAcceptance: true })).message).toContain('skips contacted, proposal_sent');
  });

  it('won is final', () => {
    for (const to of STAGES.filter((s) => s !== 'won')) {
      expect(refusal(move('won', to, { actorRole: 'admin' })).message).toContain('A won deal is final');
    }
  });
});

describe('Opodo chooses a competitor: the deal is lost, with a reason, and a manager may reopen it', () => {
  it('any open stage → lost needs a lost reason', () => {
    const error = refusal(move('negotiating', 'lost'));
    expect(error.code).toBe('LOST_REASON_REQUIRED');
    expect(error.field).toBe('lostReason');
    expect(refusal(move('identified', 'lost', { lostReason: null })).code).toBe('LOST_REASON_REQUIRED');
    for (const from of ['identified', 'contacted', 'proposal_sent', 'negotiating'] as const) {
      expect(move(from, 'lost', { lostReason: 'chose_competitor' })).toEqual({ ok: true });
    }
  });

  it('an unknown lost reason is an invalid argument', () => {
    const error = refusal(move('contacted', 'lost', { lostReason: 'bored' as never }));
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'lostReason' });
  });

  it('Alice, a rep, cannot reopen it; Manon, a manager, and the admin can', () => {
    const error = refusal(move('lost', 'identified'));
    expect(error.code).toBe('NOT_PERMITTED');
    expect(error.message).toBe('Only a manager or an admin can reopen a lost deal.');
    expect(move('lost', 'identified', { actorRole: 'manager' })).toEqual({ ok: true });
    expect(move('lost', 'identified', { actorRole: 'admin' })).toEqual({ ok: true });
  });

  it('a lost deal reopens to identified only', () => {
    expect(refusal(move('lost', 'contacted', { actorRole: 'manager' })).code).toBe('TRANSITION_NOT_ALLOWED');
  });
});

describe('assertTransition throws the refusal', () => {
  it('throws a DomainRuleError with the code, and returns quietly when allowed', () => {
    expect(() => assertTransition({ from: 'contacted', to: 'negotiating', actorRole: 'rep' })).toThrow(DomainRuleError);
    expect(() => assertTransition({ from: 'contacted', to: 'lost', actorRole: 'rep' })).toThrow(
      expect.objectContaining({ code: 'LOST_REASON_REQUIRED' }),
    );
    expect(() => assertTransition({ from: 'contacted', to: 'proposal_sent', actorRole: 'rep' })).not.toThrow();
  });
});

describe('stage facts', () => {
  it('default probabilities are 10, 25, 50, 70, 100, 0 %', () => {
    expect(STAGES.map(defaultProbability)).toEqual([10, 25, 50, 70, 100, 0]);
  });

  it('open stages and the next stage', () => {
    expect(STAGES.filter(isOpenStage)).toEqual(['identified', 'contacted', 'proposal_sent', 'negotiating']);
    expect(STAGES.map(nextStage)).toEqual(['contacted', 'proposal_sent', 'negotiating', 'won', null, null]);
  });

  it('manualTransitions lists the moves a person may make by hand', () => {
    expect(manualTransitions('contacted', 'rep')).toEqual(['proposal_sent', 'lost']);
    expect(manualTransitions('negotiating', 'rep')).toEqual(['proposal_sent', 'lost']);
    expect(manualTransitions('lost', 'rep')).toEqual([]);
    expect(manualTransitions('lost', 'manager')).toEqual(['identified']);
    expect(manualTransitions('won', 'admin')).toEqual([]);
  });
});

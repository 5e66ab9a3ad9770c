import { DomainRuleError } from './domain-error';
import { isLostReason, OPEN_STAGES, type LostReason, type OpenStage, type Role, type Stage } from './vocabulary';

/**
 * The pipeline (DESIGN.md §4):
 *
 *   identified → contacted → proposal_sent → negotiating → won | lost
 *
 * | from            | to             | allowed when                                            |
 * |-----------------|----------------|---------------------------------------------------------|
 * | an open stage   | the next one   | always (forward one step at a time)                     |
 * | proposal_sent   | won            | only through a proposal's acceptance                    |
 * | negotiating     | won            | only through a proposal's acceptance                    |
 * | negotiating     | proposal_sent  | always (a revised offer is sent)                        |
 * | any open stage  | lost           | a lost reason is given                                  |
 * | lost            | identified     | the actor is a manager or an admin (reopen)             |
 * | won             | anything       | never: won is final                                     |
 * | a stage         | the same stage | never                                                   |
 * | anything else   |                | never (no skipping, no moving back)                     |
 */

const FORWARD: readonly Stage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'won'];

const DEFAULT_PROBABILITY: Record<Stage, number> = {
  identified: 10,
  contacted: 25,
  proposal_sent: 50,
  negotiating: 70,
  won: 100,
  lost: 0,
};

/** The stage's default win probability, in percent (10, 25, 50, 70, 100, 0). */
export function defaultProbability(stage: Stage): number {
  return DEFAULT_PROBABILITY[stage];
}

/** True for identified, contacted, proposal_sent and negotiating. */
export function isOpenStage(stage: Stage): stage is OpenStage {
  return (OPEN_STAGES as readonly Stage[]).includes(stage);
}

/**
 * The next stage along identified → contacted → proposal_sent → negotiating → won; null for
 * won and lost. Note that negotiating → won still needs a proposal's acceptance.
 */
export function nextStage(stage: Stage): Stage | null {
  const index = FORWARD.indexOf(stage);
  return index >= 0 && index < FORWARD.length - 1 ? FORWARD[index + 1] : null;
}

export interface TransitionRequest {
  from: Stage;
  to: Stage;
  actorRole: Role;
  /** Required when `to` is lost. */
  lostReason?: LostReason | null;
  /** True only when the move is caused by the customer accepting a proposal. */
  viaProposalAcceptance?: boolean;
}

export type TransitionCheck = { ok: true } | { ok: false; error: DomainRuleError };

const refuse = (code: DomainRuleError['code'], message: string, field?: string): TransitionCheck => ({
  ok: false,
  error: new DomainRuleError(code, message, field),
});

/** Whether a deal may move `from` → `to`, and if not, why (in words a rep understands). */
export function checkTransition(request: TransitionRequest): TransitionCheck {
  const { from, to, actorRole, lostReason, viaProposalAcceptance } = request;

  if (from === to) {
    return refuse('TRANSITION_NOT_ALLOWED', `The deal is already in stage ${from}.`, 'stage');
  }
  if (from === 'won') {
    return refuse('TRANSITION_NOT_ALLOWED', `A won deal is final: it cannot move to ${to}.`, 'stage');
  }
  if (from === 'lost') {
    if (to !== 'identified') {
      return refuse('TRANSITION_NOT_ALLOWED', `A lost deal can only be reopened, to identified; not moved to ${to}.`, 'stage');
    }
    if (actorRole !== 'manager' && actorRole !== 'admin') {
      return refuse('NOT_PERMITTED', 'Only a manager or an admin can reopen a lost deal.');
    }
    return { ok: true };
  }
  if (to === 'lost') {
    if (lostReason === undefined || lostReason === null) {
      return refuse('LOST_REASON_REQUIRED', 'Say why the deal is lost: a lost reason is required.', 'lostReason');
    }
    if (!isLostReason(lostReason)) {
      return refuse('INVALID_ARGUMENT', `"${String(lostReason)}" is not a lost reason.`, 'lostReason');
    }
    return { ok: true };
  }
  if (to === 'won') {
    if (from !== 'proposal_sent' && from !== 'negotiating') {
      return refuse(
        'TRANSITION_NOT_ALLOWED',
        `A deal is won when the customer accepts a proposal: ${from} → won skips ${skipped(from, 'proposal_sent').concat('proposal_sent').join(', ')}.`,
        'stage',
      );
    }
    if (!viaProposalAcceptance) {
      return refuse(
        'TRANSITION_NOT_ALLOWED',
        'A deal is won only when the customer accepts a proposal through its acceptance link; it cannot be moved to won by hand.',
        'stage',
      );
    }
    return { ok: true };
  }
  if (from === 'negotiating' && to === 'proposal_sent') return { ok: true };

  const fromIndex = FORWARD.indexOf(from);
  const toIndex = FORWARD.indexOf(to);
  if (toIndex === fromIndex + 1) return { ok: true };
  if (toIndex > fromIndex) {
    return refuse(
      'TRANSITION_NOT_ALLOWED',
      `A deal moves forward one stage at a time: ${from} → ${to} skips ${skipped(from, to).join(', ')}.`,
      'stage',
    );
  }
  return refuse(
    'TRANSITION_NOT_ALLOWED',
    `A deal does not move back: ${from} → ${to} is not allowed. Mark it lost, and a manager can reopen it.`,
    'stage',
  );
}

/** Like `checkTransition`, but throws the `DomainRuleError` when the move is refused. */
export function assertTransition(request: TransitionRequest): void {
  const check = checkTransition(request);
  if (!check.ok) throw check.error;
}

/** Stages strictly between `from` and `to` on the forward path. */
function skipped(from: Stage, to: Stage): Stage[] {
  return FORWARD.slice(FORWARD.indexOf(from) + 1, FORWARD.indexOf(to));
}

/**
 * The stages `actorRole` may move a deal to by hand from `from` (acceptance-only moves to won
 * excluded; lost included, it needs a reason). In pipeline order, lost last.
 */
export function manualTransitions(from: Stage, actorRole: Role): Stage[] {
  const targets: Stage[] = ['identified', 'contacted', 'proposal_sent', 'negotiating', 'lost'];
  return targets.filter(
    (to) => checkTransition({ from, to, actorRole, lostReason: to === 'lost' ? 'other' : undefined }).ok,
  );
}

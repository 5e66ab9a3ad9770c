import type { ActivityKind, CallOutcome, LostReason, Role, Segment, ServiceKind, Stage } from '@lifeboat/domain';

/**
 * The shapes the demo scenario is written in. Times are relative to the load's `now`:
 * a `When` is a local wall-clock time (campaign time zone) on the n-th business day before today,
 * so that which deals are overdue and which are due soon does not depend on the weekday.
 */
export interface When {
  /** Business days before today (1 = the previous business day). */
  bd: number;
  h: number;
  m?: number;
}

export const when = (bd: number, h: number, m = 0): When => ({ bd, h, m });

export type DemoUserKey = 'admin' | 'manon' | 'alice' | 'bruno' | 'marc' | 'chloe';

export interface DemoUser {
  key: DemoUserKey;
  email: string;
  name: string;
  role: Role;
  locale: 'en' | 'fr';
  /** The campaign team the user is in, with the team role. */
  team: { campaign: 'kpnqwest' | 'amen'; role: 'manager' | 'rep' } | null;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'admin', email: 'admin@lifeboat.demo', name: 'Ada Admin', role: 'admin', locale: 'en', team: null },
  { key: 'manon', email: 'manon@lifeboat.demo', name: 'Manon Lefèvre', role: 'manager', locale: 'en', team: { campaign: 'kpnqwest', role: 'manager' } },
  { key: 'alice', email: 'alice@lifeboat.demo', name: 'Alice Martin', role: 'rep', locale: 'en', team: { campaign: 'kpnqwest', role: 'rep' } },
  { key: 'bruno', email: 'bruno@lifeboat.demo', name: 'Bruno Garnier', role: 'rep', locale: 'en', team: { campaign: 'kpnqwest', role: 'rep' } },
  { key: 'marc', email: 'marc@lifeboat.demo', name: 'Marc Dubois', role: 'manager', locale: 'fr', team: { campaign: 'amen', role: 'manager' } },
  { key: 'chloe', email: 'chloe@lifeboat.demo', name: 'Chloé Bernard', role: 'rep', locale: 'fr', team: { campaign: 'amen', role: 'rep' } },
];

/** The password of every demo user (DESIGN.md §8). */
export const DEMO_PASSWORD = 'lifeboat';

export interface DemoContact {
  name: string;
  title: string;
  email: string;
  phone: string | null;
  decisionMaker: boolean;
}

export interface DemoActivity {
  kind: Extract<ActivityKind, 'call' | 'email' | 'meeting' | 'note'>;
  at: When;
  by: DemoUserKey;
  body: string;
  /** How the call went, as a rep picks it (worded in the reader's language). */
  outcomeCode?: CallOutcome;
  /** Next step, in calendar days after the activity. */
  nextStepInDays?: number;
}

export interface DemoStep {
  stage: Stage;
  at: When;
}

export interface DemoDeal {
  /** The stages the deal went through, the first being its creation (identified). */
  history: DemoStep[];
  discountPercent: number;
  termMonths: number;
  /** One-time value in minor units. */
  oneTimeValue: number;
  lostReason?: LostReason;
  lostToBidder?: string;
  note?: string;
}

export interface DemoAccount {
  name: string;
  segment: Segment;
  countries: string[];
  /** Minor units (EUR cents) a month with the rival. */
  monthlySpend: number;
  hasBackupProvider: boolean;
  rivalIsPrincipalOperator: boolean;
  owner: DemoUserKey | null;
  externalRef: string;
  competingBidders: string[];
  /** Calendar days from now; null when unknown. */
  contractEndsInDays: number | null;
  /** Calendar days from now the customer has prepaid the rival; null when billed monthly. */
  prepaidForDays: number | null;
  /** Who imported the account (it is created when its deal is). */
  importedBy: DemoUserKey;
  services: { kind: ServiceKind; quantity: number; monthlyCost: number }[];
  contacts: DemoContact[];
  deal: DemoDeal;
  /** Calls, emails, meetings and notes besides those that come with the stage changes. */
  activities: DemoActivity[];
}

/** The texts of the activities that come with each stage change, in the campaign's language. */
export interface DemoPhrasebook {
  firstCall(contact: DemoContact, account: DemoAccount): string;
  proposalSent(contact: DemoContact, account: DemoAccount): string;
  negotiating(contact: DemoContact, account: DemoAccount): string;
  signed(contact: DemoContact, account: DemoAccount): string;
  lost(account: DemoAccount): string;
  stageChange(from: Stage, to: Stage): string;
}

import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ActivityKind, CallOutcome, LostReason, Segment, Stage } from '@lifeboat/domain';
import { ConnectionType, PageInfo } from '../common/graphql/connection';
import { ActivityKindEnum, CallOutcomeEnum, LostReasonEnum, StageEnum } from '../common/graphql/domain-enums';
import { Money } from '../common/graphql/money';
import { Node } from '../common/graphql/node.model';
import { AccountModel, UrgencyFactorModel } from '../accounts/account.model';

@ObjectType('Opportunity', { implements: () => [Node], description: 'The deal for one account in one campaign (at most one open at a time).' })
export class OpportunityModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  accountDbId!: string;
  campaignDbId!: string;

  @Field(() => StageEnum, { description: 'Where the deal stands.' })
  stage!: Stage;

  @Field(() => GraphQLISODateTime, { description: 'When it entered its stage.' })
  stageEnteredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it must move on (capped at the signing deadline); null once won or lost.' })
  dueAt!: Date | null;

  @Field({ description: 'Whether it is past its due time.' })
  overdue!: boolean;

  @Field(() => Money, { description: 'Monthly value of the contract.' })
  monthlyValue!: Money;

  @Field(() => Money, { description: 'One-time fees of the contract.' })
  oneTimeValue!: Money;

  @Field(() => Int, { description: 'Contract term, in months.' })
  termMonths!: number;

  @Field(() => Int, { description: 'Win probability in percent: set by a person, or the stage’s default.' })
  probability!: number;

  @Field({ description: 'Whether `probability` is the stage’s default (not set by a person).' })
  probabilityIsDefault!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the rep expects to close it.' })
  expectedCloseAt!: Date | null;

  @Field(() => LostReasonEnum, { nullable: true, description: 'Why it was lost.' })
  lostReason!: LostReason | null;

  @Field(() => String, { nullable: true, description: 'The bidder it was lost to, if any.' })
  lostToBidder!: string | null;

  @Field(() => String, { nullable: true, description: 'A free note about the deal.' })
  note!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the account was first contacted.' })
  firstContactAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was won or lost.' })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was opened.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

@ObjectType('ActivitySystemEvent', {
  description:
    'The facts of a system activity (stage_change, proposal_sent, signed) as codes and numbers, to word in the reader’s language; each field is null where it does not apply to the kind.',
})
export class ActivitySystemEventModel {
  @Field(() => StageEnum, { nullable: true, description: 'stage_change: the stage the deal left.' })
  from!: Stage | null;

  @Field(() => StageEnum, { nullable: true, description: 'stage_change: the stage the deal entered.' })
  to!: Stage | null;

  @Field(() => LostReasonEnum, { nullable: true, description: 'stage_change to lost: why it was lost.' })
  lostReason!: LostReason | null;

  @Field(() => String, { nullable: true, description: 'stage_change: the note the mover wrote, as written.' })
  note!: string | null;

  @Field(() => Money, { nullable: true, description: 'proposal_sent, signed: the offer’s monthly total.' })
  monthlyTotal!: Money | null;

  @Field(() => Int, { nullable: true, description: 'proposal_sent, signed: the contract term, in months.' })
  termMonths!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'proposal_sent: until when the customer may accept the offer.' })
  validUntil!: Date | null;

  @Field(() => String, { nullable: true, description: 'signed: who accepted the proposal.' })
  signerName!: string | null;

  @Field(() => String, { nullable: true, description: 'signed: the signer’s title.' })
  signerTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'proposal_sent by email from Lifeboat: the contact it was sent to (null when the link was copied).' })
  recipientName!: string | null;

  @Field(() => String, { nullable: true, description: 'proposal_sent by email from Lifeboat: the address it was sent to.' })
  recipientEmail!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'proposal_sent: true when a new link was sent for an offer already out (the previous link no longer opens).' })
  resent!: boolean | null;
}

@ObjectType('Activity', { implements: () => [Node], description: 'Something that happened with an account: a call, an email, a meeting, a note, or a system event.' })
export class ActivityModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  accountDbId!: string;
  opportunityDbId!: string | null;
  authorDbId!: string | null;

  @Field(() => ActivityKindEnum, { description: 'What kind.' })
  kind!: ActivityKind;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field({ description: 'Who logged it (a user’s name, an API key, Lifeboat).' })
  authorLabel!: string;

  @Field({ description: 'What was said or done.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'How it went, e.g. “interested, wants a proposal”.' })
  outcome!: string | null;

  @Field(() => CallOutcomeEnum, { nullable: true, description: 'How the call went, as the rep picked it (the free-text `outcome` may add to it); null when not given.' })
  outcomeCode!: CallOutcome | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next step is due.' })
  nextStepAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The next step in words, e.g. “send the offer”.' })
  nextStep!: string | null;

  @Field(() => ActivitySystemEventModel, {
    nullable: true,
    description: 'A system activity’s facts, to word in the reader’s language instead of `body` (which stays in English); null for logged activities and for system activities recorded before these were kept.',
  })
  systemEvent!: ActivitySystemEventModel | null;
}

export const QueueReasonEnum = { OVERDUE: 'OVERDUE', DUE_SOON: 'DUE_SOON', CLAIMABLE: 'CLAIMABLE', FOLLOW_UP: 'FOLLOW_UP' } as const;
export type QueueReason = keyof typeof QueueReasonEnum;
registerEnumType(QueueReasonEnum, {
  name: 'QueueReason',
  description: 'Why an item is in your queue.',
  valuesMap: {
    OVERDUE: { description: 'Your deal is past its due time.' },
    DUE_SOON: { description: 'Your deal is due within a day.' },
    CLAIMABLE: { description: 'Nobody owns this account yet: claim it.' },
    FOLLOW_UP: { description: 'Your deal is in play: keep it moving.' },
  },
});

@ObjectType('QueueDeadline', {
  description: 'A shutdown of the rival still ahead, as it bears on this deal: the last day to sign for the migration to fit, and the chances of making it.',
})
export class QueueDeadlineModel {
  @Field(() => ID, { nullable: true, description: 'The shutdown scenario; null when it is the rival’s expected shutdown date (no scenario ahead).' })
  scenarioId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the rival’s network goes dark in it.' })
  goesDarkAt!: Date;

  @Field(() => Float, { description: 'Its weight among the scenarios ahead, percent.' })
  weightPercent!: number;

  @Field(() => Int, { description: 'Calendar days the account’s segment needs to migrate (the campaign’s rules).' })
  migrationLeadDays!: number;

  @Field(() => GraphQLISODateTime, { description: 'The last moment to sign for the migration to fit before the network goes dark.' })
  signBy!: Date;

  @Field(() => Int, { description: 'Whole days left to sign (negative once past).' })
  daysToSign!: number;

  @Field(() => Float, { description: 'Chance, percent, that the deal is won by `signBy` if worked today.' })
  nowPercent!: number;

  @Field(() => Float, { description: 'The same chance if it waits a day.' })
  laterPercent!: number;
}

@ObjectType('QueuePriority', {
  description:
    'Why the queue puts an entry where it is (libs/domain `computeQueuePriority`): the monthly spend a day’s wait is expected to cost, won and migrated before the rival goes dark; then the spend expected in time; a bonus when overdue. Computed as of the read.',
})
export class QueuePriorityModel {
  @Field(() => Money, { description: 'The priority, in the campaign’s currency’s minor units: the queue’s order, highest first.' })
  value!: Money;

  @Field(() => Money, { description: 'The monthly spend expected to be lost if the deal waits a day.' })
  waitingCost!: Money;

  @Field(() => Money, { description: 'The monthly spend expected to be won and migrated in time if worked today.' })
  expectedInTime!: Money;

  @Field(() => Float, { description: 'The chance of that, percent, over the scenarios ahead (of winning at all when no date is ahead).' })
  inTimePercent!: number;

  @Field(() => Money, { description: 'What being overdue adds (0 when it is not).' })
  overdueBonus!: Money;

  @Field(() => [QueueDeadlineModel], { description: 'The shutdowns ahead, earliest first: when to sign for each (empty when no date is known).' })
  deadlines!: QueueDeadlineModel[];
}

/** What an entry's priority is computed from (not in the graph). */
export interface QueuePriorityInputs {
  campaignId: string;
  monthlySpend: number;
  segment: Segment;
  stage: Stage | null;
  dueAt: Date | null;
}

@ObjectType('QueueItem', { description: 'What to do next: an account, its deal, and why it is in your queue.' })
export class QueueItemModel {
  priorityInputs!: QueuePriorityInputs;

  @Field(() => QueueReasonEnum, { description: 'Why it is in your queue.' })
  reason!: QueueReason;

  @Field({
    description: 'The reason in English words, e.g. “Overdue by 2 hours: make the first contact.”',
    deprecationReason: 'English only: word `reason` with the deal’s stage and `dueAt` in the reader’s language instead. Kept for integrations and logs.',
  })
  reasonText!: string;

  @Field(() => AccountModel, { description: 'The account.' })
  account!: AccountModel;

  @Field(() => OpportunityModel, { nullable: true, description: 'Its open deal, if any.' })
  opportunity!: OpportunityModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the deal is due.' })
  dueAt!: Date | null;

  @Field(() => Int, { description: 'The account’s urgency, 0–100.' })
  urgency!: number;

  @Field(() => [UrgencyFactorModel], { description: 'Why it is that urgent.' })
  urgencyFactors!: UrgencyFactorModel[];
}

export const OpportunityConnection = ConnectionType(OpportunityModel, 'Opportunity');
/** How far the queue counts its entries: beyond, `totalCount` is this and `totalCountCapped` true. */
export const QUEUE_COUNT_CAP = 1_000;

@ObjectType('QueueItemEdge', { description: 'A QueueItem in a list, with its cursor.' })
export class QueueItemEdgeModel {
  @Field({ description: 'Opaque position of this item; pass it as `after` to continue.' })
  cursor!: string;

  @Field(() => QueueItemModel, { description: 'The QueueItem.' })
  node!: QueueItemModel;
}

@ObjectType('QueueItemConnection', { description: 'A page of your queue, in its order.' })
export class QueueItemConnection {
  @Field(() => [QueueItemEdgeModel], { description: 'The items of this page.' })
  edges!: QueueItemEdgeModel[];

  @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to get them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: `How many items your queue holds, counted up to ${QUEUE_COUNT_CAP.toLocaleString('en')}: when \`totalCountCapped\`, more than that.` })
  totalCount!: number;

  @Field({ description: `Whether the queue holds more than ${QUEUE_COUNT_CAP.toLocaleString('en')} items (show “${QUEUE_COUNT_CAP.toLocaleString('en')}+”).` })
  totalCountCapped!: boolean;
}

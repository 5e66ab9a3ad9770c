import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ActivityKind, CallOutcome, LostReason, Stage } from '@lifeboat/domain';
import { bigintAsNumber } from '../accounts/account.entity';

/** The deal for one account in one campaign (at most one open at a time). */
@Entity('opportunity')
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId!: string;
  @Column('text') stage!: Stage;
  @Column('timestamptz', { name: 'stage_entered_at' }) stageEnteredAt!: Date;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column('bigint', { name: 'monthly_value', transformer: bigintAsNumber }) monthlyValue!: number;
  @Column('bigint', { name: 'one_time_value', transformer: bigintAsNumber }) oneTimeValue!: number;
  @Column('int', { name: 'term_months' }) termMonths!: number;
  /** Set by a person; null means the stage's default probability. */
  @Column('smallint', { nullable: true }) probability!: number | null;
  @Column('timestamptz', { name: 'expected_close_at', nullable: true }) expectedCloseAt!: Date | null;
  @Column('text', { name: 'lost_reason', nullable: true }) lostReason!: LostReason | null;
  @Column('text', { name: 'lost_to_bidder', nullable: true }) lostToBidder!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz', { name: 'first_contact_at', nullable: true }) firstContactAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('int') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Every stage change, for cycle times and time in stage. */
@Entity('stage_transition')
export class StageTransitionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'opportunity_id' }) opportunityId!: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId!: string;
  @Column('text', { name: 'from_stage', nullable: true }) fromStage!: Stage | null;
  @Column('text', { name: 'to_stage' }) toStage!: Stage;
  @Column('timestamptz') at!: Date;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column('text', { name: 'actor_label' }) actorLabel!: string;
}

/**
 * The facts of a system activity as codes and numbers, for the web to word in the reader's
 * language (the English `body` stays for integrations). Money in minor units; instants in ISO 8601.
 */
export interface StageChangeDetails {
  from: Stage;
  to: Stage;
  lostReason?: LostReason | null;
  note?: string | null;
}
export interface ProposalSentDetails {
  monthlyTotal: number;
  currency: string;
  termMonths: number;
  /** Null when unknown (the demo's proposals). */
  validUntil: string | null;
  /** Sent by email from Lifeboat: to whom, in which language; absent when the rep copied the link. */
  recipientName?: string;
  recipientEmail?: string;
  language?: 'en' | 'fr';
  /** A new link sent for an offer already out (the previous link no longer opens). */
  resent?: boolean;
}
export interface SignedDetails {
  signerName: string;
  signerTitle: string | null;
  monthlyTotal: number;
  currency: string;
  termMonths: number;
}
export type ActivityDetails = StageChangeDetails | ProposalSentDetails | SignedDetails;

@Entity('activity')
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('uuid', { name: 'opportunity_id', nullable: true }) opportunityId!: string | null;
  @Column('text') kind!: ActivityKind;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('uuid', { name: 'author_user_id', nullable: true }) authorUserId!: string | null;
  @Column('text', { name: 'author_label' }) authorLabel!: string;
  @Column('text') body!: string;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('timestamptz', { name: 'next_step_at', nullable: true }) nextStepAt!: Date | null;
  /** How a logged call went, as picked with one click (CALL_OUTCOMES); null when not given. */
  @Column('text', { name: 'outcome_code', nullable: true }) outcomeCode!: CallOutcome | null;
  /** The next step in words ("send the offer"), beside its date. */
  @Column('text', { name: 'next_step', nullable: true }) nextStep!: string | null;
  @Column('jsonb') metadata!: Record<string, unknown>;
  /** A system activity's facts (see ActivityDetails); null for logged activities and rows written before it existed. */
  @Column('jsonb', { nullable: true }) details!: ActivityDetails | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

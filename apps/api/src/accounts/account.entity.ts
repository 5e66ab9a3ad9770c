import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Segment, ServiceKind, UrgencyFactorParams } from '@lifeboat/domain';
import type { WordedUrgencyFactor } from '../urgency/urgency-english';

/** A factor as stored in `account.urgency_factors`: rows computed before factors had parameters have none. */
export type StoredUrgencyFactor = Omit<WordedUrgencyFactor, 'params'> & { params?: UrgencyFactorParams };

/** bigint columns come back from pg as strings; money fits well within Number.MAX_SAFE_INTEGER. */
export const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'campaign_id' }) campaignId!: string;
  @Column('text') name!: string;
  /** Lower case, accents and punctuation removed: what an import deduplicates on with the country. */
  @Column('text', { name: 'normalized_name' }) normalizedName!: string;
  @Column('text') segment!: Segment;
  @Column('char', { length: 2, array: true }) countries!: string[];
  @Column('bigint', { name: 'monthly_spend', transformer: bigintAsNumber }) monthlySpend!: number;
  @Column('timestamptz', { name: 'contract_ends_at', nullable: true }) contractEndsAt!: Date | null;
  @Column('timestamptz', { name: 'prepaid_until', nullable: true }) prepaidUntil!: Date | null;
  @Column('boolean', { name: 'has_backup_provider' }) hasBackupProvider!: boolean;
  @Column('boolean', { name: 'rival_is_principal_operator' }) rivalIsPrincipalOperator!: boolean;
  @Column('uuid', { name: 'owner_id', nullable: true }) ownerId!: string | null;
  @Column('text', { name: 'external_ref', nullable: true }) externalRef!: string | null;
  @Column('text', { name: 'competing_bidders', array: true }) competingBidders!: string[];
  @Column('smallint') urgency!: number;
  @Column('jsonb', { name: 'urgency_factors' }) urgencyFactors!: StoredUrgencyFactor[];
  @Column('timestamptz', { name: 'urgency_computed_at', nullable: true }) urgencyComputedAt!: Date | null;
  /** The work queue's order, highest first: what working it today rather than tomorrow is worth (libs/domain `computeQueuePriority`), minor units. */
  @Column('bigint', { name: 'queue_priority', transformer: bigintAsNumber }) queuePriority!: number;
  @Column('timestamptz', { name: 'last_contact_at', nullable: true }) lastContactAt!: Date | null;
  /** Where it came from (lead_source); null: written before sources were recorded. */
  @Column('uuid', { name: 'source_id', nullable: true }) sourceId!: string | null;
  @Column('int') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** What the account buys from the rival. */
@Entity('rival_service')
export class RivalServiceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('text') kind!: ServiceKind;
  @Column('int') quantity!: number;
  @Column('bigint', { name: 'monthly_cost', transformer: bigintAsNumber }) monthlyCost!: number;
  @Column('int') position!: number;
}

@Entity('contact')
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('boolean', { name: 'decision_maker' }) decisionMaker!: boolean;
  /** Where they came from (lead_source); null: written before sources were recorded. */
  @Column('uuid', { name: 'source_id', nullable: true }) sourceId!: string | null;
  @Column('int') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

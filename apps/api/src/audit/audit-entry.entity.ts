import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A call made through an API key, as its audit entry records it (never the variables). */
export interface ApiKeyCallDetails {
  operationType: 'query' | 'mutation' | 'subscription' | 'unknown';
  operationName: string | null;
  /** The root fields it asked for, e.g. ["accounts"]. */
  rootFields: string[];
  /** `ok`, or `error` when the answer carried errors (refused, invalid, failed). */
  outcome: 'ok' | 'error';
  /** The errors' codes, e.g. ["FORBIDDEN"]; empty when it succeeded. */
  errorCodes: string[];
}

/** Who changed what, before and after, when. Written in the change's transaction; never edited. */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('timestamptz') at!: Date;
  @Column('text', { name: 'actor_type' }) actorType!: 'user' | 'api_key' | 'system' | 'customer';
  @Column('text', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'actor_label' }) actorLabel!: string;
  @Column('text') action!: string;
  @Column('text', { name: 'entity_type' }) entityType!: string;
  @Column('uuid', { name: 'entity_id' }) entityId!: string;
  @Column('uuid', { name: 'campaign_id', nullable: true }) campaignId!: string | null;
  @Column('jsonb') changes!: FieldChange[];
  /** What a call through an API key was (no change, so no before/after); null for a change. */
  @Column('jsonb', { nullable: true }) details!: ApiKeyCallDetails | null;
}

@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'campaign_id', nullable: true }) campaignId!: string | null;
  @Column('text') kind!: string;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('uuid', { name: 'entity_id', nullable: true }) entityId!: string | null;
  @Column('text', { name: 'dedupe_key', nullable: true }) dedupeKey!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CampaignSettingsOverrides } from '@lifeboat/domain';

@Entity('campaign')
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'rival_id' }) rivalId!: string;
  @Column('text') name!: string;
  @Column('text') status!: 'active' | 'closed' | 'archived';
  /** Overrides of DEFAULT_CAMPAIGN_SETTINGS; read through resolveCampaignSettings. */
  @Column('jsonb') settings!: CampaignSettingsOverrides;
  @Column('char', { length: 3 }) currency!: string;
  @Column('int') version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A user in a campaign's dedicated team. */
@Entity('campaign_member')
export class CampaignMemberEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' }) campaignId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @Column('text', { name: 'team_role' }) teamRole!: 'manager' | 'rep';
  @Column('timestamptz', { name: 'added_at' }) addedAt!: Date;
}

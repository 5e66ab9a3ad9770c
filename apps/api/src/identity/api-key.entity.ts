import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiKeyScope } from '../common/access/actor';

/** An integration's credential: `lbk_<prefix>_<secret>`; only the secret's hash is stored. */
@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'key_prefix' }) keyPrefix!: string;
  @Column('text', { name: 'secret_hash', select: false }) secretHash!: string;
  @Column('text', { array: true }) scopes!: ApiKeyScope[];
  @Column('uuid', { name: 'campaign_id', nullable: true }) campaignId!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('int') version!: number;
}

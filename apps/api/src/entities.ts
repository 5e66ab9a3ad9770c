import { AccountEntity, ContactEntity, RivalServiceEntity } from './accounts/account.entity';
import { AuditEntryEntity, NotificationEntity } from './audit/audit-entry.entity';
import { CampaignEntity, CampaignMemberEntity } from './campaigns/campaign.entity';
import { ApiKeyEntity } from './identity/api-key.entity';
import { AuthSessionEntity } from './identity/auth-session.entity';
import { UserEntity } from './identity/user.entity';
import { JobRunEntity } from './jobs/job-run.entity';
import { OutboxEventEntity } from './jobs/outbox-event.entity';
import { ActivityEntity, OpportunityEntity, StageTransitionEntity } from './pipeline/opportunity.entity';
import { DistressEventEntity } from './rivals/distress-event.entity';
import { RivalEntity } from './rivals/rival.entity';
import { OutageEntity } from './rivals/outages/outage.entity';

export const ENTITIES = [
  RivalEntity,
  DistressEventEntity,
  OutageEntity,
  OutboxEventEntity,
  JobRunEntity,
  UserEntity,
  AuthSessionEntity,
  ApiKeyEntity,
  CampaignEntity,
  CampaignMemberEntity,
  AccountEntity,
  RivalServiceEntity,
  ContactEntity,
  OpportunityEntity,
  StageTransitionEntity,
  ActivityEntity,
  AuditEntryEntity,
  NotificationEntity,
];

import { RivalsAndJobs1795400000000 } from './1795400000000-rivals-and-jobs';
import { IdentityCampaignsPipeline1795400100000 } from './1795400100000-identity-campaigns-pipeline';
import { ImportsWebhooks1795400600000 } from './1795400600000-imports-webhooks';
import { ContractsAndMigrations1795400270000 } from './1795400270000-contracts-and-migrations';
import { ActivityCampaignCoveringIndex1795401100000 } from './1795401100000-activity-campaign-covering-index';
import { AuditEntryDetails1795401300000 } from './1795401300000-audit-entry-details';
import { NotificationsAndSchedules1795401500000 } from './1795401500000-notifications-and-schedules';
import { SearchNames1795401350000 } from './1795401350000-search-names';
import { DistressEventImpact1795401900000 } from './1795401900000-distress-event-impact';
import { ReadPathCoveringIndexes1795401700000 } from './1795401700000-read-path-covering-indexes';
import { RefreshTokenReuse1795402100000 } from './1795402100000-refresh-token-reuse';
import { RivalSlaCampaignArchive1795402160000 } from './1795402160000-rival-sla-campaign-archive';
import { OpportunityChangedEvents1795402170000 } from './1795402170000-opportunity-changed-events';
import { ImportParts1795402180000 } from './1795402180000-import-parts';
import { BulkAssignment1795402190000 } from './1795402190000-bulk-assignment';
import { DropUnreadNamePrefixIndexes1795402200000 } from './1795402200000-drop-unread-name-prefix-indexes';
import { ActivityDetails1795402500000 } from './1795402500000-activity-details';
import { SearchWordsAsciiNames1795402600000 } from './1795402600000-search-words-ascii-names';
import { BatchOwnerAnnouncements1795402700000 } from './1795402700000-batch-owner-announcements';
import { AccountQueueKeys1795402800000 } from './1795402800000-account-queue-keys';
import { SearchWordsInlined1795402900000 } from './1795402900000-search-words-inlined';
import { OwnerQueueIndexCampaign1795403000000 } from './1795403000000-owner-queue-index-campaign';
import { ActivityNextStep1795410000001 } from './1795410000001-activity-next-step';
import { ImportErrorCodes1795440000001 } from './1795440000001-import-error-codes';
import { RivalFeeds1795450000000 } from './1795450000000-rival-feeds';

/** Every migration, in order. The same list runs on embedded PGlite and on a PostgreSQL server. */
export const MIGRATIONS = [RivalsAndJobs1795400000000, IdentityCampaignsPipeline1795400100000, ContractsAndMigrations1795400270000, ImportsWebhooks1795400600000, ActivityCampaignCoveringIndex1795401100000, AuditEntryDetails1795401300000, SearchNames1795401350000, NotificationsAndSchedules1795401500000, ReadPathCoveringIndexes1795401700000, DistressEventImpact1795401900000, RefreshTokenReuse1795402100000, RivalSlaCampaignArchive1795402160000, OpportunityChangedEvents1795402170000, ImportParts1795402180000, BulkAssignment1795402190000, DropUnreadNamePrefixIndexes1795402200000, ActivityDetails1795402500000, SearchWordsAsciiNames1795402600000, BatchOwnerAnnouncements1795402700000, AccountQueueKeys1795402800000, SearchWordsInlined1795402900000, OwnerQueueIndexCampaign1795403000000, ActivityNextStep1795410000001, ImportErrorCodes1795440000001, RivalFeeds1795450000000];

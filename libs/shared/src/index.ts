// What the api and the web app share: the domain's vocabulary and the GraphQL operations.
export {
  STAGES,
  OPEN_STAGES,
  ROLES,
  LOST_REASONS,
  SEGMENTS,
  RIVAL_HEALTHS,
  DISTRESS_KINDS,
  SERVICE_KINDS,
  ACTIVITY_KINDS,
  LOGGED_ACTIVITY_KINDS,
  PROPOSAL_STATUSES,
  MIGRATION_STATUSES,
  timeLeft,
  wholeDaysLeft,
} from '@lifeboat/domain';
export type { TimeLeft, Stage, Role, LostReason, Segment, RivalHealth, DistressKind, ServiceKind } from '@lifeboat/domain';
export * from './lib/import-fields';
export * from './lib/csv';
export * from './lib/error-codes';
export * from './lib/graphql/rivals.documents';
export * from './lib/graphql/live.documents';
export * from './lib/graphql/race-setup.documents';
export { ALL_DOCUMENTS } from './lib/graphql/documents';
export * from './lib/proposal-mail';

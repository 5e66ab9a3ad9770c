import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '../common/graphql/node.model';
import { enumFrom } from '../common/graphql/scalars';
import { DistributionStrategyEnum } from './dto/bulk-assignment.inputs';
import type { DistributionStrategy } from '@lifeboat/domain';
import type { BulkAssignmentStatus } from './bulk-assignment.repository';

export const BulkAssignmentStatusEnum = enumFrom(['queued', 'running', 'completed', 'failed'] as const);
registerEnumType(BulkAssignmentStatusEnum, { name: 'BulkAssignmentStatus', description: 'Where a hand-out is: queued → running → completed (or failed).' });

@ObjectType('BulkAssignmentShare', { description: 'What one rep gets from a hand-out.' })
export class BulkAssignmentShareModel {
  userDbId!: string;

  @Field(() => ID, { description: 'The rep’s id.' })
  repId!: string;

  @Field(() => Int, { description: 'Open accounts (an open deal) the rep owns in the campaign before the hand-out.' })
  openAccounts!: number;

  @Field(() => Int, { description: 'Accounts of the list that go to the rep.' })
  count!: number;
}

@ObjectType('BulkAssignmentPreview', { description: 'How many accounts a hand-out would give to whom, before it is confirmed.' })
export class BulkAssignmentPreviewModel {
  @Field(() => Int, { description: 'Accounts the filter matches (what would be handed out).' })
  total!: number;

  @Field(() => DistributionStrategyEnum, { description: 'The strategy previewed.' })
  strategy!: DistributionStrategy;

  @Field(() => [BulkAssignmentShareModel], { description: 'Each chosen rep’s share, in the order given.' })
  shares!: BulkAssignmentShareModel[];
}

@ObjectType('BulkAssignment', { implements: () => [Node], description: 'A filtered list handed out across reps, carried out by a job in batches; its progress.' })
export class BulkAssignmentModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string;

  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => BulkAssignmentStatusEnum, { description: 'queued, running, completed or failed.' })
  status!: BulkAssignmentStatus;

  @Field(() => DistributionStrategyEnum, { description: 'How the list is handed out.' })
  strategy!: DistributionStrategy;

  @Field(() => Int, { description: 'Accounts in the list (frozen when the hand-out was asked for).' })
  total!: number;

  @Field(() => Int, { description: 'Accounts of the list processed so far (committed batches).' })
  done!: number;

  @Field(() => Int, { description: 'Accounts that got their new owner.' })
  assignedCount!: number;

  @Field(() => Int, { description: 'Accounts left as they were because they changed since the list was made (claimed, edited, removed).' })
  skippedCount!: number;

  @Field(() => [BulkAssignmentShareModel], { description: 'The plan: each rep’s share.' })
  shares!: BulkAssignmentShareModel[];

  @Field({ description: 'Who asked for it.' })
  requestedBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked for.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it finished.' })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'The hand-out, queued.' })
export class StartBulkAssignmentPayload {
  @Field(() => BulkAssignmentModel, { description: 'The hand-out and its progress (poll bulkAssignment(id)).' })
  bulkAssignment!: BulkAssignmentModel;
}

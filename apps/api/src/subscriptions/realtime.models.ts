import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OpportunityChange', { description: 'A deal moved or changed in a campaign you can see.' })
export class OpportunityChangeModel {
  @Field(() => ID, { description: 'The deal (an Opportunity id).' })
  opportunityId!: string;

  @Field(() => ID, { nullable: true, description: 'Its account.' })
  accountId!: string | null;

  @Field(() => ID, { description: 'Its campaign.' })
  campaignId!: string;

  @Field(() => String, { nullable: true, description: 'The stage it is in now.' })
  stage!: string | null;

  @Field(() => String, { nullable: true, description: 'The stage it left, for a move (null for any other change).' })
  previousStage!: string | null;

  @Field({
    description:
      'What happened: opportunity.moved, opportunity.won or opportunity.lost (its stage changed), opportunity.updated (its terms: values, probability, expected close, note…), opportunity.owner_changed (its account was claimed, assigned or unassigned).',
  })
  event!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  at!: Date;
}

@ObjectType('ImportProgress', { description: 'Progress of an import, after each committed chunk.' })
export class ImportProgressModel {
  @Field(() => ID, { description: 'The import (an AccountImport id).' })
  importId!: string;

  @Field({ description: 'queued, running, completed or failed.' })
  status!: string;

  @Field(() => Int, { description: 'Rows processed so far.' })
  rowsDone!: number;

  @Field(() => Int, { description: 'Data rows in the file.' })
  totalRows!: number;

  @Field(() => GraphQLISODateTime, { description: 'When this progress was committed.' })
  at!: Date;
}

@ObjectType('BulkAssignmentProgress', { description: 'Progress of a hand-out, after each committed batch.' })
export class BulkAssignmentProgressModel {
  @Field(() => ID, { description: 'The hand-out (a BulkAssignment id).' })
  bulkAssignmentId!: string;

  @Field({ description: 'queued, running, completed or failed.' })
  status!: string;

  @Field(() => Int, { description: 'Accounts of the list processed so far.' })
  done!: number;

  @Field(() => Int, { description: 'Accounts in the list.' })
  total!: number;

  @Field(() => GraphQLISODateTime, { description: 'When this progress was committed.' })
  at!: Date;
}

@ObjectType('DashboardRefresh', { description: 'Something changed in the campaign: refetch its dashboard.' })
export class DashboardRefreshModel {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field({ description: 'The event that caused it, e.g. opportunity.changed (any change of a deal) or distress_event.recorded.' })
  reason!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  at!: Date;
}

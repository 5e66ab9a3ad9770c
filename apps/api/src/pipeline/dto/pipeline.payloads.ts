import { Field, ObjectType } from '@nestjs/graphql';
import { AccountModel } from '../../accounts/account.model';
import { ActivityModel, OpportunityModel } from '../opportunity.model';

@ObjectType({ description: 'The deal in its new stage, and the stage-change activity recorded.' })
export class MoveOpportunityPayload {
  @Field(() => OpportunityModel, { description: 'The deal as it now stands.' })
  opportunity!: OpportunityModel;

  @Field(() => ActivityModel, { description: 'The stage-change activity.' })
  activity!: ActivityModel;
}

@ObjectType({ description: 'The deal after the change.' })
export class UpdateOpportunityPayload {
  @Field(() => OpportunityModel, { description: 'The deal as it now stands.' })
  opportunity!: OpportunityModel;
}

@ObjectType({ description: 'The logged activity and the account (its last contact and urgency updated).' })
export class LogActivityPayload {
  @Field(() => ActivityModel, { description: 'The activity as logged.' })
  activity!: ActivityModel;

  @Field(() => AccountModel, { description: 'The account as it now stands.' })
  account!: AccountModel;

  @Field(() => OpportunityModel, { nullable: true, description: 'The deal as it now stands, when moveTo moved it; null otherwise.' })
  opportunity!: OpportunityModel | null;

  @Field(() => ActivityModel, { nullable: true, description: 'The stage-change activity, when moveTo moved the deal; null otherwise.' })
  stageChange!: ActivityModel | null;
}

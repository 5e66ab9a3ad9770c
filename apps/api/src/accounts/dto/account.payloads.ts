import { Field, ObjectType } from '@nestjs/graphql';
import { AccountModel } from '../account.model';
import { OpportunityModel } from '../../pipeline/opportunity.model';

@ObjectType({ description: 'The new account and its deal.' })
export class CreateAccountPayload {
  @Field(() => AccountModel, { description: 'The account as created.' })
  account!: AccountModel;

  @Field(() => OpportunityModel, { description: 'Its deal, at stage identified.' })
  opportunity!: OpportunityModel;
}

@ObjectType({ description: 'The account after the change.' })
export class UpdateAccountPayload {
  @Field(() => AccountModel, { description: 'The account as it now stands.' })
  account!: AccountModel;
}

@ObjectType({ description: 'The account, now yours.' })
export class ClaimAccountPayload {
  @Field(() => AccountModel, { description: 'The account as it now stands.' })
  account!: AccountModel;
}

@ObjectType({ description: 'The account with its new owner.' })
export class AssignAccountPayload {
  @Field(() => AccountModel, { description: 'The account as it now stands.' })
  account!: AccountModel;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType('ContactErasure', { description: 'What an erasure rewrote to take the person out (counts only: the erasure keeps nothing of them).' })
export class ContactErasureModel {
  @Field(() => ID, { description: 'The erased contact’s id (no longer found).' }) contactId!: string;
  @Field(() => Int, { description: 'Activities of the account’s timeline rewritten.' }) activities!: number;
  @Field(() => Int, { description: 'Audit entries rewritten (never deleted: their action, actor and time stay).' }) auditEntries!: number;
  @Field(() => Int, { description: 'Events not yet relayed rewritten.' }) events!: number;
  @Field(() => Int, { description: 'Webhook deliveries rewritten.' }) webhookDeliveries!: number;
  @Field(() => Int, { description: 'Notifications rewritten.' }) notifications!: number;
  @Field(() => Int, { description: 'Accepted proposals they signed, kept with their signature as the contract’s evidence (GDPR art. 17(3)(b) and (e)).' })
  signedProposalsKept!: number;
}

@ObjectType({ description: 'The account without the erased contact, and what the erasure rewrote.' })
export class EraseContactPayload {
  @Field(() => AccountModel, { description: 'The account as it now stands.' })
  account!: AccountModel;

  @Field(() => ContactErasureModel, { description: 'What was rewritten.' })
  erasure!: ContactErasureModel;
}

import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { JsonScalar } from '../common/graphql/json.scalar';
import { Node } from '../common/graphql/node.model';

export const ActorTypeEnum = { user: 'user', api_key: 'api_key', system: 'system', customer: 'customer' } as const;
registerEnumType(ActorTypeEnum, { name: 'ActorType', description: 'What kind of caller made a change: a user, an API key, Lifeboat itself, or a customer.' });

@ObjectType('FieldChange', { description: 'One field of a change: its value before and after.' })
export class FieldChangeModel {
  @Field({ description: 'The field’s name, e.g. ownerId or stage.' })
  field!: string;

  @Field(() => JsonScalar, { nullable: true, description: 'Its value before (null when created).' })
  before!: unknown;

  @Field(() => JsonScalar, { nullable: true, description: 'Its value after.' })
  after!: unknown;
}

@ObjectType('ApiKeyCall', { description: 'What a call made through an API key was (its variables are never recorded).' })
export class ApiKeyCallModel {
  @Field({ description: 'query, mutation, subscription, or unknown when the request could not be parsed.' })
  operationType!: string;

  @Field(() => String, { nullable: true, description: 'The operation’s name, when the client gave one.' })
  operationName!: string | null;

  @Field(() => [String], { description: 'The root fields it asked for, e.g. accounts or moveOpportunity.' })
  rootFields!: string[];

  @Field({ description: 'ok, or error when the answer carried errors (refused, invalid or failed).' })
  outcome!: string;

  @Field(() => [String], { description: 'The codes of those errors, e.g. FORBIDDEN; empty when it succeeded.' })
  errorCodes!: string[];
}

@ObjectType('AuditEntry', { implements: () => [Node], description: 'Who changed what, before and after, when. Never edited.' })
export class AuditEntryModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change (or the call through an API key) was made.' })
  at!: Date;

  @Field(() => ActorTypeEnum, { description: 'What kind of caller made it.' })
  actorType!: 'user' | 'api_key' | 'system' | 'customer';

  @Field({ description: 'Who made it, as shown to people (a user’s name, an API key’s name, Lifeboat for jobs).' })
  actorLabel!: string;

  @Field({ description: 'What happened, e.g. account.created, account.assigned, opportunity.moved.' })
  action!: string;

  @Field({ description: 'The type of the changed object, e.g. Account or Opportunity.' })
  entityType!: string;

  @Field(() => ID, { description: 'The global id of the changed object.' })
  entityId!: string;

  @Field(() => [FieldChangeModel], { description: 'Each changed field, with its value before and after.' })
  changes!: FieldChangeModel[];

  @Field(() => ApiKeyCallModel, {
    nullable: true,
    description: 'For a call through an API key (action api_key.call, entity the key): what the call was. Null for a change.',
  })
  apiKeyCall!: ApiKeyCallModel | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntryModel, 'AuditEntry');

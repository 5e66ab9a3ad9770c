import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Node } from '../common/graphql/node.model';
import type { ApiKeyScope } from '../common/access/actor';
import { ConnectionType } from '../common/graphql/connection';

@ObjectType('ApiKey', { implements: () => [Node], description: 'An integration’s credential. Its secret is never shown again after creation.' })
export class ApiKeyModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string | null;

  @Field({ description: 'What it is for.' })
  name!: string;

  @Field({ description: 'The visible start of the key (`lbk_<prefix>_…`), to recognise it.' })
  prefix!: string;

  @Field(() => [String], { description: 'What it may do: read, write, import, webhooks.' })
  scopes!: ApiKeyScope[];

  @Field(() => ID, { nullable: true, description: 'The campaign it is bound to; null for a global key.' })
  campaignId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last used (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was revoked; a revoked key no longer works.' })
  revokedAt!: Date | null;
}

export const ApiKeyConnection = ConnectionType(ApiKeyModel, 'ApiKey');

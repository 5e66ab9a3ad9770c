import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DistressKind, RivalHealth, ServiceKind } from '@lifeboat/domain';
import { Node } from '../common/graphql/node.model';
import { DistressKindEnum, RivalHealthEnum, ServiceKindEnum } from '../common/graphql/scalars';
import { ConnectionType } from '../common/graphql/connection';
import { DISTRESS_IMPACT_STATUSES, type DistressImpactStatus } from './distress-event.entity';

export const DistressImpactStatusEnum = Object.fromEntries(DISTRESS_IMPACT_STATUSES.map((s) => [s, s])) as Record<DistressImpactStatus, DistressImpactStatus>;
registerEnumType(DistressImpactStatusEnum, {
  name: 'DistressImpactStatus',
  description:
    'Whether the recomputation a distress event started has run: pending (queued or running), done (the counts are final), unknown (an event recorded before Lifeboat kept its impact, or not through recordDistressEvent).',
  valuesMap: {
    pending: { description: 'The urgency recomputation is queued or running: the counts are not known yet.' },
    done: { description: 'The recomputation committed: the counts are final.' },
    unknown: { description: 'No impact was recorded for this event (recorded before Lifeboat kept it, or not through recordDistressEvent).' },
  },
});

@ObjectType('DistressEventImpact', {
  description:
    'What recording a distress event changed in the campaigns against the rival that you can see: accounts whose urgency was recomputed, whose urgency score changed, and open deals whose due time moved.',
})
export class DistressEventImpactModel {
  @Field(() => DistressImpactStatusEnum, { description: 'Whether the recomputation has run; the counts are 0 until it is done.' })
  status!: DistressImpactStatus;

  @Field(() => Int, { description: 'Accounts whose urgency was recomputed (every account of the visible campaigns against the rival).' })
  accountsRecomputed!: number;

  @Field(() => Int, { description: 'Of those, the accounts whose urgency score changed.' })
  urgencyChanged!: number;

  @Field(() => Int, { description: 'Open deals whose due time (the signing deadline) changed.' })
  deadlinesChanged!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the recomputation committed; null until it is done.' })
  computedAt!: Date | null;
}

@ObjectType('Rival', { implements: () => [Node], description: 'A failing competitor whose customers a campaign races to win.' })
export class RivalModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  /** The database id, for nested resolvers; not in the schema. */
  dbId!: string;

  @Field({ description: 'The rival’s name, e.g. KPNQwest.' })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code of its home market.' })
  country!: string;

  @Field(() => RivalHealthEnum, { description: 'How far gone it is.' })
  health!: RivalHealth;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its network may go dark, if known.' })
  shutdownExpectedAt!: Date | null;

  @Field(() => [ServiceKindEnum], { description: 'What it sells.' })
  services!: ServiceKind[];

  @Field(() => Float, { nullable: true, description: 'The availability its SLA claims, in percent (e.g. 99.9), if known.' })
  claimedAvailabilityPercent!: number | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

@ObjectType('DistressEvent', { implements: () => [Node], description: 'Something that happened to a rival and may hasten its end.' })
export class DistressEventModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  rivalDbId!: string;

  @Field(() => DistressKindEnum, { description: 'What happened.' })
  kind!: DistressKind;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => Int, { description: 'How serious, from 1 (minor) to 5 (fatal).' })
  severity!: number;

  @Field(() => String, { nullable: true, description: 'Where it was reported (press, court, forum).' })
  sourceUrl!: string | null;

  @Field({ description: 'What happened, in a sentence or two.' })
  summary!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The shutdown date it announced, if any.' })
  announcedShutdownAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded in Lifeboat.' })
  recordedAt!: Date;
}

export const RivalConnection = ConnectionType(RivalModel, 'Rival');

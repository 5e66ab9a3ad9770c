import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OUTAGE_IMPACTS, type OutageImpact, type ServiceKind } from '@lifeboat/domain';
import { Node } from '../../common/graphql/node.model';
import { enumFrom, ServiceKindEnum } from '../../common/graphql/scalars';
import { RivalModel } from '../rival.model';

export const OutageImpactEnum = enumFrom(OUTAGE_IMPACTS);
registerEnumType(OutageImpactEnum, {
  name: 'OutageImpact',
  description: 'How bad an outage was. Each impact weighs a share of a minute of downtime, set per campaign (`OutageImpactWeights`).',
  valuesMap: {
    major: { description: 'The service was down (default weight 1: every minute counts).' },
    partial: { description: 'Part of the service or of its customers was down (default weight 0.5).' },
    degraded: { description: 'The service worked, slowly or with errors (default weight 0).' },
  },
});

@ObjectType('Outage', { implements: () => [Node], description: 'A stretch of time a rival’s service was down or degraded.' })
export class OutageModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  rivalDbId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it started.' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended; null while it goes on.' })
  endedAt!: Date | null;

  @Field(() => OutageImpactEnum, { description: 'How bad.' })
  impact!: OutageImpact;

  @Field(() => [ServiceKindEnum], { description: 'The services it touched.' })
  services!: ServiceKind[];

  @Field({ description: 'What happened.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Where it was reported.' })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The incident’s id at its source (a status feed), unique per rival; null when entered by hand.' })
  externalId!: string | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded in Lifeboat.' })
  createdAt!: Date;
}

@ObjectType('OutageImpactWeights', { description: 'The share of a minute of downtime each impact counts for (0 to 1), set per campaign.' })
export class OutageImpactWeightsModel {
  @Field(() => Float, { description: 'major (default 1).' }) major!: number;
  @Field(() => Float, { description: 'partial (default 0.5).' }) partial!: number;
  @Field(() => Float, { description: 'degraded (default 0).' }) degraded!: number;
}

@ObjectType('MonthAvailability', { description: 'A rival’s availability in one calendar month against the availability its SLA claims.' })
export class MonthAvailabilityModel {
  @Field({ description: 'The month, YYYY-MM, in the time zone of the figures.' }) month!: string;
  @Field(() => GraphQLISODateTime, { description: 'Its first instant (midnight on the 1st, local time).' }) startsAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'The first instant of the next month.' }) endsAt!: Date;
  @Field(() => Int, { description: 'Minutes in the month (60 more or fewer in a month whose clocks change).' }) minutes!: number;
  @Field(() => Int, { description: 'Minutes measured: the whole month, or up to now for the month in progress.' }) elapsedMinutes!: number;
  @Field(() => Float, { description: 'Weighted downtime: for each measured minute, the largest weight of the outages covering it, summed.' })
  weightedDowntimeMinutes!: number;
  @Field(() => Float, { description: 'Availability in percent: 100 × (1 − weighted downtime / measured minutes).' }) availabilityPercent!: number;
  @Field(() => Float, { nullable: true, description: 'The downtime the claim allows over the measured minutes; null when the rival claims nothing.' })
  allowedDowntimeMinutes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Weighted downtime beyond what the claim allows (0 when met); null when the rival claims nothing.' })
  shortfallMinutes!: number | null;
}

@ObjectType('Availability', {
  description:
    'Availability per calendar month against the claimed SLA. Rules: an outage covers the minutes from its start to its end (an ongoing one: to now), each rounded down to the minute; each impact weighs a share of a minute (`weights`); for each minute the weight is the largest of the outages covering it, so overlapping outages never count a minute twice; months are calendar months in `timeZone` (the campaign’s).',
})
export class AvailabilityModel {
  campaignDbId!: string;

  @Field({ description: 'The IANA time zone whose calendar months these are: the campaign’s (Europe/Paris by default).' })
  timeZone!: string;

  @Field(() => OutageImpactWeightsModel, { description: 'The weights applied: the campaign’s settings.' })
  weights!: OutageImpactWeightsModel;

  @Field(() => Float, { nullable: true, description: 'The availability the rival’s SLA claims, in percent; null when unknown.' })
  claimedAvailabilityPercent!: number | null;

  @Field(() => [MonthAvailabilityModel], { description: 'One entry per month, oldest first, ending with the month in progress.' })
  months!: MonthAvailabilityModel[];
}

@ObjectType('OutageEvidence', {
  description: 'The outages of the account’s rival that touched a service the account buys, and what they did to the rival’s availability: the evidence sheet a rep shows the customer.',
})
export class OutageEvidenceModel {
  @Field(() => [ServiceKindEnum], { description: 'The services the account buys from the rival.' })
  services!: ServiceKind[];

  @Field(() => [OutageModel], { description: 'The outages that touched them within the months shown, newest first.' })
  outages!: OutageModel[];

  @Field(() => AvailabilityModel, { description: 'Availability per month counting only these outages, against the claim.' })
  availability!: AvailabilityModel;
}

@ObjectType({ description: 'The outage as recorded and its rival.' })
export class RecordOutagePayload {
  @Field(() => OutageModel, { description: 'The outage as recorded (or as updated, when its externalId was already recorded).' })
  outage!: OutageModel;

  @Field({ description: 'false when an outage with the same externalId existed and was updated instead.' })
  created!: boolean;

  @Field(() => RivalModel, { description: 'Its rival.' })
  rival!: RivalModel;
}

@ObjectType({ description: 'The outage as it now stands.' })
export class UpdateOutagePayload {
  @Field(() => OutageModel, { description: 'The outage after the change.' })
  outage!: OutageModel;
}

@ObjectType({ description: 'What was removed.' })
export class RemoveOutagePayload {
  @Field(() => ID, { description: 'The id of the removed outage.' })
  removedOutageId!: string;

  @Field(() => RivalModel, { description: 'Its rival.' })
  rival!: RivalModel;
}

import { Field, Float, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { OutageImpact, ServiceKind } from '@lifeboat/domain';
import { ServiceKindEnum } from '../common/graphql/scalars';
import { MonthAvailabilityModel, OutageImpactEnum, OutageImpactWeightsModel } from '../rivals/outages/outage.model';

@ObjectType('OfferOutage', { description: 'One outage of the customer’s current provider, as the customer reads it with the offer.' })
export class OfferOutageModel {
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
}

@ObjectType('OfferOutageEvidence', {
  description:
    'The outage evidence a rep attached to an offer: the current provider’s outages that touched what the customer buys, and the availability per month they leave against the availability its SLA claims (the same figures as Account.outageEvidence, nothing internal).',
})
export class OfferOutageEvidenceModel {
  @Field({ description: 'The current provider (the rival).' })
  providerName!: string;

  @Field(() => [ServiceKindEnum], { description: 'The services the customer buys from it.' })
  services!: ServiceKind[];

  @Field(() => Float, { nullable: true, description: 'The availability its SLA claims, in percent; null when unknown.' })
  claimedAvailabilityPercent!: number | null;

  @Field({ description: 'The IANA time zone whose calendar months these are.' })
  timeZone!: string;

  @Field(() => OutageImpactWeightsModel, { description: 'The share of a minute of downtime each impact counts for.' })
  weights!: OutageImpactWeightsModel;

  @Field(() => [MonthAvailabilityModel], { description: 'One entry per month, oldest first, ending with the month in progress.' })
  months!: MonthAvailabilityModel[];

  @Field(() => [OfferOutageModel], { description: 'The outages, newest first.' })
  outages!: OfferOutageModel[];
}

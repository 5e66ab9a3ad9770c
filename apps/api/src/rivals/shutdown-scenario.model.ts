import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, Length, Max, Min } from 'class-validator';
import { CREDIBLE_SCENARIO_PERCENT } from '@lifeboat/domain';
import { Node } from '../common/graphql/node.model';
import { Money } from '../common/graphql/money';
import { IsDateTime, IsExpectedVersion, IsText } from '../common/validation/input-rules';
import { RivalModel } from './rival.model';

const CREDIBLE = `Credible: a probability of at least ${CREDIBLE_SCENARIO_PERCENT} %. The earliest credible scenario governs: the rival’s shutdownExpectedAt is its date, and deadlines, urgency and the migration plan follow it.`;

@ObjectType('ShutdownScenario', {
  implements: () => [Node],
  description: `One way a rival’s shutdown may go (e.g. liquidation ordered → dark in 12 days; delay granted → dark on 1 July). ${CREDIBLE}`,
})
export class ShutdownScenarioModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  rivalDbId!: string;

  @Field({ description: 'What happens in it, e.g. “Liquidation ordered”.' })
  label!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the rival’s network goes dark in this scenario.' })
  goesDarkAt!: Date;

  @Field(() => Int, { description: 'How likely it is, in whole percent (0 to 100). A rival’s scenarios are alternatives: theirs add up to at most 100.' })
  probabilityPercent!: number;

  @Field({ description: CREDIBLE })
  credible!: boolean;

  @Field({ description: 'Whether it is the earliest credible scenario, the one whose date the rival’s shutdownExpectedAt follows.' })
  governing!: boolean;

  @Field(() => String, { nullable: true, description: 'Where it comes from: an http(s) URL (court ruling, press).' })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'A note on its source, e.g. “the administrator at the hearing”.' })
  sourceNote!: string | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

const IsLabel = () => IsText(1, 200, 'label must be 1 to 200 characters');

@InputType({ description: 'A new shutdown scenario. Refused with BAD_USER_INPUT naming the field when a value is wrong; nothing is written.' })
export class AddShutdownScenarioInput {
  @Field(() => ID, { description: 'The rival.' })
  @IsString()
  rivalId!: string;

  @Field({ description: 'What happens in it (1 to 200 characters).' })
  @IsLabel()
  label!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the network goes dark in it: in the future.' })
  @IsDateTime('goesDarkAt must be a date-time')
  goesDarkAt!: Date;

  @Field(() => Int, { description: 'How likely, in whole percent from 0 to 100; with the rival’s other scenarios at most 100 in all.' })
  @IsInt({ message: 'probabilityPercent must be a whole number from 0 to 100' })
  @Min(0, { message: 'probabilityPercent must be a whole number from 0 to 100' })
  @Max(100, { message: 'probabilityPercent must be a whole number from 0 to 100' })
  probabilityPercent!: number;

  @Field(() => String, { nullable: true, description: 'Where it comes from: an http(s) URL.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @Length(1, 2000)
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on its source (up to 2,000 characters).' })
  @IsOptional()
  @IsText(1, 2000, 'sourceNote must be 1 to 2000 characters')
  sourceNote?: string | null;
}

@InputType({ description: 'Changes to a shutdown scenario: only the fields given change; null clears sourceUrl or sourceNote.' })
export class UpdateShutdownScenarioInput {
  @Field(() => ID, { description: 'The scenario.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'What happens in it (1 to 200 characters).' })
  @IsOptional()
  @IsLabel()
  label?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the network goes dark in it: a new date must be in the future.' })
  @IsOptional()
  @IsDateTime('goesDarkAt must be a date-time')
  goesDarkAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'How likely, in whole percent from 0 to 100.' })
  @IsOptional()
  @IsInt({ message: 'probabilityPercent must be a whole number from 0 to 100' })
  @Min(0, { message: 'probabilityPercent must be a whole number from 0 to 100' })
  @Max(100, { message: 'probabilityPercent must be a whole number from 0 to 100' })
  probabilityPercent?: number | null;

  @Field(() => String, { nullable: true, description: 'Where it comes from: an http(s) URL; null clears it.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @Length(1, 2000)
  sourceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on its source; null clears it.' })
  @IsOptional()
  @IsText(1, 2000, 'sourceNote must be 1 to 2000 characters')
  sourceNote?: string | null;
}

@InputType({ description: 'The scenario to remove.' })
export class RemoveShutdownScenarioInput {
  @Field(() => ID, { description: 'The scenario.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}

@ObjectType({ description: 'The scenario after the change and the rival as it now stands (its shutdownExpectedAt follows the governing scenario).' })
export class ShutdownScenarioPayload {
  @Field(() => ShutdownScenarioModel, { nullable: true, description: 'The scenario as saved; null after a removal.' })
  shutdownScenario!: ShutdownScenarioModel | null;

  @Field(() => RivalModel, { description: 'The rival, with its scenarios and shutdown date after the change.' })
  rival!: RivalModel;
}

@ObjectType('SavedByDelay', { description: 'What a later scenario saves compared with the governing one.' })
export class SavedByDelayModel {
  @Field(() => Int, {
    description:
      'Customers that could be cut over by this scenario’s date but not by the governing one’s: won ones the migration plan cuts over in between, and open deals or prospects whose segment fits the one-week cycle and its migration lead time before this date but not the governing one.',
  })
  accounts!: number;

  @Field(() => Money, { description: 'Their monthly spend with the rival.' })
  monthlySpend!: Money;
}

@ObjectType('ShutdownScenarioImpact', { description: 'What goes dark in one shutdown scenario, for one campaign against the rival.' })
export class ShutdownScenarioImpactModel {
  @Field(() => ShutdownScenarioModel, { description: 'The scenario.' })
  scenario!: ShutdownScenarioModel;

  @Field(() => Int, {
    description:
      'Customers of the campaign that cannot be cut over by its date even if all goes to plan: won ones the migration plan cuts over later, and open deals or accounts with no deal yet whose segment can no longer fit the one-week cycle and its migration lead time before it. Lost and migrated customers never count.',
  })
  accountsGoingDark!: number;

  @Field(() => Money, { description: 'Their monthly spend with the rival.' })
  monthlySpendGoingDark!: Money;

  @Field(() => Int, { description: 'Of those, won customers whose planned cutover falls after the date.' })
  migrationsTooLate!: number;

  @Field(() => Int, { description: 'Deals of the campaign still open (neither won nor lost), whether or not they can still make it.' })
  openDeals!: number;

  @Field(() => Int, { description: 'Of those, open deals and accounts with no deal yet (their segment can no longer fit the one-week cycle and its migration before the date).' })
  outOfTime!: number;

  @Field(() => SavedByDelayModel, { nullable: true, description: 'For a scenario later than the governing one: what the delay would save. Null otherwise.' })
  savedByDelay!: SavedByDelayModel | null;
}

import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { RIVAL_HEALTHS, SERVICE_KINDS, type RivalHealth, type ServiceKind } from '@lifeboat/domain';
import { RivalHealthEnum, ServiceKindEnum } from '../../common/graphql/scalars';
import { IsCountryCode, IsDateTime, IsExpectedVersion, IsText } from '../../common/validation/input-rules';
import { RivalModel } from '../rival.model';

/*
 * A rival as an admin creates and edits it (issue #16). The shutdown date, when given, must lie in
 * the future (checked by the service against the clock: a past date is BAD_USER_INPUT naming
 * `input.shutdownExpectedAt`); a shutdown that happened is recorded as a distress event.
 */

// The rules of the fields both inputs have.
const IsRivalName = () => IsText(1, 200, 'name must be 1 to 200 characters');
const IsRivalCountry = () => IsCountryCode('country must be an ISO 3166-1 alpha-2 code such as FR');
const IsHealth = () => applyDecorators(IsOptional(), IsIn(RIVAL_HEALTHS, { message: `health must be one of ${RIVAL_HEALTHS.join(', ')}` }));
const IsShutdownExpectedAt = () => applyDecorators(IsOptional(), IsDateTime('shutdownExpectedAt must be a date-time'));
const IsServices = () =>
  applyDecorators(
    IsOptional(),
    ArrayMaxSize(SERVICE_KINDS.length),
    ArrayUnique({ message: 'services must not repeat a kind' }),
    IsIn(SERVICE_KINDS, { each: true, message: `services must be among ${SERVICE_KINDS.join(', ')}` }),
  );
const IsAvailability = () =>
  applyDecorators(
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 }, { message: 'claimedAvailabilityPercent must be a number with at most 3 decimals' }),
    Min(0.001, { message: 'claimedAvailabilityPercent must be above 0 and at most 100' }),
    Max(100, { message: 'claimedAvailabilityPercent must be above 0 and at most 100' }),
  );

@InputType({ description: 'A failing competitor to race against. Refused with BAD_USER_INPUT naming the field when a value is wrong; nothing is written.' })
export class CreateRivalInput {
  @Field({ description: 'Its name, e.g. KPNQwest (1 to 200 characters).' })
  @IsRivalName()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of its home market, e.g. NL.' })
  @IsRivalCountry()
  country!: string;

  @Field(() => RivalHealthEnum, { nullable: true, description: 'How far gone it is (default distressed).' })
  @IsHealth()
  health?: RivalHealth | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its network may go dark, if known: in the future.' })
  @IsShutdownExpectedAt()
  shutdownExpectedAt?: Date | null;

  @Field(() => [ServiceKindEnum], { nullable: true, description: 'What it sells (default none).' })
  @IsServices()
  services?: ServiceKind[] | null;

  @Field(() => Float, { nullable: true, description: 'The availability its SLA claims, in percent (above 0, at most 100, e.g. 99.9).' })
  @IsAvailability()
  claimedAvailabilityPercent?: number | null;
}

@InputType({ description: 'Changes to a rival: only the fields given change; `clearShutdown` or `clearClaimedAvailability` empty those.' })
export class UpdateRivalInput {
  @Field(() => ID, { description: 'The rival.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Its name (1 to 200 characters).' })
  @IsOptional()
  @IsRivalName()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its home market.' })
  @IsOptional()
  @IsRivalCountry()
  country?: string | null;

  @Field(() => RivalHealthEnum, { nullable: true, description: 'How far gone it is.' })
  @IsHealth()
  health?: RivalHealth | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its network may go dark: in the future. Refused (BAD_USER_INPUT) while a shutdown scenario governs the date (Rival.shutdownScenarios): change the scenarios instead; so is clearShutdown.' })
  @IsShutdownExpectedAt()
  shutdownExpectedAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the shutdown date is no longer known (empties it).' })
  @IsOptional()
  @IsBoolean()
  clearShutdown?: boolean | null;

  @Field(() => [ServiceKindEnum], { nullable: true, description: 'What it sells (replaces the list).' })
  @IsServices()
  services?: ServiceKind[] | null;

  @Field(() => Float, { nullable: true, description: 'The availability its SLA claims, in percent.' })
  @IsAvailability()
  claimedAvailabilityPercent?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the claimed availability is no longer known (empties it).' })
  @IsOptional()
  @IsBoolean()
  clearClaimedAvailability?: boolean | null;
}

@ObjectType({ description: 'The rival after the change.' })
export class RivalPayload {
  @Field(() => RivalModel, { description: 'The rival, with its new version.' })
  rival!: RivalModel;
}

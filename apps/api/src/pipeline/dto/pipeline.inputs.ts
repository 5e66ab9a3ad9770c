import { Field, GraphQLISODateTime, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { CALL_OUTCOMES, LOGGED_ACTIVITY_KINDS, LOST_REASONS, STAGES, type CallOutcome, type LostReason, type Stage } from '@lifeboat/domain';
import { CallOutcomeEnum, LoggedActivityKindEnum, LostReasonEnum, StageEnum } from '../../common/graphql/domain-enums';
import { SafeIntScalar } from '../../common/graphql/money';
import { PLANNING_DATE_RULE, PlanningDate } from '../../common/graphql/date-window';

@InputType({ description: 'Move a deal to another stage (by the pipeline rules).' })
export class MoveOpportunityInput {
  @Field(() => ID, { description: 'The deal.' })
  @IsString()
  opportunityId!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => StageEnum, { description: 'The stage to move it to.' })
  @IsIn(STAGES)
  stage!: Stage;

  @Field(() => LostReasonEnum, { nullable: true, description: 'Why it is lost: required when moving to lost.' })
  @IsOptional()
  @IsIn(LOST_REASONS)
  lostReason?: LostReason | null;

  @Field(() => String, { nullable: true, description: 'The bidder it was lost to, if any.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  lostToBidder?: string | null;

  @Field(() => String, { nullable: true, description: 'A word on the move, kept on the stage-change activity.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string | null;
}

@InputType({ description: 'Changes to a deal’s terms: only the fields given change.' })
export class UpdateOpportunityInput {
  @Field(() => ID, { description: 'The deal.' })
  @IsString()
  opportunityId!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => SafeIntScalar, { nullable: true, description: 'Monthly value, in minor units (0 or more).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'monthlyValue must be 0 or more' })
  monthlyValue?: number;

  @Field(() => SafeIntScalar, { nullable: true, description: 'One-time fees, in minor units (0 or more).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'oneTimeValue must be 0 or more' })
  oneTimeValue?: number;

  @Field(() => Int, { nullable: true, description: 'Term in months (1 to 120).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  termMonths?: number;

  @Field(() => Int, { nullable: true, description: 'Win probability in percent (0 to 100); null to go back to the stage’s default.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number | null;

  @PlanningDate()
  @Field(() => GraphQLISODateTime, { nullable: true, description: `When you expect to close it. ${PLANNING_DATE_RULE}` })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expectedCloseAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A free note (up to 5,000 characters).' })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  note?: string | null;
}

/** The same fields as a move on its own, but its note: the activity logged with it says what happened. */
@InputType({ description: 'The stage move logged with an activity: the account’s open deal, moved by the pipeline rules in the same transaction (a stale version or a refused move logs nothing).' })
export class LogActivityMoveInput extends OmitType(MoveOpportunityInput, ['note'] as const, InputType) {}

@InputType({ description: 'A call, email, meeting or note about an account.' })
export class LogActivityInput {
  @Field(() => ID, { description: 'The account.' })
  @IsString()
  accountId!: string;

  @Field(() => LoggedActivityKindEnum, { description: 'What kind.' })
  @IsIn(LOGGED_ACTIVITY_KINDS)
  kind!: (typeof LOGGED_ACTIVITY_KINDS)[number];

  @Field({ description: 'What was said or done (1 to 10,000 characters).' })
  @IsString()
  @Length(1, 10000)
  body!: string;

  @Field(() => String, { nullable: true, description: 'How it went, in words (free text, kept for integrations; see also outcomeCode).' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  outcome?: string | null;

  @Field(() => CallOutcomeEnum, { nullable: true, description: 'How it went, as one of the quick choices (reached and wants an offer, no answer…).' })
  @IsOptional()
  @IsIn(CALL_OUTCOMES)
  outcomeCode?: CallOutcome | null;

  @Field(() => String, { nullable: true, description: 'The next step in words, e.g. “send the offer” (up to 500 characters); its date is nextStepAt.' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  nextStep?: string | null;

  @Field(() => LogActivityMoveInput, {
    nullable: true,
    description:
      'Moves the account’s open deal in the same transaction, by the pipeline rules (as moveOpportunity): if the move is refused, nothing is logged either.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LogActivityMoveInput)
  moveTo?: LogActivityMoveInput | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it happened (default now).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  occurredAt?: Date | null;

  @PlanningDate()
  @Field(() => GraphQLISODateTime, { nullable: true, description: `When the next step is due. ${PLANNING_DATE_RULE}` })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  nextStepAt?: Date | null;
}

import { Field, ID, InputType, PickType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { DISTRIBUTION_STRATEGIES, type DistributionStrategy } from '@lifeboat/domain';
import { AccountsArgs } from '../../accounts/dto/accounts.args';
import { enumFrom } from '../../common/graphql/scalars';
import { expectGlobalId } from '../../common/graphql/global-id';
import type { AccountFilter } from '../../accounts/accounts.repository';

export const DistributionStrategyEnum = enumFrom(DISTRIBUTION_STRATEGIES);
registerEnumType(DistributionStrategyEnum, {
  name: 'DistributionStrategy',
  description: 'How a list is handed out: round_robin (in turn, most urgent first) or by_load (each account to the rep with the fewest open accounts so far).',
});

/** The filters of the `accounts` query, within one campaign: the same fields, with the same rules. */
@InputType({ description: 'Which accounts of the campaign: the same filters as the accounts query.' })
export class AccountListFilterInput extends PickType(
  AccountsArgs,
  ['segment', 'ownerId', 'unassigned', 'stage', 'overdue', 'minUrgency', 'search', 'country'] as const,
  InputType,
) {}

/**
 * A list filter as the accounts repository reads it (the owner's global id checked, naming
 * `input.filter.ownerId`), in `campaignId` when given: one mapping for every write that works on a
 * filtered list (hand-out, personal offers, outreach). Fields not given are left out.
 */
export function accountFilterOf(f: AccountListFilterInput | null | undefined, campaignId?: string): AccountFilter {
  const given = f ?? {};
  const filter: AccountFilter = {
    ...(campaignId === undefined ? {} : { campaignId }),
    segment: given.segment,
    ownerId: given.ownerId ? expectGlobalId(given.ownerId, 'User', 'input.filter.ownerId') : undefined,
    unassigned: given.unassigned,
    stage: given.stage,
    overdue: given.overdue,
    minUrgency: given.minUrgency,
    search: given.search,
    country: given.country,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null)) as AccountFilter;
}

@InputType({ description: 'A filtered list of a campaign’s accounts to hand out across reps of its team.' })
export class BulkAssignmentInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => AccountListFilterInput, { nullable: true, description: 'Which of its accounts (all when absent).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountListFilterInput)
  filter?: AccountListFilterInput | null;

  @Field(() => [ID], { description: 'The reps to hand them to (members of the campaign team; 1 to 100, no repeats).' })
  @ArrayMinSize(1, { message: 'repIds must name at least one rep' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  repIds!: string[];

  @Field(() => DistributionStrategyEnum, { description: 'round_robin or by_load.' })
  @IsIn(DISTRIBUTION_STRATEGIES)
  strategy!: DistributionStrategy;
}

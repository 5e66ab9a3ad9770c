import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUrl, Length, Max, Min } from 'class-validator';
import { AccountModel } from '../accounts/account.model';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { enumFrom } from '../common/graphql/scalars';
import { Node } from '../common/graphql/node.model';
import { IsDateTime, IsExpectedVersion, IsText } from '../common/validation/input-rules';

export const COLLECTIVE_MEMBER_STATES = ['won', 'pending', 'lost', 'untouched'] as const;
export type CollectiveMemberState = (typeof COLLECTIVE_MEMBER_STATES)[number];
export const CollectiveMemberStateEnum = enumFrom(COLLECTIVE_MEMBER_STATES);
registerEnumType(CollectiveMemberStateEnum, {
  name: 'CollectiveMemberState',
  description:
    'Where a member account stands, as the dashboard counts capture: won if one of its deals is won, else pending if one is open, else lost if one is lost, else untouched.',
});

/** Most names a pasted member list may hold in one call. */
export const MAX_PASTED_NAMES = 2000;
/** Most accounts one add or remove may name. */
export const MAX_MEMBER_IDS = 500;

@ObjectType('Collective', {
  implements: () => [Node],
  description:
    'Customers of the rival who organise (e.g. AMEN’s collective: 250 members, a forum, announced collective cancellations): a prospect of its own in one campaign, with its spokesperson and the member accounts linked to it.',
})
export class CollectiveModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string;
  spokespersonDbId!: string | null;

  @Field({ description: 'Its name, unique in the campaign (case-insensitively).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where it gathers: its forum’s http(s) URL.' })
  forumUrl!: string | null;

  @Field(() => Int, { description: 'How many members it says it has (its own figure; linked accounts are counted in progress).' })
  claimedMembers!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The date it announced for its members’ collective cancellations; null when none was announced.' })
  announcedCancellationAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the team knows of it (free text).' })
  notes!: string | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType('CollectiveProgress', { description: 'How far the team is with a collective’s members, against the count it claims.' })
export class CollectiveProgressModel {
  @Field(() => Int, { description: 'The member count the collective claims.' })
  claimed!: number;

  @Field(() => Int, { description: 'Member accounts linked to it.' })
  linked!: number;

  @Field(() => Int, { description: 'Linked accounts with a won deal.' })
  won!: number;

  @Field(() => Int, { description: 'Linked accounts with an open deal and none won.' })
  pending!: number;

  @Field(() => Int, { description: 'Linked accounts whose deals are all lost.' })
  lost!: number;

  @Field(() => Int, { description: 'Linked accounts with no deal at all.' })
  untouched!: number;
}

@ObjectType('CollectiveMember', { description: 'A member account of a collective, with where it stands.' })
export class CollectiveMemberModel {
  accountDbId!: string;

  @Field(() => AccountModel, { description: 'The account.' })
  account!: AccountModel;

  @Field(() => CollectiveMemberStateEnum, { description: 'Where it stands: won, pending, lost or untouched.' })
  state!: CollectiveMemberState;

  @Field(() => GraphQLISODateTime, { description: 'When it was linked to the collective.' })
  addedAt!: Date;
}

export const CollectiveConnection = ConnectionType(CollectiveModel, 'Collective');
export const CollectiveMemberConnection = ConnectionType(CollectiveMemberModel, 'CollectiveMember');

@ArgsType()
export class CollectivesArgs extends PageArgs {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;
}

const IsName = () => IsText(1, 200, 'name must be 1 to 200 characters');
const IsForumUrl = () => IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'forumUrl must be an http(s) URL' });
const IsClaimed = () => [
  IsInt({ message: 'claimedMembers must be a whole number from 0 to 1,000,000' }),
  Min(0, { message: 'claimedMembers must be a whole number from 0 to 1,000,000' }),
  Max(1_000_000, { message: 'claimedMembers must be a whole number from 0 to 1,000,000' }),
];
function Claimed(): PropertyDecorator {
  return (target, key) => IsClaimed().forEach((d) => d(target, key));
}

@InputType({ description: 'A new collective. Refused with BAD_USER_INPUT naming the field when a value is wrong; nothing is written.' })
export class CreateCollectiveInput {
  @Field(() => ID, { description: 'The campaign it belongs to.' })
  @IsString()
  campaignId!: string;

  @Field({ description: 'Its name (1 to 200 characters), unique in the campaign.' })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its forum: an http(s) URL.' })
  @IsOptional()
  @IsForumUrl()
  @Length(1, 2000, { message: 'forumUrl must be at most 2000 characters' })
  forumUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'The member count it claims (0 to 1,000,000; default 0).' })
  @IsOptional()
  @Claimed()
  claimedMembers?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The date it announced for collective cancellations (between 1990 and 2100, as every date).' })
  @IsOptional()
  @IsDateTime('announcedCancellationAt must be a date-time')
  announcedCancellationAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its spokesperson: a contact of an account of the campaign.' })
  @IsOptional()
  @IsString()
  spokespersonId?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (up to 5,000 characters).' })
  @IsOptional()
  @IsText(0, 5000, 'notes must be at most 5000 characters')
  notes?: string | null;
}

@InputType({ description: 'Changes to a collective: only the fields given change; null clears forumUrl, announcedCancellationAt, spokespersonId or notes.' })
export class UpdateCollectiveInput {
  @Field(() => ID, { description: 'The collective.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Its name (1 to 200 characters), unique in the campaign.' })
  @IsOptional()
  @IsName()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Its forum: an http(s) URL; null clears it.' })
  @IsOptional()
  @IsForumUrl()
  @Length(1, 2000, { message: 'forumUrl must be at most 2000 characters' })
  forumUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'The member count it claims (0 to 1,000,000).' })
  @IsOptional()
  @Claimed()
  claimedMembers?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The date it announced for collective cancellations (between 1990 and 2100, as every date); null clears it.' })
  @IsOptional()
  @IsDateTime('announcedCancellationAt must be a date-time')
  announcedCancellationAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its spokesperson, a contact of an account of the campaign; null clears it.' })
  @IsOptional()
  @IsString()
  spokespersonId?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (up to 5,000 characters); null clears them.' })
  @IsOptional()
  @IsText(0, 5000, 'notes must be at most 5000 characters')
  notes?: string | null;
}

@InputType({ description: 'Accounts to link to, or unlink from, a collective.' })
export class CollectiveMembersInput {
  @Field(() => ID, { description: 'The collective.' })
  @IsString()
  collectiveId!: string;

  @Field(() => [ID], { description: `The accounts (1 to ${MAX_MEMBER_IDS}), of the collective’s campaign.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'accountIds must name at least one account' })
  @ArrayMaxSize(MAX_MEMBER_IDS, { message: `accountIds may name at most ${MAX_MEMBER_IDS} accounts` })
  @IsString({ each: true })
  accountIds!: string[];
}

@InputType({ description: 'A pasted list of member names (e.g. the collective’s published member list), matched on the accounts’ normalized names.' })
export class LinkCollectiveMembersByNameInput {
  @Field(() => ID, { description: 'The collective.' })
  @IsString()
  collectiveId!: string;

  @Field(() => [String], { description: `The names, one per entry (1 to ${MAX_PASTED_NAMES}); blank ones are ignored.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'names must hold at least one name' })
  @ArrayMaxSize(MAX_PASTED_NAMES, { message: `names may hold at most ${MAX_PASTED_NAMES} names` })
  @IsString({ each: true })
  @Length(0, 300, { each: true, message: 'each name must be at most 300 characters' })
  names!: string[];

  @Field({ nullable: true, description: 'Only report what would match, linking nothing (default false).' })
  @IsOptional()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

@ObjectType({ description: 'The collective after the change.' })
export class CollectivePayload {
  @Field(() => CollectiveModel, { description: 'The collective as saved.' })
  collective!: CollectiveModel;
}

@ObjectType('CollectiveNameMatch', { description: 'How a pasted list of names matched the campaign’s accounts.' })
export class CollectiveNameMatchPayload {
  @Field(() => CollectiveModel, { description: 'The collective after the linking.' })
  collective!: CollectiveModel;

  @Field(() => [AccountModel], { description: 'Accounts matched by a name: linked now (or already members).' })
  matched!: AccountModel[];

  @Field(() => [String], { description: 'Names that match no account of the campaign, as pasted.' })
  unmatched!: string[];

  @Field(() => [String], { description: 'Names that match more than one account: nothing linked for them; link the right one by hand.' })
  ambiguous!: string[];

  @Field(() => [AccountModel], { description: 'Accounts matched but already members of another collective of the campaign: left where they are.' })
  inOtherCollective!: AccountModel[];
}

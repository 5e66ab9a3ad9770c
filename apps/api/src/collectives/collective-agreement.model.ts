import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ApprovalLevelEnum } from '../contracts/proposal.model';
import type { ApprovalLevel } from '@lifeboat/domain';
import { enumFrom } from '../common/graphql/scalars';
import { IsExpectedVersion, IsText } from '../common/validation/input-rules';
import { AGREEMENT_STATUSES, type AgreementStatus } from './collectives.repository';

export const CollectiveAgreementStatusEnum = enumFrom(AGREEMENT_STATUSES);
registerEnumType(CollectiveAgreementStatusEnum, {
  name: 'CollectiveAgreementStatus',
  description:
    'Where a collective’s deal stands: draft (new, or sent back by an approver with a reason), pending_approval (beyond what its proposer may approve), approved, signed (agreed by the spokesperson; kept for good) or withdrawn.',
});

@ObjectType('CollectiveAgreement', {
  description:
    'A collective’s own deal, negotiated once with its spokesperson and approved like a proposal (the campaign’s discount limits): the discount and term its members’ personal offers take once it is signed.',
})
export class CollectiveAgreementModel {
  collectiveDbId!: string;
  campaignDbId!: string;

  @Field(() => CollectiveAgreementStatusEnum, { description: 'Where it stands.' })
  status!: AgreementStatus;

  @Field(() => Float, { description: 'The discount on the members’ monthly charges, in percent (two decimals at most).' })
  discountPercent!: number;

  @Field(() => Int, { description: 'The contract term in months (1 to 120).' })
  termMonths!: number;

  @Field(() => String, { nullable: true, description: 'Conditions agreed (free text); null when none.' })
  conditions!: string | null;

  @Field(() => ApprovalLevelEnum, { description: 'Who must approve its discount, by the campaign’s limits when it was proposed.' })
  requiredApproval!: ApprovalLevel;

  @Field(() => String, { nullable: true, description: 'Why an approver sent it back to draft; null otherwise.' })
  rejectionReason!: string | null;

  @Field({ description: 'Who proposed these terms.' })
  proposedBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When these terms were proposed.' })
  submittedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they were approved (at once when within the proposer’s own level); null before.' })
  approvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved them; null before.' })
  approvedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the spokesperson agreed to them; null before.' })
  signedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who signed for the collective (its spokesperson, as recorded); null before.' })
  signedByName!: string | null;

  @Field(() => String, { nullable: true, description: 'Who of the team recorded the signature; null before.' })
  signatureRecordedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was withdrawn; null otherwise.' })
  withdrawnAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every change; send it back as `expectedVersion`.' })
  version!: number;
}

@InputType({ description: 'A collective’s deal, proposed (or proposed again after a rejection or a withdrawal). Refused with BAD_USER_INPUT naming the field when a value is wrong.' })
export class ProposeCollectiveTermsInput {
  @Field(() => ID, { description: 'The collective.' })
  @IsString()
  collectiveId!: string;

  @Field(() => Int, { nullable: true, description: 'The agreement’s version you last read; omit (or null) for the collective’s first terms. A stale one is CONFLICT.' })
  @IsOptional()
  @IsExpectedVersion()
  expectedVersion?: number | null;

  @Field(() => Float, { description: 'Discount on the monthly charges, in percent (0 to 100, at most two decimals).' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'discountPercent must have at most two decimals' })
  @Min(0, { message: 'discountPercent must be between 0 and 100' })
  @Max(100, { message: 'discountPercent must be between 0 and 100' })
  discountPercent!: number;

  @Field(() => Int, { description: 'Contract term in months, 1 to 120.' })
  @IsInt({ message: 'termMonths must be between 1 and 120' })
  @Min(1, { message: 'termMonths must be between 1 and 120' })
  @Max(120, { message: 'termMonths must be between 1 and 120' })
  termMonths!: number;

  @Field(() => String, { nullable: true, description: 'Conditions agreed (up to 5,000 characters).' })
  @IsOptional()
  @IsText(0, 5000, 'conditions must be at most 5000 characters')
  conditions?: string | null;
}

@InputType({ description: 'A decision on a collective’s deal, with the agreement’s version you read.' })
export class CollectiveTermsVersionInput {
  @Field(() => ID, { description: 'The collective.' })
  @IsString()
  collectiveId!: string;

  @Field(() => Int, { description: 'The agreement’s version you last read; a stale one is CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}

@InputType({ description: 'Sends a collective’s deal back to draft, with the reason.' })
export class RejectCollectiveTermsInput extends CollectiveTermsVersionInput {
  @Field({ description: 'Why (1 to 2,000 characters).' })
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}

@InputType({ description: 'Records that the spokesperson agreed to the approved deal.' })
export class RecordCollectiveTermsSignedInput extends CollectiveTermsVersionInput {
  @Field({ description: 'Who signed for the collective (1 to 200 characters), usually its spokesperson.' })
  @IsText(1, 200, 'signedByName must be 1 to 200 characters')
  signedByName!: string;
}

@InputType({ description: 'A collective to delete, with the version you read.' })
export class DeleteCollectiveInput {
  @Field(() => ID, { description: 'The collective.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is CONFLICT.' })
  @IsExpectedVersion()
  expectedVersion!: number;
}

@ObjectType({ description: 'The collective deleted.' })
export class DeleteCollectivePayload {
  @Field(() => ID, { description: 'The id of the collective deleted.' })
  deletedId!: string;

  @Field(() => Int, { description: 'Member accounts unlinked (the accounts stay).' })
  unlinked!: number;
}

import { IsDate, IsIn, IsOptional, IsString } from 'class-validator';
import { ACTIVITY_KINDS, type ActivityKind } from '@lifeboat/domain';

/** `GET /exports/activities.csv`'s parameters: a campaign's activities, optionally one account's, one kind's, within [from, to). */
export class ActivitiesExportParams {
  @IsString({ message: 'campaignId is required: the activities of one campaign' })
  campaignId!: string;

  @IsOptional()
  @IsString()
  accountId?: string;

  @IsOptional()
  @IsIn(ACTIVITY_KINDS)
  kind?: ActivityKind;

  @IsOptional()
  @IsDate({ message: 'from must be a date-time (ISO 8601)' })
  from?: Date;

  @IsOptional()
  @IsDate({ message: 'to must be a date-time (ISO 8601)' })
  to?: Date;
}

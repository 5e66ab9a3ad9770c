import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones (default false).' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@InputType({ description: 'Which of your notifications to mark read: some by id, or all.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (up to 200); an id that is not one of yours is NOT_FOUND, and then nothing is marked.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  ids?: string[];

  @Field(() => Boolean, { nullable: true, description: 'All your unread notifications.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { WebhookEventEnum, WebhookModel } from '../webhook.model';

const EVENTS = Object.values(WebhookEventEnum);

@InputType({ description: 'A new webhook.' })
export class CreateWebhookInput {
  @Field({ description: 'Where to POST events: an http(s) URL without credentials, on the internet (not this machine nor a private network).' })
  @IsString()
  @Length(1, 2000)
  url!: string;

  @Field(() => [WebhookEventEnum], { description: 'The events it receives (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(EVENTS, { each: true })
  events!: string[];

  @Field(() => ID, { nullable: true, description: 'Only this campaign’s events; omit for every campaign (admins only).' })
  @IsOptional()
  @IsString()
  campaignId?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook; omitted fields stay.' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'The webhook.' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new URL (same rules as at creation).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string | null;

  @Field(() => [WebhookEventEnum], { nullable: true, description: 'The new list of events.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(EVENTS, { each: true })
  events?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Pause (false) or resume (true) deliveries.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string | null;
}

@InputType({ description: 'Which webhook or delivery.' })
export class WebhookIdInput {
  @Field(() => ID, { description: 'Its id.' })
  @IsString()
  id!: string;
}

@ObjectType({ description: 'The webhook created, and its signing secret: shown this once.' })
export class CreateWebhookPayload {
  @Field(() => WebhookModel, { description: 'The webhook.' })
  webhook!: WebhookModel;

  @Field({ description: 'The secret that signs its deliveries (Lifeboat-Signature). Keep it: it is not shown again.' })
  secret!: string;
}

@ObjectType({ description: 'The changed webhook.' })
export class WebhookPayload {
  @Field(() => WebhookModel, { description: 'The webhook.' })
  webhook!: WebhookModel;
}

@ObjectType({ description: 'Whether the webhook was deleted (its deliveries with it).' })
export class DeleteWebhookPayload {
  @Field(() => ID, { description: 'The id of the deleted webhook.' })
  deletedId!: string;
}

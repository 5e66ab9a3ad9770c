import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';
import { ROLES, type Role } from '@lifeboat/domain';
import { Field as F } from '@nestjs/graphql';
import { LocaleEnum, RoleEnum, UserModel } from '../user.model';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../common/access/actor';
import { ApiKeyModel } from '../api-key.model';

@InputType({ description: 'A new user; they set their password through the invitation link.' })
export class InviteUserInput {
  @Field({ description: 'Their email address (unique).' })
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email!: string;

  @Field({ description: 'Their full name.' })
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What they may do.' })
  @IsIn(ROLES)
  role!: Role;

  @Field(() => LocaleEnum, { nullable: true, description: 'Their language (default en).' })
  @IsOptional()
  @IsIn(['en', 'fr'])
  locale?: 'en' | 'fr';
}

@ObjectType({ description: 'The invited user and the one-time link that lets them set a password.' })
export class InviteUserPayload {
  @Field(() => UserModel, { description: 'The new user.' })
  user!: UserModel;

  @Field({ description: 'Single-use token for `acceptInvitation`, valid 7 days; shown only now.' })
  invitationToken!: string;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The user.' })
  @IsString()
  userId!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'Their full name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => RoleEnum, { nullable: true, description: 'Their role.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field({ nullable: true, description: 'False deactivates them: they are signed out everywhere and cannot sign in.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => LocaleEnum, { nullable: true, description: 'Their language.' })
  @IsOptional()
  @IsIn(['en', 'fr'])
  locale?: 'en' | 'fr';
}

@ObjectType({ description: 'The user after the change.' })
export class UserPayload {
  @Field(() => UserModel, { description: 'The user.' })
  user!: UserModel;
}

@InputType({ description: 'Sets the password of an invited user.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token of the invitation link.' })
  @IsString()
  @Length(20, 200)
  invitationToken!: string;

  @Field({
    description:
      'The new password: 12 to 256 characters (Unicode code points), not a common, repetitive or sequential one, and not containing your email, your name, "Lifeboat" or a rival’s name. A refusal is BAD_USER_INPUT on `input.password` with the reason and its `rule`.',
  })
  @IsString()
  // A first bound on the size of the request only: 512 UTF-16 units are more than 256 code points.
  // The length in characters, and the rest, are judged by the password policy (password-policy.ts).
  @MaxLength(512, { message: 'password must be at most 256 characters' })
  password!: string;
}

@InputType({ description: 'A new API key for an integration.' })
export class CreateApiKeyInput {
  @Field({ description: 'What it is for, e.g. "BI export".' })
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @F(() => [String], { description: 'What it may do: read, write, import, webhooks.' })
  @ArrayMinSize(1, { message: 'scopes must name at least one of read, write, import, webhooks' })
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true, message: 'scopes must be among read, write, import, webhooks' })
  scopes!: ApiKeyScope[];

  @Field(() => ID, { nullable: true, description: 'The campaign it is bound to; none makes a global key.' })
  @IsOptional()
  @IsString()
  campaignId?: string | null;
}

@ObjectType({ description: 'The new key and its secret, shown this once: only a digest is kept.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyModel, { description: 'The key.' })
  apiKey!: ApiKeyModel;

  @Field({ description: 'The full key to send as `Authorization: Bearer <secret>`. It cannot be shown again.' })
  secret!: string;
}

@InputType({ description: 'Revokes an API key: it stops working at once.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key.' })
  @IsString()
  apiKeyId!: string;
}

@ObjectType({ description: 'The revoked key.' })
export class ApiKeyPayload {
  @Field(() => ApiKeyModel, { description: 'The key.' })
  apiKey!: ApiKeyModel;
}

export { GraphQLISODateTime };

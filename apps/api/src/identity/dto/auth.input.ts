import { Field, InputType, ObjectType, GraphQLISODateTime } from '@nestjs/graphql';
import { IsEmail, IsString, Length } from 'class-validator';
import { UserModel } from '../user.model';

@InputType({ description: 'Credentials to sign in with.' })
export class LoginInput {
  @Field({ description: 'The email address the account was created with.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email!: string;

  @Field({ description: 'The password.' })
  @IsString()
  @Length(1, 256, { message: 'password must be 1 to 256 characters' })
  password!: string;
}

@InputType({ description: 'A refresh token from `login` or a previous `refreshSession`.' })
export class RefreshSessionInput {
  @Field({ description: 'The refresh token; it is replaced by a new one at each use.' })
  @IsString()
  @Length(20, 200)
  refreshToken!: string;
}

@ObjectType({ description: 'A signed-in session: a short-lived access token and the refresh token that renews it.' })
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token stops working; renew it before with `refreshSession`.' })
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Renews the access token with `refreshSession`; keep it secret. Valid 30 days, single use.' })
  refreshToken!: string;

  @Field(() => UserModel, { description: 'Who signed in.' })
  user!: UserModel;
}

@ObjectType({ description: 'The result of signing out.' })
export class LogoutPayload {
  @Field({ description: 'True when a session was ended; false when it had already ended.' })
  ok!: boolean;
}

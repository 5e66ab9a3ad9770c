import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@lifeboat/domain';
import { Node } from '../common/graphql/node.model';
import { enumFrom } from '../common/graphql/scalars';
import { ConnectionType } from '../common/graphql/connection';

export const RoleEnum = enumFrom(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'admin: everything; manager: the campaigns whose team they lead; rep: works deals.' });

export const LocaleEnum = { en: 'en', fr: 'fr' } as const;
registerEnumType(LocaleEnum, { name: 'Locale', description: 'The language a user reads Lifeboat in.' });

@ObjectType('User', { implements: () => [Node], description: 'A person who signs in to Lifeboat: an admin, a manager or a rep.' })
export class UserModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;

  @Field({ description: 'Full name, as colleagues see it.' })
  name!: string;

  @Field({ description: 'Sign-in email address.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'What they may do.' })
  role!: Role;

  @Field(() => LocaleEnum, { description: 'Their language.' })
  locale!: 'en' | 'fr';

  @Field({ description: 'False once deactivated: they can no longer sign in.' })
  active!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they last signed in.' })
  lastLoginAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every update; send it back as `expectedVersion`.' })
  version!: number;
}

export const UserConnection = ConnectionType(UserModel, 'User');

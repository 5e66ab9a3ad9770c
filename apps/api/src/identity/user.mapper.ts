import { toGlobalId } from '../common/graphql/global-id';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

export function toUserModel(u: UserEntity): UserModel & { __typename: 'User' } {
  return {
    __typename: 'User',
    id: toGlobalId('User', u.id),
    dbId: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    locale: u.locale,
    active: u.active,
    lastLoginAt: u.lastLoginAt,
    version: u.version,
  };
}

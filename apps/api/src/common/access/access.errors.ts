/** The access errors, where the permission checks live; the classes themselves are in common/errors. */
export { ForbiddenError, UnauthenticatedError } from '../errors/lifeboat-error';

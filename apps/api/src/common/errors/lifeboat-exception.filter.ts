import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { LifeboatError } from './lifeboat-error';

/**
 * Errors raised on purpose (bad input, not found, conflict…) are answers, not incidents: they go
 * to the client through the error formatter without being logged as failures.
 */
@Catch(LifeboatError)
export class LifeboatExceptionFilter implements GqlExceptionFilter {
  catch(exception: LifeboatError): LifeboatError {
    return exception;
  }
}

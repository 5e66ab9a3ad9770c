import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LifeboatError } from './lifeboat-error';

/**
 * Errors raised on purpose (bad input, not found, conflict…) are answers, not incidents: they go
 * to the client through the error formatter without being logged as failures.
 */
@Catch(LifeboatError)
export class LifeboatExceptionFilter implements GqlExceptionFilter {
  catch(exception: LifeboatError, host: ArgumentsHost): LifeboatError {
    // What a filter returns takes the resolver's place. A subscription's resolver returns its event
    // stream, and a filtered one (withFilter) would take the error for the stream and fail as an
    // internal error once read: there the error (a guard's refusal…) is thrown, to reach the client
    // with its code.
    const info = host.getType<GqlContextType>() === 'graphql' ? GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo | undefined>() : undefined;
    if (info?.operation.operation === 'subscription') throw exception;
    return exception;
  }
}

import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { getOperationAST, GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { GraphqlContext } from '../common/graphql/loaders';
import type { ApiKeyCallDetails } from './audit-entry.entity';
import { AuditService } from './audit.service';

/** What the audit entry says of an operation: its type, name and root fields (never its variables). */
export function describeOperation(
  operation: OperationDefinitionNode | undefined,
  operationName: string | undefined | null,
): Pick<ApiKeyCallDetails, 'operationType' | 'operationName' | 'rootFields'> {
  if (!operation) return { operationType: 'unknown', operationName: operationName ?? null, rootFields: [] };
  const rootFields = operation.selectionSet.selections.map((s) =>
    s.kind === Kind.FIELD ? s.name.value : s.kind === Kind.FRAGMENT_SPREAD ? `...${s.name.value}` : '...',
  );
  return { operationType: operation.operation, operationName: operation.name?.value ?? operationName ?? null, rootFields: [...new Set(rootFields)].slice(0, 50) };
}

/** The codes of the errors in the answer (as the client sees them), or none when it succeeded. */
function errorCodes(ctx: GraphQLRequestContextWillSendResponse<GraphqlContext>): string[] {
  const body = ctx.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : ctx.errors;
  return [...new Set((errors ?? []).map((e) => String((e.extensions as { code?: unknown } | undefined)?.code ?? 'INTERNAL_SERVER_ERROR')))];
}

/**
 * "Each call through a key is audited as that key" (DESIGN.md §5): every GraphQL operation made
 * with an API key — read, change, refused, invalid or failed — leaves one `api_key.call` audit
 * entry attributed to the key, with the key's campaign, the operation's type, name and root
 * fields and its outcome. One INSERT per operation and no read: the actor is already in the
 * request's context. Changes made through the key are audited as well, by their use case.
 * Registered with Apollo through Nest's @Plugin() discovery.
 */
@Plugin()
export class ApiKeyCallAuditPlugin implements ApolloServerPlugin<GraphqlContext> {
  private readonly logger = new Logger('ApiKeyCallAudit');

  constructor(private readonly audit: AuditService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      willSendResponse: async (ctx) => {
        const actor = ctx.contextValue?.actor;
        if (actor?.kind !== 'api_key') return;
        const codes = errorCodes(ctx);
        // Refused at validation, the operation is parsed but not yet resolved: read it from the document.
        const operation = ctx.operation ?? (ctx.document ? (getOperationAST(ctx.document, ctx.request.operationName) ?? undefined) : undefined);
        await this.record(actor, {
          ...describeOperation(operation, ctx.request.operationName),
          outcome: codes.length ? 'error' : 'ok',
          errorCodes: codes,
        });
      },
    };
  }

  /**
   * A request that failed outside the pipeline's answer (a syntax error or a token limit raised by
   * the parser of GraphQL Armor): the client gets GRAPHQL_VALIDATION_FAILED, and the call is
   * audited all the same.
   */
  async unexpectedErrorProcessingRequest({ requestContext, error }: { requestContext: GraphQLRequestContext<GraphqlContext>; error: Error }): Promise<void> {
    const actor = requestContext.contextValue?.actor;
    if (actor?.kind !== 'api_key') return;
    await this.record(actor, {
      ...describeOperation(undefined, requestContext.request.operationName),
      outcome: 'error',
      errorCodes: [error instanceof GraphQLError ? 'GRAPHQL_VALIDATION_FAILED' : 'INTERNAL_SERVER_ERROR'],
    });
  }

  private async record(actor: Extract<GraphqlContext['actor'], { kind: 'api_key' }>, details: ApiKeyCallDetails): Promise<void> {
    try {
      await this.audit.recordApiKeyCall(actor, details);
    } catch (error) {
      // The answer is already decided; a lost entry is logged loudly rather than turned into a failure.
      this.logger.error(`Could not audit a call through API key ${actor.apiKeyId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

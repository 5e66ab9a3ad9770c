import { DocumentNode, getNullableType, GraphQLError, GraphQLSchema, isListType } from 'graphql';
import { pageSize } from '../graphql/connection';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** The most a single operation may cost: roughly 10,000 objects (for example 50 accounts × 200 nested items). */
export const MAX_QUERY_COST = 10_000;

/**
 * A list field costs its `first` (or the page maximum when absent) times what each item asks for,
 * so one request cannot walk the whole database through nested connections.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = typeof args['first'] === 'number' ? args['first'] : pageSize(undefined);
  return Math.max(1, first) * Math.max(1, childComplexity);
};

/** A plain list (not a connection) is counted as 10 items: such lists (contacts, urgency factors, lines) stay short. */
const listEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  // A connection's edges are already counted by its `first`.
  if (field.name === 'edges') return Math.max(1, childComplexity);
  if (isListType(getNullableType(field.type))) return 10 * Math.max(1, childComplexity);
  return undefined;
};

/** The estimated cost of one operation of a document, as the plugin counts it. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string, variables: Record<string, unknown> = {}): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [connectionEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** The refusal of an operation whose estimated cost is over the limit, or null: the same answer over HTTP and graphql-ws. */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown> | null,
  maxCost = MAX_QUERY_COST,
): GraphQLError | null {
  const cost = operationCost(schema, document, operationName ?? undefined, variables ?? {});
  if (cost <= maxCost) return null;
  return new GraphQLError(`This operation is too expensive (cost ${cost}, at most ${maxCost}): ask for fewer items or fewer nested lists.`, {
    extensions: { code: 'BAD_USER_INPUT', cost, maxCost, http: { status: 400 } },
  });
}

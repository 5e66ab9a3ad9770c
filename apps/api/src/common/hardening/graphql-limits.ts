import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * The limits every GraphQL operation meets before any resolver runs, in one place: over HTTP
 * (Apollo, through GraphQL Armor's plugins and validation rules) and over graphql-ws (the same
 * validation rules, in subscriptions/live-connections.ts), so the two paths cannot drift apart.
 * Tokens, nesting, the inputs' text and dates and the cost of nested lists (MAX_QUERY_COST) are
 * checked by the operation gate (operation-gate.ts), on both paths too.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5000,
  /** Brackets ({ [ () nested in a document, and objects or lists nested in the variables' JSON. */
  maxNesting: 64,
} as const;

export type GraphqlArmor = ReturnType<ApolloArmor['protect']>;

/**
 * GraphQL Armor with Lifeboat's limits. A new instance at each call: Armor keeps state in its
 * configuration objects (the handlers it adds to them), so they are never shared.
 */
export function graphqlArmor(production: boolean): GraphqlArmor {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // Tokens are counted by the operation gate (operation-gate.ts) before anything parses the
    // document: Armor's counting parser recursed first, and answered HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** Field suggestions ("Did you mean …") reveal the schema: hidden in production, as Armor's plugin hides them over HTTP. */
export function hideFieldSuggestions(message: string): string {
  return message.replace(/Did you mean ".+"/g, '[Suggestion hidden]');
}

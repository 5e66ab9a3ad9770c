/**
 * The codes a GraphQL client sees in `extensions.code` (DESIGN.md §6): the api raises them, the web
 * app words them. One list for both, so a code the api adds cannot go unworded in the web app.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  // Email (a proposal sent from Lifeboat): no mail server is set up, or it did not take the message.
  'MAIL_NOT_CONFIGURED',
  'MAIL_DELIVERY_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What a request that never reached a resolver answers (HTTP 400/413/415): the query did not parse,
 * did not validate, or the body itself was refused.
 */
export const REQUEST_ERROR_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'] as const;

export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

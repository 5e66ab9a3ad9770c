import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  Kind,
  Lexer,
  SelectionSetNode,
  Source,
  TokenKind,
  GraphQLCompositeType,
} from 'graphql';
import { FieldProblem } from '../errors/lifeboat-error';
import { dateTimeProblem, isPlanningDate } from '../graphql/date-window';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { costRefusal } from './query-cost.plugin';

/**
 * The gate every GraphQL operation passes before anything recursive looks at it and before any
 * resolver runs, over HTTP (httpSourceGate, then operationGatePlugin) and over graphql-ws
 * (LiveConnections), in one place:
 *
 * 1. the source, read token by token (graphql's lexer, which does not recurse): at most
 *    GRAPHQL_LIMITS.maxTokens tokens and brackets nested at most GRAPHQL_LIMITS.maxNesting deep
 *    (selection sets, lists, objects, arguments), so the recursive parser never overflows the stack —
 *    GRAPHQL_PARSE_FAILED;
 * 2. the variables' JSON nested at most GRAPHQL_LIMITS.maxNesting deep — BAD_USER_INPUT;
 * 3. once parsed and validated, every argument of every field the operation selects, literals and
 *    variables alike, read through the schema's types: each String and ID refuses C0 control
 *    characters other than tab, line feed and carriage return, and unpaired UTF-16 surrogates; each
 *    DateTime meets the one date rule (common/graphql/date-window.ts) — BAD_USER_INPUT naming every
 *    offending field (`input.contacts.0.email`), nothing run;
 * 4. the cost of nested lists (query-cost.plugin.ts).
 *
 * Every refusal is a request error (HTTP 400, no `data`); variables that do not fit their types are
 * left to graphql's execution, which answers them with BAD_USER_INPUT and HTTP 400 too.
 */

const badRequest = (message: string, code: 'GRAPHQL_PARSE_FAILED' | 'BAD_USER_INPUT', extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/** Step 1: the refusal of a source with too many tokens or nested too deep, or null. Never recurses. */
export function sourceRefusal(query: string, limits: { maxTokens: number; maxNesting: number } = GRAPHQL_LIMITS): GraphQLError | null {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) return badRequest(`Syntax Error: Token limit of ${limits.maxTokens} exceeded.`, 'GRAPHQL_PARSE_FAILED');
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
        if (++depth > limits.maxNesting) {
          return badRequest(`Syntax Error: brackets nested more than ${limits.maxNesting} levels deep.`, 'GRAPHQL_PARSE_FAILED');
        }
      } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) {
        depth = Math.max(0, depth - 1);
      }
    }
  } catch (error) {
    // A lexical error (an unterminated string, a bad character): the parser reports it, at the same place.
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  return null;
}

/** Step 2: the refusal of variables whose JSON nests deeper than the limit, or null. Iterative. */
export function variablesRefusal(variables: unknown, maxNesting: number = GRAPHQL_LIMITS.maxNesting): GraphQLError | null {
  const stack: Array<[unknown, number]> = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxNesting) return badRequest(`The variables are nested more than ${maxNesting} levels deep.`, 'BAD_USER_INPUT');
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return null;
}

/** Whether the text holds a C0 control other than tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}
/* A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text input is refused, or null: the rule of every String and ID argument and input field. */
export function textProblem(value: string): string | null {
  if (hasControlCharacter(value)) return 'must not contain control characters (U+0000 to U+001F other than tab, line feed and carriage return)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it contains an unpaired UTF-16 surrogate)';
  return null;
}

/** What step 3 finds wrong in one argument's coerced value, walked through its type. */
function valueProblems(value: unknown, type: GraphQLInputType, path: string, planning: boolean, now: Date, out: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return valueProblems(value, type.ofType, path, planning, now, out);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => valueProblems(item, type.ofType, `${path}.${i}`, planning, now, out));
    return;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      if (field.name in record) valueProblems(record[field.name], field.type, `${path}.${field.name}`, isPlanningDate(field), now, out);
    }
    return;
  }
  if (isScalarType(type) && type.name === 'DateTime') {
    const reason = dateTimeProblem(value, planning, now);
    if (reason) out.push({ field: path, reason });
    return;
  }
  // String, ID and any other scalar read from text.
  if (typeof value === 'string') {
    const reason = textProblem(value);
    if (reason) out.push({ field: path, reason });
  }
}

/**
 * Step 3: the problems of every argument of every field the operation selects (through fragments),
 * with the variables already coerced by graphql. Selection sets are at most GRAPHQL_LIMITS.maxNesting
 * deep (step 1), which bounds the recursion.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variableValues: Record<string, unknown>,
  now: Date = new Date(),
): FieldProblem[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const root = schema.getRootType(operation.operation);
  if (!root) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const out: FieldProblem[] = [];
  const seenFragments = new Set<string>();

  const checkField = (parent: GraphQLCompositeType, node: FieldNode) => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return;
    const definition = parent.getFields()[node.name.value];
    if (!definition) return;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, variableValues);
    } catch {
      // An argument that does not fit (a missing variable): execution reports it.
      return;
    }
    for (const arg of definition.args) if (arg.name in args) valueProblems(args[arg.name], arg.type, arg.name, isPlanningDate(arg), now, out);
    const type = getNamedType(definition.type);
    if (node.selectionSet && isCompositeType(type)) walk(type, node.selectionSet);
  };
  const walk = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) checkField(parent, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) walk(type, selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seenFragments.has(name)) continue;
        seenFragments.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type)) walk(type, fragment.selectionSet);
      }
    }
  };
  walk(root, operation.selectionSet);
  const unique = new Map(out.map((p) => [`${p.field}\u0000${p.reason}`, p]));
  return [...unique.values()];
}

/** The BAD_USER_INPUT refusal of an operation whose inputs break step 3, in the shape of the validation pipe's. */
export function inputRefusal(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return badRequest(`Invalid input: ${summary}.`, 'BAD_USER_INPUT', { fields: problems });
}

/**
 * Steps 3 and 4 for a parsed and validated operation: why it may not run, or null. Variables that do
 * not fit their types return null here: graphql's execution refuses them (BAD_USER_INPUT, HTTP 400).
 */
export function operationRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  now: Date = new Date(),
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
  if (coerced.errors) return null;
  const problems = inputProblems(schema, document, operationName, coerced.coerced, now);
  if (problems.length > 0) return inputRefusal(problems);
  return costRefusal(schema, document, operationName, variables);
}

/**
 * Steps 1 and 2 over HTTP, as Express middleware on /graphql after the body parser and before Apollo:
 * Apollo parses before any plugin may refuse with a status of its own (an error thrown by a plugin
 * before parsing is Apollo's HTTP 500), so the source and the variables are read here first.
 */
export function httpSourceGate(req: Request, res: Response, next: NextFunction): void {
  const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  let variables = params?.['variables'];
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = undefined; // Apollo answers malformed variables of a GET itself.
    }
  }
  const refusal = (typeof params?.['query'] === 'string' ? sourceRefusal(params['query']) : null) ?? variablesRefusal(variables);
  if (!refusal) return next();
  sendGraphqlError(req, res, 400, refusal.message, String(refusal.extensions['code']));
}

/**
 * A request error answered outside Apollo, in GraphQL's shape (`{ errors: [{ message, extensions: { code } }] }`),
 * as application/graphql-response+json when the client accepts it (Apollo Client then reads the error, whatever the status).
 */
export function sendGraphqlError(req: Request, res: Response, status: number, message: string, code: string): void {
  const graphqlResponse = /application\/graphql-response\+json/.test(req.headers.accept ?? '');
  res
    .status(status)
    .type(graphqlResponse ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Steps 3 and 4 over HTTP, once Apollo has parsed and validated the operation (steps 1 and 2: httpSourceGate). */
export function operationGatePlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const refusal = operationRefusal(getSchema(), document, request.operationName, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { ALL_DOCUMENTS } from '@lifeboat/shared';
import { MAX_QUERY_COST, operationCost } from './query-cost.plugin';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

/** The least value a required variable can take (cost does not depend on ids or strings; `first` stays at its default). */
function leastValue(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, leastValue(f.type)]),
    );
  }
  if (named.name === 'Int' || named.name === 'Float' || named.name === 'SafeInt') return 1;
  if (named.name === 'Boolean') return false;
  return 'x';
}

/**
 * The web app must never be refused by the api's own cost limit: every operation it sends
 * (libs/shared, as the page sends it, lists at their default page size) fits under MAX_QUERY_COST.
 * Caught for real: the admin campaigns page asked for 100 campaigns with their teams (cost 16,500).
 */
describe('the web app’s operations against the query-cost limit', () => {
  const operations = Object.entries(ALL_DOCUMENTS).flatMap(([name, source]) => {
    const document = parse(source);
    return document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => ({ name, document, operation }));
  });

  it('counts a list without `first` at the default page size, as the resolver serves it', () => {
    const cost = (args: string) => operationCost(schema, parse(`{ accounts${args} { edges { node { id name } } } }`));
    expect(cost('')).toBe(cost('(first: 50)'));
    expect(cost('')).toBeGreaterThan(cost('(first: 1)') * 10);
  });

  it('covers every operation of libs/shared', () => {
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(ALL_DOCUMENTS).length);
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s costs at most the limit', (_name, { document, operation }) => {
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? [])
        .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
        .map((v) => [v.variable.name.value, leastValue(typeFromAST(schema, v.type) as GraphQLInputType)]),
    );
    const cost = operationCost(schema, document, operation.name?.value, variables);
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
  });
});

import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { isPlanningDate } from '../common/graphql/date-window';

/**
 * Operations generated from the schema, for tests that must cover every input of the API: each
 * root field's argument leaves (scalars inside input objects and lists), and a request that fills
 * the required arguments with plausible values and puts a chosen value into chosen leaves. A field
 * added to the schema is covered without anyone writing its test.
 */

export interface InputLeaf {
  /** The argument path, e.g. ['input', 'contacts', '0', 'email']: as BAD_USER_INPUT names it, joined with dots. */
  path: string[];
  /** The scalar's name: String, ID, DateTime… */
  scalar: string;
  /** Whether the leaf is a future-facing DateTime (@PlanningDate). */
  planning: boolean;
}

export interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** Every field of Query and Mutation. */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ operation, field });
  }
  return out;
}

/** The scalar leaves under a root field's arguments (one item stands for a list; a recursive input type is entered once). */
export function inputLeaves(field: GraphQLField<unknown, unknown>): InputLeaf[] {
  const out: InputLeaf[] = [];
  const visit = (type: GraphQLInputType, path: string[], planning: boolean, entered: Set<string>) => {
    if (isNonNullType(type)) return visit(type.ofType, path, planning, entered);
    if (isListType(type)) return visit(type.ofType, [...path, '0'], planning, entered);
    if (isInputObjectType(type)) {
      if (entered.has(type.name)) return;
      const inside = new Set(entered).add(type.name);
      for (const f of Object.values(type.getFields())) visit(f.type, [...path, f.name], isPlanningDate(f), inside);
      return;
    }
    if (isScalarType(type)) out.push({ path, scalar: type.name, planning });
  };
  for (const arg of field.args) visit(arg.type, [arg.name], isPlanningDate(arg), new Set());
  return out;
}

const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();

/** A value of the type that its scalars and enums accept (required fields filled, optional ones left out). */
export function plausibleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = plausibleValue(f.type);
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'Int':
    case 'Float':
    case 'SafeInt':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return tomorrow();
    case 'JSON':
      return null;
    default:
      return 'x';
  }
}

/** Puts `value` at `path` of the arguments, creating the input objects and list items on the way. */
function setAt(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, path: string[], value: unknown): void {
  const arg = field.args.find((a) => a.name === path[0]);
  if (!arg) throw new Error(`no argument ${path[0]} on ${field.name}`);
  let container: Record<string, unknown> | unknown[] = args;
  let key: string | number = path[0];
  let type: GraphQLInputType = arg.type;
  for (const step of path.slice(1)) {
    const named = isNonNullType(type) ? type.ofType : type;
    const current: unknown = (container as Record<string, unknown>)[key];
    if (isListType(named)) {
      const list: unknown[] = Array.isArray(current) ? current : [];
      if (list.length === 0) list.push(plausibleValue(named.ofType));
      (container as Record<string, unknown>)[key] = list;
      container = list;
      key = Number(step);
      type = named.ofType;
    } else if (isInputObjectType(named)) {
      const object = current && typeof current === 'object' ? (current as Record<string, unknown>) : (plausibleValue(named) as Record<string, unknown>);
      (container as Record<string, unknown>)[key] = object;
      container = object;
      key = step;
      type = named.getFields()[step].type;
    } else {
      throw new Error(`cannot go into ${String(named)} at ${path.join('.')}`);
    }
  }
  (container as Record<string, unknown>)[key] = value;
}

/** A request calling one root field with its required arguments, and `value` at each of the `leaves`. */
export function requestFor(root: RootField, leaves: InputLeaf[], value: unknown): { query: string; variables: Record<string, unknown> } {
  const { field, operation } = root;
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type) && arg.defaultValue === undefined) variables[arg.name] = plausibleValue(arg.type);
  for (const leaf of leaves) setAt(field, variables, leaf.path, value);
  const used = field.args.filter((a) => a.name in variables);
  const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables,
  };
}

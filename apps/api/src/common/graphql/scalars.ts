import { registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType, GraphQLSchema, Kind, ValueNode } from 'graphql';
import { DISTRESS_KINDS, RIVAL_HEALTHS, SERVICE_KINDS } from '@lifeboat/domain';

/** A GraphQL enum from one of the domain's vocabularies; values keep the domain's names. */
export function enumFrom<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RivalHealthEnum = enumFrom(RIVAL_HEALTHS);
registerEnumType(RivalHealthEnum, {
  name: 'RivalHealth',
  description: 'How far gone a rival is: operating → distressed → insolvent → liquidating → shut_down.',
});

export const DistressKindEnum = enumFrom(DISTRESS_KINDS);
registerEnumType(DistressKindEnum, { name: 'DistressKind', description: 'What happened to a rival.' });

export const ServiceKindEnum = enumFrom(SERVICE_KINDS);
registerEnumType(ServiceKindEnum, { name: 'ServiceKind', description: 'A kind of service a provider sells.' });

/**
 * An ISO 8601 date-time as the DateTime scalar's description promises it (`2019-12-03T09:54:33Z`,
 * `2024-03-12T09:30:00+01:00`, or a date alone, `2024-03-12`): the date must exist and nothing is
 * guessed. JavaScript's Date would read `12/03/2024` as 3 December and `2024-02-30` as 1 March.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** The instant of an ISO 8601 string; an invalid Date otherwise, which the inputs' @IsDate refuses naming the field. */
export function parseIsoDateTime(value: unknown): Date {
  if (value instanceof Date) return value;
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) return new Date(NaN);
  const [, year, month, day, hours, minutes, seconds, fraction, offset] = match;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return new Date(NaN);
  if (hours === undefined) return new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return new Date(NaN);
  // No offset: UTC, as the scalar's description says (never the server's own zone).
  const zone = offset === undefined || /^[Zz]$/.test(offset) ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  if (zone.length === 6 && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4)) > 59)) return new Date(NaN);
  return new Date(`${year}-${month}-${day}T${hours}:${minutes}:${seconds ?? '00'}${(fraction ?? '').slice(0, 4)}${zone}`);
}

/**
 * Makes the schema's DateTime scalar (@nestjs/graphql's GraphQLISODateTime, which reads its input
 * with `new Date(…)`) refuse what is not an ISO 8601 date-time. Its name and output are unchanged, its
 * description says what inputs it takes; variables and literals alike go through parseIsoDateTime.
 * The plausible window and the future-facing rule are the operation gate's (common/graphql/date-window.ts).
 */
export function strictDateTimes(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('DateTime');
  if (type instanceof GraphQLScalarType) {
    Object.assign(type, {
      description:
        'An instant in ISO 8601, given back in UTC (`2019-12-03T09:54:33.000Z`). Accepted as `2019-12-03T09:54:33Z`, `2024-03-12T09:30:00+01:00` or a date alone (`2024-03-12`, midnight UTC), from 1990-01-01 to 2100-01-01 (exclusive); future-facing fields also refuse what is more than a year in the past (their descriptions say so).',
      parseValue: parseIsoDateTime,
      parseLiteral: (ast: ValueNode) => parseIsoDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
    });
  }
  return schema;
}

import { Field, ObjectType, Scalar, CustomScalar } from '@nestjs/graphql';
import { GraphQLError, Kind, ValueNode } from 'graphql';

/**
 * An integer that may exceed GraphQL's 32-bit Int: money in minor units (cents) over a whole term
 * easily does. Serialised as a JSON number, exact up to 2^53 − 1.
 */
@Scalar('SafeInt', () => SafeIntScalar)
export class SafeIntScalar implements CustomScalar<number, number> {
  description = 'A whole number from −(2^53 − 1) to 2^53 − 1, as a JSON number. Money is in minor units (cents).';

  parseValue(value: unknown): number {
    return toSafeInt(value);
  }

  serialize(value: unknown): number {
    return toSafeInt(typeof value === 'string' ? Number(value) : value);
  }

  parseLiteral(ast: ValueNode): number {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be a whole number.', { extensions: { code: 'BAD_USER_INPUT' } });
    return toSafeInt(Number(ast.value));
  }
}

function toSafeInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError('SafeInt must be a whole number within ±(2^53 − 1).', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

@ObjectType({ description: 'An amount of money: integer minor units (cents) and an ISO 4217 currency.' })
export class Money {
  @Field(() => SafeIntScalar, { description: 'The amount in minor units, e.g. 1250000 for €12,500.00.' })
  amount!: number;

  @Field({ description: 'ISO 4217 currency code, e.g. EUR.' })
  currency!: string;
}

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

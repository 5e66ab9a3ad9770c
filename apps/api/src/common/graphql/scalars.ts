import { registerEnumType } from '@nestjs/graphql';
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

import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';

export const AuditTrailOrderEnum = { OLDEST_FIRST: 'OLDEST_FIRST', NEWEST_FIRST: 'NEWEST_FIRST' } as const;
export type AuditTrailOrder = keyof typeof AuditTrailOrderEnum;
registerEnumType(AuditTrailOrderEnum, {
  name: 'AuditTrailOrder',
  description: 'In which order an audit trail lists its entries; entries of the same instant are ordered by id, so pages never overlap.',
  valuesMap: {
    OLDEST_FIRST: { description: 'The first change first (the default, as integrations have always read it).' },
    NEWEST_FIRST: { description: 'The latest change first, as a person reads a history.' },
  },
});

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { description: 'The global id of the object whose history you want (an Account, an Opportunity…).' })
  @IsString()
  entityId!: string;

  @Field(() => AuditTrailOrderEnum, { defaultValue: AuditTrailOrderEnum.OLDEST_FIRST, description: 'Oldest first unless asked otherwise.' })
  @IsOptional()
  @IsIn(Object.values(AuditTrailOrderEnum))
  order: AuditTrailOrder = 'OLDEST_FIRST';
}

@ArgsType()
export class ApiKeyCallsArgs extends PageArgs {
  @Field(() => ID, { description: 'The global id of the API key whose calls you want.' })
  @IsString()
  apiKeyId!: string;
}

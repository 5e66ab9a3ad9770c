import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { PageArgs } from '../../common/graphql/connection';

@ArgsType()
export class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { description: 'The global id of the object whose history you want (an Account, an Opportunity…).' })
  @IsString()
  entityId!: string;
}

@ArgsType()
export class ApiKeyCallsArgs extends PageArgs {
  @Field(() => ID, { description: 'The global id of the API key whose calls you want.' })
  @IsString()
  apiKeyId!: string;
}

import { Field, ObjectType } from '@nestjs/graphql';
import { AccountImportModel } from '../account-import.model';

@ObjectType({ description: 'The import, queued: follow it with `accountImport(id)` or the `importProgress` subscription.' })
export class ImportAccountsPayload {
  @Field(() => AccountImportModel, { description: 'The import just queued.' })
  accountImport!: AccountImportModel;
}

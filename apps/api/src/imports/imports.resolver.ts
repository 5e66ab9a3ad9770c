import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { RequiresKeyScope } from '../common/access/auth.guard';
import { AccountImportModel, ImportRowErrorModel } from './account-import.model';
import { toAccountImportModel } from './account-import.mapper';
import { ImportAccountsInput } from './dto/import-accounts.input';
import { ImportAccountsPayload } from './dto/import-accounts.payload';
import { ImportsService } from './imports.service';

@Resolver(() => AccountImportModel)
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  @Mutation(() => ImportAccountsPayload, {
    description:
      'Imports a customer list into a campaign (managers, admins, API keys with the import scope). The file is checked at once (not CSV, or no header matching the mapping: BAD_USER_INPUT), then imported by a job: rows with problems are reported with their line, the others go in, deduplicated on externalRef, else on normalized name and country.',
  })
  @RequiresKeyScope('import')
  async importAccounts(
    @Args('input', { description: 'The file, the campaign and the mapping of its columns.' }) input: ImportAccountsInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ImportAccountsPayload> {
    return { accountImport: toAccountImportModel(await this.imports.submit(actor, scope, input)) };
  }

  @Query(() => AccountImportModel, { nullable: true, description: 'An import and its progress; null if it is not in your campaigns.' })
  async accountImport(@Args('id', { type: () => ID, description: 'The import’s id.' }) id: string, @CurrentScope() scope: AccessScope): Promise<AccountImportModel | null> {
    const found = await this.imports.get(scope, id);
    return found ? toAccountImportModel(found) : null;
  }

  @ResolveField(() => [ImportRowErrorModel], { description: 'The refused rows and why, by line (at most `first`, up to 1,000).' })
  async errors(
    @Parent() parent: AccountImportModel,
    @Args('first', { type: () => Int, defaultValue: 100, description: 'How many errors, from the first line (1 to 1,000).' }) first: number,
  ): Promise<ImportRowErrorModel[]> {
    const errors = await this.imports.errors(parent.dbId, Math.min(Math.max(first, 1), 1000));
    return errors.map((e) => ({ ...e, params: { value: e.params.value ?? null, max: e.params.max ?? null } }));
  }
}

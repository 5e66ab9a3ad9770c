import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { Connection, PageArgs } from '../common/graphql/connection';
import { toAccountModel, toContactModel } from '../accounts/account.mapper';
import { AccountConnection, AccountModel, ContactModel } from '../accounts/account.model';
import { SearchArgs } from './dto/search.args';
import { ContactConnection, SearchResultsModel } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchResultsModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchResultsModel, { description: 'Finds accounts and people of your campaigns by name (the search box, Ctrl+K).' })
  search(@Args() args: SearchArgs, @CurrentActor() actor: Actor): SearchResultsModel {
    return this.searchService.prepare(actor, args);
  }

  @ResolveField(() => AccountConnection, {
    description: 'Accounts whose name has words starting with every word searched: names that start with the text first, then A to Z.',
  })
  async accounts(@Parent() search: SearchResultsModel, @Args() page: PageArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<AccountModel>> {
    const connection = await this.searchService.accounts(actor, scope, search, page);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toAccountModel(e.node) })) };
  }

  @ResolveField(() => ContactConnection, { description: 'People whose name has words starting with every word searched (each with its `account`), in the same order.' })
  async contacts(@Parent() search: SearchResultsModel, @Args() page: PageArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<ContactModel>> {
    const connection = await this.searchService.contacts(actor, scope, search, page);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toContactModel(e.node) })) };
  }
}

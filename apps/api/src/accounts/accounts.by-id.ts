import { Injectable, OnModuleInit } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byId, listsById, LoadersFactory } from '../common/graphql/loaders';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
import type { RivalEntity } from '../rivals/rival.entity';
import type { ContactEntity, RivalServiceEntity } from './account.entity';
import { toAccountModel, toContactModel } from './account.mapper';
import { AccountRecord, AccountsRepository } from './accounts.repository';

declare module '../common/graphql/loaders' {
  interface Loaders {
    account: DataLoader<string, AccountRecord | null>;
    contactsByAccount: DataLoader<string, ContactEntity[]>;
    rivalServicesByAccount: DataLoader<string, RivalServiceEntity[]>;
    /**
     * The rival of a campaign, keyed by campaign id: from the request's campaignRules loader, so a
     * page that shows both a rival and a priority (the work queue) reads its campaigns once.
     */
    rivalByCampaign: DataLoader<string, RivalEntity | null>;
  }
}

/** How the graph reaches accounts and contacts by id: the request's loaders and `node(id)`. */
@Injectable()
export class AccountsById implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly nodes: NodeRegistry,
    private readonly accounts: AccountsRepository,
  ) {}

  onModuleInit(): void {
    this.loaders.register('account', (scope) => byId((ids) => this.accounts.getByIds(scope, ids)));
    this.loaders.register('contactsByAccount', (scope) => listsById((ids) => this.accounts.contactsByAccountIds(scope, ids)));
    this.loaders.register('rivalServicesByAccount', (scope) => listsById((ids) => this.accounts.rivalServicesByAccountIds(scope, ids)));
    this.loaders.register('rivalByCampaign', (_scope, _now, loaders) =>
      byId(async (ids) => {
        const rules = await loaders.campaignRules.loadMany(ids);
        const found = new Map<string, RivalEntity>();
        rules.forEach((r, k) => {
          if (r instanceof Error) throw r;
          if (r) found.set(ids[k], r.rivalRow);
        });
        return found;
      }),
    );
    this.nodes.register('Account', async (id, ctx) => {
      const account = await ctx.loaders.account.load(id);
      return account ? toAccountModel(account) : null;
    });
    this.nodes.register('Contact', lookupByIds((scope, ids) => this.accounts.getContactsByIds(scope, ids), toContactModel));
  }
}

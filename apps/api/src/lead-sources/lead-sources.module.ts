import { Module, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byId, LoadersFactory } from '../common/graphql/loaders';
import { AccountSourceResolver, ContactSourceResolver } from './lead-sources.resolver';
import { LeadSourcesRepository, type LeadSourceRecord } from './lead-sources.repository';

declare module '../common/graphql/loaders' {
  interface Loaders {
    /** Lead sources by id (many accounts share one: an import's). */
    leadSource: DataLoader<string, LeadSourceRecord | null>;
  }
}

/** Where leads came from (issue #21 part 4): sources recorded by their writers (imports, accounts) in every role. */
@Module({ providers: [LeadSourcesRepository], exports: [LeadSourcesRepository] })
export class LeadSourcesModule {}

/** Sources read on accounts and contacts, where GraphQL is served. */
@Module({ imports: [LeadSourcesModule], providers: [AccountSourceResolver, ContactSourceResolver] })
export class LeadSourcesApiModule implements OnModuleInit {
  constructor(
    private readonly loaders: LoadersFactory,
    private readonly sources: LeadSourcesRepository,
  ) {}

  onModuleInit(): void {
    this.loaders.register('leadSource', (scope) => byId((ids) => this.sources.byIds(scope, ids)));
  }
}

import { Module } from '@nestjs/common';
import { SearchRepository } from './search.repository';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** The global search: accounts and contacts by name, scoped like every read. */
@Module({ providers: [SearchRepository, SearchService, SearchResolver] })
export class SearchModule {}

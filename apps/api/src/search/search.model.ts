import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/graphql/connection';
import { ContactModel } from '../accounts/account.model';
import type { SearchQuery } from './search.repository';

/** A search the caller asked for; its lists are resolved, and paged, in SearchResolver. */
@ObjectType('SearchResults', { description: 'What a search found in your campaigns: accounts and people, by name.' })
export class SearchResultsModel {
  query!: SearchQuery | null;
}

export const ContactConnection = ConnectionType(ContactModel, 'Contact');

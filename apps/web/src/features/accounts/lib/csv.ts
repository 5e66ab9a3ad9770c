import type { AccountsQueryVariables } from '../../../gql/graphql';
import { exportUrl } from '../../../lib/files/exports';

/**
 * `GET /exports/accounts.csv` for the list's filters (its order aside: the file comes in campaign,
 * then name order): the api writes the file as it reads the accounts, whatever their number.
 */
export function accountsExportUrl(variables: AccountsQueryVariables): string {
  const { campaignId, segment, ownerId, unassigned, stage, overdue, minUrgency, search, country } = variables;
  return exportUrl('accounts', { campaignId, segment, ownerId, unassigned, stage, overdue, minUrgency, search, country });
}

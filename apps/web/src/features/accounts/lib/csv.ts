import type { AccountsQueryVariables } from '../../../gql/graphql';

/**
 * `GET /exports/accounts.csv` for the list's filters (its order aside: the file comes in campaign,
 * then name order): the api writes the file as it reads the accounts, whatever their number.
 */
export function accountsExportUrl(variables: AccountsQueryVariables): string {
  const params = new URLSearchParams();
  for (const key of ['campaignId', 'segment', 'ownerId', 'unassigned', 'stage', 'overdue', 'minUrgency', 'search', 'country'] as const) {
    const value = variables[key];
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const query = params.toString();
  return `/exports/accounts.csv${query ? `?${query}` : ''}`;
}

/** The file name a response offers (Content-Disposition), else `fallback`. */
export function offeredFileName(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Saves `blob` as a file through the browser's download. */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

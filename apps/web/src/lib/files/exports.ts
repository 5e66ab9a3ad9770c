/** The lists the api writes as CSV files (`GET /exports/{list}.csv`), each as it reads it. */
export type ExportList = 'accounts' | 'deals' | 'activities';

/** `GET /exports/{list}.csv` with the given filters (those null or undefined left out). */
export function exportUrl(list: ExportList, filters: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== null) params.set(key, String(value));
  const query = params.toString();
  return `/exports/${list}.csv${query ? `?${query}` : ''}`;
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

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import {
  AccountImportErrorsDocument,
  AccountImportProgressDocument,
  ImportProgressDocument,
  ImportAccountsDocument,
  type AccountImportFieldsFragment,
  type ImportAccountsInput,
  type ImportMappingInput,
  type ImportPreset,
  type LawfulBasis,
  type Segment,
} from '../../../gql/graphql';
import { RestError } from '../../../lib/apollo/errors';
import { useAuth } from '../../../lib/auth/auth-context';
import { useLiveEnabled } from '../../../lib/live/live-context';
import { decodeHeader } from '../lib/csv-header';

export type AccountImport = AccountImportFieldsFragment;

/**
 * Files up to this size go through the `importAccounts` mutation, as base64 (a third larger) within
 * the 1 MB of a GraphQL request; larger ones as the body of `POST /imports/:campaignId`.
 */
export const GRAPHQL_FILE_LIMIT = 700 * 1024;
/** The largest file the api takes (its `POST /imports/:campaignId` limit). */
export const MAX_FILE_SIZE = 50 * 1024 * 1024;
export const POLL_INTERVAL_MS = 1000;
/** How many of a finished import's row errors the page shows (the api gives at most 1,000). */
export const ERRORS_SHOWN = 500;

export interface ImportRequest {
  campaignId: string;
  file: File;
  /** A known export layout; ignored when there is a `mapping`. */
  preset: ImportPreset;
  /** Which column holds which field (only the fields given), instead of the preset. */
  mapping: ImportMappingInput | null;
  defaultSegment: Segment | null;
  /** The lawful basis the team relies on for the file's people (recorded as their source, with the file). */
  lawfulBasis: LawfulBasis;
}

/** What `POST /imports/:campaignId` answered when it refused the file: its code and its reason, for a person. */
export class UploadRefusedError extends RestError {
  constructor(message: string, code: string) {
    super(message, code);
    this.name = 'UploadRefusedError';
  }
}

export function isFinished(accountImport: Pick<AccountImport, 'status'> | null | undefined): boolean {
  return accountImport?.status === 'completed' || accountImport?.status === 'failed';
}

/** Sends a customer list: the mutation for a file that fits a GraphQL request, the upload route for a larger one. Resolves to the import's id. */
export function useSubmitImport() {
  const [mutate] = useMutation(ImportAccountsDocument);
  const { authorizedFetch } = useAuth();
  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async (request: ImportRequest): Promise<string> => {
      setBusy(true);
      try {
        if (request.file.size > GRAPHQL_FILE_LIMIT) return await upload(authorizedFetch, request);
        const input: ImportAccountsInput = { campaignId: request.campaignId, csvBase64: await readAsBase64(request.file) };
        if (request.file.name) input.fileName = request.file.name.slice(0, 255);
        if (request.mapping) input.mapping = request.mapping;
        else input.preset = request.preset;
        if (request.defaultSegment) input.defaultSegment = request.defaultSegment;
        input.lawfulBasis = request.lawfulBasis;
        const { data } = await mutate({
          variables: { input },
          // The page follows the import with `accountImport(id)`: it starts from what the mutation answered.
          update: (cache, { data: answer }) => {
            const created = answer?.importAccounts.accountImport;
            if (created) cache.writeQuery({ query: AccountImportProgressDocument, variables: { id: created.id }, data: { accountImport: created } });
          },
        });
        if (!data) throw new Error('The server answered without data.');
        return data.importAccounts.accountImport.id;
      } finally {
        setBusy(false);
      }
    },
    [mutate, authorizedFetch],
  );
  return { submit, busy };
}

/** `POST /imports/:campaignId` with the file's bytes as they are; the options go as query parameters. */
async function upload(fetcher: (url: string, init?: RequestInit) => Promise<Response>, request: ImportRequest): Promise<string> {
  const params = new URLSearchParams();
  if (request.file.name) params.set('fileName', request.file.name.slice(0, 255));
  if (request.mapping) params.set('mapping', JSON.stringify(request.mapping));
  else params.set('preset', request.preset);
  if (request.defaultSegment) params.set('defaultSegment', request.defaultSegment);
  params.set('lawfulBasis', request.lawfulBasis);
  // text/csv whatever the browser calls the file (Windows says application/vnd.ms-excel): the api decodes the bytes itself.
  const response = await fetcher(`/imports/${encodeURIComponent(request.campaignId)}?${params.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: request.file,
  });
  const body = (await response.json().catch(() => null)) as { id?: string; error?: { code?: string; message?: string } } | null;
  if (!response.ok || !body?.id) {
    throw new UploadRefusedError(body?.error?.message ?? `${response.status} ${response.statusText}`.trim(), body?.error?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  return body.id;
}

/** The file's bytes in base64, as `csvBase64` wants them (the api finds the encoding). */
function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file cannot be read.'));
    reader.readAsDataURL(file);
  });
}

/** The first line of a file as text, decoded as the api would (see `decodeHeader`): enough for its column headers. */
export function readFirstLine(file: Blob, bytes = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(decodeHeader(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error ?? new Error('The file cannot be read.'));
    reader.readAsArrayBuffer(file.slice(0, bytes));
  });
}

/** By then a live subscription is surely in place (the socket opens with the first one). */
const SUBSCRIBED_BY_MS = 1_500;

/**
 * An import and its progress: read again after each committed chunk (the `importProgress`
 * subscription) until it completes or fails; without a live connection, polled every second.
 */
export function useAccountImport(id: string | null) {
  const live = useLiveEnabled();
  const [finishedId, setFinishedId] = useState<string | null>(null);
  const running = Boolean(id && finishedId !== id);
  const query = useQuery(AccountImportProgressDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    pollInterval: running && !live ? POLL_INTERVAL_MS : 0,
    notifyOnNetworkStatusChange: false,
  });
  const { refetch } = query;
  useSubscription(ImportProgressDocument, {
    variables: { importId: id ?? '' },
    skip: !live || !running,
    onData: () => void refetch(),
  });
  // A small import may finish before the subscription is in place: read once more when it surely is.
  useEffect(() => {
    if (!live || !running) return;
    const timer = setTimeout(() => void refetch(), SUBSCRIBED_BY_MS);
    return () => clearTimeout(timer);
  }, [live, running, refetch]);
  const accountImport = id ? (query.data?.accountImport ?? null) : null;
  const finished = isFinished(accountImport);
  useEffect(() => {
    if (id && finished) setFinishedId(id);
  }, [id, finished]);
  return {
    accountImport,
    /** The import is not (or no longer) visible to this user. */
    notFound: Boolean(id && query.data && !query.data.accountImport),
    loading: Boolean(id && !query.data && !query.error),
    error: query.error,
    refetch: query.refetch,
  };
}

/** The refused rows of a finished import, when it has some. */
export function useImportErrors(accountImport: AccountImport | null) {
  const wanted = Boolean(accountImport && isFinished(accountImport) && accountImport.failedCount > 0);
  const query = useQuery(AccountImportErrorsDocument, {
    variables: { id: accountImport?.id ?? '', first: ERRORS_SHOWN },
    skip: !wanted,
  });
  return {
    errors: wanted ? (query.data?.accountImport?.errors ?? null) : [],
    error: query.error,
    refetch: query.refetch,
  };
}

import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, RestError } from '../lib/apollo/errors';
import { useAuth } from '../lib/auth/auth-context';
import { offeredFileName, saveFile } from '../lib/files/exports';

/**
 * Downloads a CSV file the api writes (`GET /exports/…`, with the session's token): the file comes
 * whole to the browser, then is saved under the name the api offers; a refusal says why.
 */
export function useCsvDownload() {
  const { t } = useTranslation();
  const { authorizedFetch } = useAuth();
  const [busy, setBusy] = useState(false);
  const download = useCallback(
    async (url: string, fallbackName: string, done?: string) => {
      setBusy(true);
      try {
        const response = await authorizedFetch(url);
        if (!response.ok) throw await RestError.of(response);
        saveFile(offeredFileName(response, fallbackName), await response.blob());
        notifications.show({ color: 'green', message: done ?? t('exports.done') });
      } catch (e) {
        notifications.show({ color: 'red', title: t('exports.failed'), message: errorMessage(e) });
      } finally {
        setBusy(false);
      }
    },
    [authorizedFetch, t],
  );
  return { download, busy };
}

/** A button that downloads one CSV file (see `useCsvDownload`). */
export function ExportButton({
  url,
  fallbackName,
  done,
  children,
  ...button
}: {
  url: string;
  fallbackName: string;
  /** What to say once the file is saved (default: "File downloaded."). */
  done?: string;
  children: ReactNode;
} & Omit<ButtonProps, 'onClick' | 'loading' | 'leftSection'>) {
  const { download, busy } = useCsvDownload();
  return (
    <Button variant="default" {...button} leftSection={<IconDownload size={16} aria-hidden />} loading={busy} onClick={() => void download(url, fallbackName, done)}>
      {children}
    </Button>
  );
}

import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { errorMessage } from '../../../lib/apollo/errors';

/** The frame of every admin page: a title, its main action, and the loading and error states. */
export function AdminPage({
  id,
  title,
  action,
  loading,
  error,
  onRetry,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={1} id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {error && loading ? (
        <ErrorState onRetry={onRetry}>{t('admin.common.error', { message: errorMessage(error) })}</ErrorState>
      ) : loading ? (
        <LoadingState label={t('admin.common.loading')} />
      ) : (
        children
      )}
    </Stack>
  );
}

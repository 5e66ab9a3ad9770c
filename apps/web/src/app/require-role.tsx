import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth/auth-context';
import type { SessionUser } from '../lib/auth/session';

export type Role = SessionUser['role'];

/**
 * Screens for some roles only (the managers' dashboard, the admins' pages). The api refuses the
 * data anyway (FORBIDDEN); this only spares others a screen full of errors.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (user && roles.includes(user.role)) return children;
  return (
    <Stack gap="xs" py="xl" align="center">
      <Title order={1} size="h3">
        {t('errors.FORBIDDEN')}
      </Title>
      {!roles.includes('manager') && <Text c="dimmed">{t('admin.common.forbidden')}</Text>}
    </Stack>
  );
}

import { NavLink, Text } from '@mantine/core';
import { IconApi, IconBuildingFactory2, IconCalendarWeek, IconMailForward, IconChartBar, IconChecklist, IconFileImport, IconSettings, IconUsers, IconWebhook } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { useAuth } from '../lib/auth/auth-context';
import { QueueBoardLink } from '../features/notifications/queue-board-link';
import type { Role } from './require-role';

type Label =
  | 'dashboard.nav'
  | 'approvals.nav'
  | 'imports.nav'
  | 'migrations.nav'
  | 'personalOffers.nav'
  | 'admin.nav.users'
  | 'admin.nav.rivals'
  | 'admin.nav.campaigns'
  | 'admin.nav.apiKeys'
  | 'admin.nav.webhooks';

const ITEMS: Array<{ to: string; label: Label; icon: ComponentType<{ size?: number }>; roles: readonly Role[]; admin?: boolean }> = [
  { to: '/dashboard', label: 'dashboard.nav', icon: IconChartBar, roles: ['manager', 'admin'] },
  { to: '/approvals', label: 'approvals.nav', icon: IconChecklist, roles: ['manager', 'admin'] },
  { to: '/imports', label: 'imports.nav', icon: IconFileImport, roles: ['manager', 'admin'] },
  { to: '/migrations', label: 'migrations.nav', icon: IconCalendarWeek, roles: ['manager', 'admin'] },
  { to: '/offers', label: 'personalOffers.nav', icon: IconMailForward, roles: ['manager', 'admin'] },
  { to: '/admin/users', label: 'admin.nav.users', icon: IconUsers, roles: ['admin'], admin: true },
  { to: '/admin/rivals', label: 'admin.nav.rivals', icon: IconBuildingFactory2, roles: ['admin'], admin: true },
  { to: '/admin/campaigns', label: 'admin.nav.campaigns', icon: IconSettings, roles: ['admin'], admin: true },
  { to: '/admin/api-keys', label: 'admin.nav.apiKeys', icon: IconApi, roles: ['admin'], admin: true },
  { to: '/admin/webhooks', label: 'admin.nav.webhooks', icon: IconWebhook, roles: ['admin'], admin: true },
];

/** The managers' and admins' screens in the side navigation; nothing for a rep. */
export function ManagerNavigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  if (!user) return null;
  const items = ITEMS.filter((item) => item.roles.includes(user.role));
  if (items.length === 0) return null;
  return (
    <>
      {items.map(({ to, label, icon: Icon, admin }, index) => (
        <div key={to}>
          {admin && !items[index - 1]?.admin && (
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} px="sm" pt="md" pb={4}>
              {t('admin.nav.section')}
            </Text>
          )}
          <NavLink
            component={RouterNavLink}
            to={to}
            label={t(label)}
            leftSection={<Icon size={18} />}
            active={location.pathname.startsWith(to)}
            onClick={onNavigate}
          />
        </div>
      ))}
      {user.role === 'admin' && <QueueBoardLink onNavigate={onNavigate} />}
    </>
  );
}

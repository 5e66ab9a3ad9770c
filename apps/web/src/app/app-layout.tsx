import { AppShell, Box, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconBuildingSkyscraper, IconLayoutKanban, IconListCheck, IconTargetArrow, IconUsersGroup } from '@tabler/icons-react';
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { CampaignSwitcher } from '../components/campaign-switcher';
import { LanguageSwitch } from '../components/language-switch';
import { LoadingState } from '../components/page-states';
import { UserMenu } from '../features/identity/components/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { GlobalSearch } from '../features/search/components/global-search';
import { ManagerNavigation } from './manager-navigation';

const NAVIGATION: Array<{ to: string; label: 'nav.queue' | 'nav.pipeline' | 'nav.accounts' | 'nav.collectives' | 'nav.rivals'; icon: ComponentType<{ size?: number }>; end?: boolean }> = [
  { to: '/', label: 'nav.queue', icon: IconListCheck, end: true },
  { to: '/pipeline', label: 'nav.pipeline', icon: IconLayoutKanban },
  { to: '/accounts', label: 'nav.accounts', icon: IconBuildingSkyscraper },
  { to: '/collectives', label: 'nav.collectives', icon: IconUsersGroup },
  { to: '/rivals', label: 'nav.rivals', icon: IconTargetArrow },
];

/** The signed-in frame: brand, campaign, search, language and user in the header; the team's screens on the side. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  // Below Mantine's `sm` (the navbar becomes a drawer) the header keeps brand, campaign, search and
  // bell; the language and the user menu move into the drawer, so that nothing is pushed off a 390 px screen.
  const phone = useMediaQuery('(max-width: 47.99em)');

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header bg="harbour.9" c="white" withBorder={false}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label={t('app.openNavigation')} />
            <Title order={2} size="h4" c="white" visibleFrom="xs">
              <Text component={Link} to="/" inherit c="white" td="none">
                {t('app.brand')}
              </Text>
            </Title>
            <Text size="sm" c="harbour.1" visibleFrom="xl">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" className="app-header-tools" justify="flex-end" style={phone ? { flex: '1 1 auto', minWidth: 0 } : undefined}>
            <Box style={phone ? { flex: '1 1 190px', minWidth: 0, maxWidth: 240 } : undefined}>
              <CampaignSwitcher />
            </Box>
            <GlobalSearch />
            <NotificationBell />
            {!phone && <LanguageSwitch />}
            {!phone && <UserMenu />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.mainNavigation')} component="nav">
        {NAVIGATION.map(({ to, label, icon: Icon, end }) => (
          <NavLink
            key={to}
            component={RouterNavLink}
            to={to}
            end={end}
            label={t(label)}
            leftSection={<Icon size={18} />}
            active={end ? location.pathname === to : location.pathname.startsWith(to)}
            onClick={close}
          />
        ))}
        <ManagerNavigation onNavigate={close} />
        {phone && (
          <Stack gap="xs" mt="md" px="xs" align="flex-start">
            <LanguageSwitch />
            <UserMenu withName />
          </Stack>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

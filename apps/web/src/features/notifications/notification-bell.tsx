import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../lib/auth/auth-context';
import { intlLocale } from '../../lib/i18n/format';
import { useNow } from '../../lib/use-now';
import { notificationTarget, relativeTime, useNotifications, type BellNotification } from './use-notifications';

/**
 * The bell in the header: the unread count on the button (and in its accessible name), and a
 * popover with the latest notifications, newest first. Choosing one marks it read and opens its
 * account, proposal or the approvals inbox; "mark all as read" clears the count.
 */
export function NotificationBell() {
  const { user } = useAuth();
  if (!user) return null;
  return <Bell />;
}

function Bell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const [opened, setOpened] = useState(false);
  const { items, unreadCount, loaded, error, markRead, markAllRead } = useNotifications();
  const locale = intlLocale(i18n.language);

  const choose = (n: BellNotification) => {
    if (!n.read) void markRead([n.id]);
    const to = notificationTarget(n);
    if (to) {
      setOpened(false);
      void navigate(to);
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withinPortal trapFocus returnFocus>
      <Popover.Target>
        {/* Mantine adds aria-expanded and aria-controls; the dropdown is a dialog named by this button. */}
        <ActionIcon variant="subtle" color="white" size="lg" aria-label={t('notifications.button', { count: unreadCount })} onClick={() => setOpened((o) => !o)}>
          <Indicator label={unreadCount > 99 ? '99+' : unreadCount} size={16} color="red" disabled={unreadCount === 0} offset={2}>
            <IconBell size={20} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      {/* Mantine makes it a dialog named by the bell button. */}
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconChecks size={14} aria-hidden />}
            disabled={unreadCount === 0}
            onClick={() => void markAllRead()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420} type="auto">
          {error && !loaded ? (
            <Text size="sm" c="red" px="sm" pb="sm" role="alert">
              {t('notifications.loadFailed')}
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" px="sm" pb="sm">
              {loaded ? t('notifications.empty') : '…'}
            </Text>
          ) : (
            <Stack component="ul" gap={0} m={0} p={0} aria-label={t('notifications.list')} style={{ listStyle: 'none' }}>
              {items.map((n) => (
                <li key={n.id}>
                  <UnstyledButton
                    w="100%"
                    px="sm"
                    py="xs"
                    onClick={() => choose(n)}
                    bg={n.read ? undefined : 'var(--mantine-color-blue-light)'}
                    aria-label={n.read ? undefined : t('notifications.unreadNamed', { title: n.title })}
                  >
                    <Text size="sm" fw={n.read ? 400 : 600} lineClamp={2}>
                      {n.title}
                    </Text>
                    {n.body && (
                      <Text size="xs" c="dimmed" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                        {n.body}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
                      {relativeTime(n.createdAt, now, locale)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

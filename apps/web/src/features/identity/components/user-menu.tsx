import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../lib/auth/auth-context';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** Who is signed in, and the way out. */
export function UserMenu({ withName = false }: { /** Show the name even on a phone (in the navigation drawer, where there is room). */ withName?: boolean } = {}) {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const wide = useMediaQuery(`(min-width: ${useMantineTheme().breakpoints.sm})`);
  const navigate = useNavigate();
  if (!user) return null;
  const [before, after = ''] = t('user.menu', { name: '\u0000' }).split('\u0000');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by its content, so that what is seen (the name) is part of what is heard:
            "Account menu for Alice Martin", the words around the name visually hidden. */}
        <UnstyledButton p={4}>
          <Group gap={6} wrap="nowrap">
            <VisuallyHidden>{before}</VisuallyHidden>
            <Avatar size="sm" color="harbour" radius="xl" aria-hidden>
              {initials(user.name)}
            </Avatar>
            {wide || withName ? (
              <Text size="sm" fw={500}>
                {user.name}
              </Text>
            ) : (
              <VisuallyHidden>{user.name}</VisuallyHidden>
            )}
            {after && <VisuallyHidden>{after}</VisuallyHidden>}
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email} · {t(`user.role.${user.role}`)}
        </Menu.Label>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => {
            void signOut().then(() => navigate('/sign-in', { replace: true }));
          }}
        >
          {t('user.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Box, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';

/**
 * The frame of a page a customer opens from a link, signed out (a proposal to accept, a personal
 * offer): the provider's name and what the page is, the language switch, then the page.
 */
export function PublicLinkFrame({ providerLine, children }: { providerLine: string; children: ReactNode }) {
  return (
    <Box bg="gray.0" mih="100vh" py="xl">
      <Container size="md" px="sm">
        <Group justify="space-between" mb="lg" wrap="nowrap">
          <div>
            <Title order={2} size="h3" c="harbour.9">
              Lifeboat Networks
            </Title>
            <Text size="sm" c="dimmed">
              {providerLine}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Box component="main">{children}</Box>
      </Container>
    </Box>
  );
}

/** What such a page says when its link does not work (mistyped, used, expired…). */
export function LinkProblemCard({ title, body }: { title: string; body: string }) {
  return (
    <Card padding="xl">
      <Stack align="center" gap="sm" ta="center">
        <IconLinkOff size={40} aria-hidden color="var(--mantine-color-gray-6)" />
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text>{body}</Text>
      </Stack>
    </Card>
  );
}

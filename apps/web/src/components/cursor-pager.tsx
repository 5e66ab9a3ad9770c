import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where a list paged by cursors stands: the cursors of the pages visited (null: the first), so that Previous goes back to the page before. */
export interface CursorPages {
  /** The cursor to ask the current page with. */
  after: string | null;
  /** The current page's number, from 1. */
  page: number;
  previous: () => void;
  next: (endCursor: string) => void;
  /** Back to the first page (the filters or the list changed). */
  reset: () => void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    previous: useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []),
    next: useCallback((endCursor: string) => setCursors((c) => [...c, endCursor]), []),
    reset: useCallback(() => setCursors([null]), []),
  };
}

/** Previous / Next under a list paged by cursors, with a line saying where the reader is. */
export function CursorPager({ pages, pageInfo, label }: { pages: CursorPages; pageInfo: { hasNextPage: boolean; endCursor?: string | null } | null | undefined; label: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} aria-hidden />} disabled={pages.page <= 1} onClick={pages.previous}>
          {t('accounts.previous')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} aria-hidden />}
          disabled={!pageInfo?.hasNextPage}
          onClick={() => {
            if (pageInfo?.endCursor) pages.next(pageInfo.endCursor);
          }}
        >
          {t('accounts.next')}
        </Button>
      </Group>
    </Group>
  );
}

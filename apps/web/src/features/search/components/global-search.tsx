import { useLazyQuery } from '@apollo/client/react';
import { Button, Kbd, Text, VisuallyHidden, useMantineTheme } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch, IconUser, IconBuilding } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GlobalSearchDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useCampaignSelection } from '../../../lib/campaign-selection';

const MIN_LENGTH = 2;

/** Ctrl+K (⌘K): find an account or one of its people by name (any word, from its first letters), and go to it. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { campaignId } = useCampaignSelection();
  const wide = useMediaQuery(`(min-width: ${useMantineTheme().breakpoints.sm})`);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [search, { data, loading, error, variables }] = useLazyQuery(GlobalSearchDocument);

  useEffect(() => {
    if (debounced.length >= MIN_LENGTH) void search({ variables: { text: debounced, campaignId } });
  }, [debounced, campaignId, search]);

  const searched = debounced.length >= MIN_LENGTH;
  const accounts = searched ? (data?.search.accounts.edges.map((e) => e.node) ?? []) : [];
  const contacts = searched ? (data?.search.contacts.edges.map((e) => e.node) ?? []) : [];
  const pendingEnter = useRef(false);
  const go = (id: string) => {
    pendingEnter.current = false;
    spotlight.close();
    void navigate(`/accounts/${encodeURIComponent(id)}`);
  };
  // The first result's account: what Enter opens when no result is highlighted (the results come after
  // the query changed, so the palette's own "first action selected" never sees them).
  const firstId = accounts[0]?.id ?? contacts[0]?.account.id ?? null;
  // The results shown are those of what is typed now (not of a previous query, nor before the search started).
  const upToDate = searched && !loading && (!!data || !!error) && variables?.text === debounced && debounced === query.trim();

  useEffect(() => {
    // Enter pressed while the results were on their way: open the first one when they arrive.
    if (pendingEnter.current && upToDate && firstId) go(firstId);
    else if (upToDate && !firstId) pendingEnter.current = false;
  });

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    // A result highlighted with the arrow keys: the palette opens it.
    if (document.querySelector('[data-action][data-selected]')) return;
    if (upToDate && firstId) go(firstId);
    else if (query.trim().length >= MIN_LENGTH) pendingEnter.current = true;
  }

  return (
    <>
      <Button
        size="xs"
        variant="white"
        color="harbour"
        leftSection={<IconSearch size={14} aria-hidden />}
        rightSection={
          // The shortcut is announced by aria-keyshortcuts: the name stays "Search".
          <Kbd size="xs" visibleFrom="md" aria-hidden>
            {t('search.shortcut')}
          </Kbd>
        }
        onClick={() => spotlight.open()}
        aria-keyshortcuts="Control+K"
      >
        {/* Named by its text ("Search"), shown from small screens up, heard on all. */}
        {wide ? (
          <Text span size="xs">
            {t('search.open')}
          </Text>
        ) : (
          <VisuallyHidden>{t('search.open')}</VisuallyHidden>
        )}
      </Button>
      <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={420}>
        <Spotlight.Search placeholder={t('search.placeholder')} leftSection={<IconSearch size={18} aria-hidden />} aria-label={t('search.open')} onKeyDown={onSearchKeyDown} />
        <Spotlight.ActionsList>
          {!searched ? (
            <Spotlight.Empty>{t('search.typeMore')}</Spotlight.Empty>
          ) : error ? (
            <Spotlight.Empty>{t('search.failed', { message: errorMessage(error) })}</Spotlight.Empty>
          ) : loading && !data ? (
            <Spotlight.Empty>{t('search.searching')}</Spotlight.Empty>
          ) : accounts.length === 0 && contacts.length === 0 ? (
            <Spotlight.Empty>{t('search.nothing')}</Spotlight.Empty>
          ) : (
            <>
              {accounts.length > 0 && (
                <Spotlight.ActionsGroup label={t('search.accounts')}>
                  {accounts.map((account) => (
                    <Spotlight.Action
                      key={account.id}
                      label={account.name}
                      description={t(`domain.segment.${account.segment}`)}
                      leftSection={<IconBuilding size={18} aria-hidden />}
                      onClick={() => go(account.id)}
                    />
                  ))}
                </Spotlight.ActionsGroup>
              )}
              {contacts.length > 0 && (
                <Spotlight.ActionsGroup label={t('search.contacts')}>
                  {contacts.map((contact) => (
                    <Spotlight.Action
                      key={contact.id}
                      label={contact.name}
                      description={
                        contact.title
                          ? t('search.contactWithTitle', { title: contact.title, account: contact.account.name })
                          : t('search.contactOf', { account: contact.account.name })
                      }
                      leftSection={<IconUser size={18} aria-hidden />}
                      onClick={() => go(contact.account.id)}
                    />
                  ))}
                </Spotlight.ActionsGroup>
              )}
            </>
          )}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}

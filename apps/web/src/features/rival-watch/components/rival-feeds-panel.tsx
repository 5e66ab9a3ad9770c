import { Alert, Badge, Button, Card, Checkbox, Code, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddRivalFeedInput, RivalFeedKind } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/apollo/errors';
import { useFormat } from '../../../lib/i18n/format';
import type { RivalFeed } from '../api/use-rival-signals';

const KINDS: readonly RivalFeedKind[] = ['statuspage', 'rss', 'atom', 'webhook'];

/** The form that adds a feed, or renames / re-points one (`feed` given). */
function FeedForm({ feed, busy, onSubmit, onCancel }: { feed?: RivalFeed; busy: boolean; onSubmit: (v: { kind: RivalFeedKind; name: string; url: string; autoRecord: boolean }) => Promise<boolean>; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RivalFeedKind>(feed?.kind ?? 'statuspage');
  const [name, setName] = useState(feed?.name ?? '');
  const [url, setUrl] = useState(feed?.url ?? '');
  const [autoRecord, setAutoRecord] = useState(feed?.autoRecord ?? false);
  const [errors, setErrors] = useState<{ name?: string; url?: string }>({});
  const prefix = feed ? `feed-edit-${feed.id}` : 'feed-add';
  return (
    <form
      noValidate
      aria-label={feed ? t('rivalSignals.feeds.editTitle', { name: feed.name }) : t('rivalSignals.feeds.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        const found: typeof errors = {};
        if (!name.trim()) found.name = t('rivalSignals.feeds.nameRequired');
        if (kind !== 'webhook' && !/^https?:\/\/\S+$/i.test(url.trim())) found.url = t('rivalSignals.feeds.urlInvalid');
        setErrors(found);
        if (Object.keys(found).length > 0) return;
        void onSubmit({ kind, name: name.trim(), url: url.trim(), autoRecord }).then((ok) => {
          if (ok && !feed) {
            setName('');
            setUrl('');
          }
        });
      }}
    >
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          {!feed && (
            <NativeSelect
              id={`${prefix}-kind`}
              label={t('rivalSignals.feeds.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as RivalFeedKind)}
              data={KINDS.map((k) => ({ value: k, label: t(`rivalSignals.kind.${k}`) }))}
            />
          )}
          <TextInput id={`${prefix}-name`} label={t('rivalSignals.feeds.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} style={{ flex: '1 1 12rem' }} />
          {kind !== 'webhook' && (
            <TextInput
              id={`${prefix}-url`}
              label={kind === 'statuspage' ? t('rivalSignals.feeds.statuspageUrl') : t('rivalSignals.feeds.url')}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={errors.url}
              style={{ flex: '2 1 16rem' }}
            />
          )}
        </Group>
        {!feed && <Checkbox label={t('rivalSignals.feeds.autoRecord')} checked={autoRecord} onChange={(e) => setAutoRecord(e.currentTarget.checked)} />}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={busy}>
            {feed ? t('rivalSignals.feeds.save') : t('rivalSignals.feeds.add')}
          </Button>
          {onCancel && (
            <Button size="xs" variant="default" onClick={onCancel}>
              {t('rivalSignals.feeds.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** A rival's feeds: each with its last poll and, when it fails, why, in plain words; managers add, edit, pause and remove them. */
export function RivalFeedsPanel({
  rivalId,
  feeds,
  canManage,
  actions,
}: {
  rivalId: string;
  feeds: readonly RivalFeed[];
  canManage: boolean;
  actions: {
    adding: boolean;
    add: (input: AddRivalFeedInput) => Promise<{ data?: { addRivalFeed: { secret?: string | null; feed: { signalPath?: string | null } } } | null }>;
    update: (input: { id: string; expectedVersion: number; name?: string; url?: string; active?: boolean; autoRecord?: boolean }) => Promise<unknown>;
    remove: (id: string) => Promise<unknown>;
    poll: (id: string) => Promise<unknown>;
  };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ secret: string; path: string } | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (e) {
      notifications.show({ color: 'red', message: t('rivalSignals.failed', { message: errorMessage(e) }) });
      return false;
    }
  };

  return (
    <Card component="section" aria-labelledby="feeds-title" padding="md">
      <Title order={2} size="h4" id="feeds-title" mb="sm">
        {t('rivalSignals.feeds.title')}
      </Title>
      <Stack gap="sm">
        {feeds.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('rivalSignals.feeds.none')}
          </Text>
        )}
        {feeds.map((feed) => (
          <Stack key={feed.id} gap={4} data-testid="feed" data-failing={feed.failing} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                {feed.name}
              </Text>
              <Badge size="xs" variant="light">
                {t(`rivalSignals.kind.${feed.kind}`)}
              </Badge>
              <Badge size="xs" variant="outline" color={!feed.active ? 'gray' : feed.failing ? 'red' : 'green'}>
                {!feed.active ? t('rivalSignals.feeds.paused') : feed.failing ? t('rivalSignals.feeds.failing') : t('rivalSignals.feeds.ok')}
              </Badge>
              {feed.autoRecord && (
                <Badge size="xs" variant="outline">
                  {t('rivalSignals.feeds.autoRecordOn')}
                </Badge>
              )}
            </Group>
            {feed.url && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {feed.url}
              </Text>
            )}
            {feed.signalPath && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('rivalSignals.feeds.signalPath')} <Code>POST {feed.signalPath}</Code>
              </Text>
            )}
            {feed.kind !== 'webhook' && (
              <Text size="xs" c="dimmed">
                {feed.lastPolledAt ? t('rivalSignals.feeds.lastPolled', { at: format.dateTime(feed.lastPolledAt) }) : t('rivalSignals.feeds.neverPolled')}
              </Text>
            )}
            {feed.failing && feed.lastError && (
              <Alert color="red" variant="light" p="xs" role="status" title={t('rivalSignals.feeds.errorTitle', { count: feed.consecutiveFailures })}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {feed.lastError}
                </Text>
                {feed.lastErrorAt && (
                  <Text size="xs" c="dimmed">
                    {format.dateTime(feed.lastErrorAt)}
                    {feed.nextPollAt ? ` · ${t('rivalSignals.feeds.nextPoll', { at: format.dateTime(feed.nextPollAt) })}` : ''}
                  </Text>
                )}
              </Alert>
            )}
            {canManage && editing === feed.id && (
              <FeedForm
                feed={feed}
                busy={false}
                onCancel={() => setEditing(null)}
                onSubmit={async (v) => {
                  const ok = await run(() =>
                    actions.update({ id: feed.id, expectedVersion: feed.version, name: v.name, ...(feed.kind !== 'webhook' && v.url !== feed.url ? { url: v.url } : {}) }),
                  );
                  if (ok) setEditing(null);
                  return ok;
                }}
              />
            )}
            {canManage && editing !== feed.id && (
              <Group gap="xs" wrap="wrap">
                <Button size="compact-xs" variant="default" onClick={() => void run(() => actions.update({ id: feed.id, expectedVersion: feed.version, active: !feed.active }))}>
                  {feed.active ? t('rivalSignals.feeds.pause') : t('rivalSignals.feeds.resume')}
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => setEditing(feed.id)}>
                  {t('rivalSignals.feeds.edit')}
                </Button>
                {feed.kind !== 'webhook' && feed.active && (
                  <Button size="compact-xs" variant="default" onClick={() => void run(() => actions.poll(feed.id))}>
                    {t('rivalSignals.feeds.pollNow')}
                  </Button>
                )}
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void run(() => actions.remove(feed.id))} aria-label={t('rivalSignals.feeds.removeLabel', { name: feed.name })}>
                  {t('rivalSignals.feeds.remove')}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {secret && (
          <Alert color="harbour" variant="light" withCloseButton onClose={() => setSecret(null)} title={t('rivalSignals.feeds.secretTitle')}>
            <Text size="sm">{t('rivalSignals.feeds.secretHelp')}</Text>
            <Code block>{`POST ${secret.path}\n${secret.secret}`}</Code>
          </Alert>
        )}
        {canManage && (
          <FeedForm
            busy={actions.adding}
            onSubmit={async (v) => {
              let answer: Awaited<ReturnType<typeof actions.add>> | null = null;
              const ok = await run(async () => {
                answer = await actions.add({ rivalId, kind: v.kind, name: v.name, autoRecord: v.autoRecord, ...(v.kind === 'webhook' ? {} : { url: v.url }) });
              });
              const added = (answer as Awaited<ReturnType<typeof actions.add>> | null)?.data?.addRivalFeed;
              if (ok && added?.secret) setSecret({ secret: added.secret, path: added.feed.signalPath ?? '' });
              return ok;
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

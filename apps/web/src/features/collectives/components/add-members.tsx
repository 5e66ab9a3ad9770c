import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorTitleKey } from '../../../lib/apollo/errors';
import { useAccountSearch, useCollectiveMutations } from '../api/use-collectives';

interface MatchResult {
  matched: number;
  unmatched: string[];
  ambiguous: string[];
  inOther: string[];
}

function NameList({ title, names, color }: { title: string; names: string[]; color: string }) {
  if (names.length === 0) return null;
  return (
    <Alert color={color} title={`${title} (${names.length})`} p="sm">
      <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
        {names.map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Adding members: by searching the campaign's accounts, or by pasting the collective's published member list. */
export function AddMembers({ collectiveId, campaignId, onChanged }: { collectiveId: string; campaignId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { add, addState, linkByName, linkState } = useCollectiveMutations();
  const { search, results, loading } = useAccountSearch();
  const [text, setText] = useState('');
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<MatchResult | null>(null);

  useEffect(() => {
    const term = text.trim();
    if (term.length < 2) return;
    const timer = setTimeout(() => void search({ variables: { campaignId, search: term } }), 250);
    return () => clearTimeout(timer);
  }, [text, campaignId, search]);

  const addOne = async (account: { id: string; name: string }) => {
    try {
      await add({ variables: { input: { collectiveId, accountIds: [account.id] } } });
      notifications.show({ color: 'green', message: t('collectives.add.added', { name: account.name }) });
      onChanged();
      void search({ variables: { campaignId, search: text.trim() } });
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    }
  };

  const link = async () => {
    const names = pasted.split(/\r?\n/).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0) return;
    try {
      const res = await linkByName({ variables: { input: { collectiveId, names } } });
      const r = res.data?.linkCollectiveMembersByName;
      if (r) {
        setResult({ matched: r.matched.length, unmatched: r.unmatched, ambiguous: r.ambiguous, inOther: r.inOtherCollective.map((a) => a.name) });
        onChanged();
      }
    } catch (e) {
      notifications.show({ color: 'red', title: t(errorTitleKey(e)), message: errorMessage(e) });
    }
  };

  const shown = text.trim().length >= 2 ? results : null;

  return (
    <Card component="section" aria-labelledby="add-members-title" withBorder>
      <Title order={2} size="h4" id="add-members-title" mb="sm">
        {t('collectives.add.title')}
      </Title>
      <Stack gap="lg">
        <Stack gap="xs">
          <TextInput
            label={t('collectives.add.search')}
            placeholder={t('collectives.add.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {shown && shown.length === 0 && !loading && (
            <Text size="sm" c="dimmed">
              {t('collectives.add.noResult')}
            </Text>
          )}
          {shown && shown.length > 0 && (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {shown.map((a) => (
                <Group key={a.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {a.name}
                  </Text>
                  {a.collective ? (
                    <Text size="xs" c="dimmed" ta="right" style={{ flexShrink: 0, maxWidth: '50%' }}>
                      {a.collective.id === collectiveId ? t('collectives.add.member') : t('collectives.add.inOther', { name: a.collective.name })}
                    </Text>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      aria-label={t('collectives.add.addLabel', { name: a.name })}
                      loading={addState.loading}
                      onClick={() => void addOne(a)}
                      style={{ flexShrink: 0 }}
                    >
                      {t('collectives.add.add')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('collectives.paste.title')}
          </Text>
          <Textarea
            label={t('collectives.paste.label')}
            description={t('collectives.paste.hint')}
            value={pasted}
            onChange={(e) => setPasted(e.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={12}
          />
          <Group>
            <Button onClick={() => void link()} loading={linkState.loading} disabled={!pasted.trim()}>
              {t('collectives.paste.submit')}
            </Button>
          </Group>
          {result && (
            <Stack gap="xs" aria-live="polite">
              <Text size="sm" fw={600}>
                {t('collectives.paste.matched', { count: result.matched })}
              </Text>
              {result.unmatched.length + result.ambiguous.length + result.inOther.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('collectives.paste.allMatched')}
                </Text>
              )}
              <NameList title={t('collectives.paste.unmatched')} names={result.unmatched} color="orange" />
              <NameList title={t('collectives.paste.ambiguous')} names={result.ambiguous} color="yellow" />
              <NameList title={t('collectives.paste.inOther')} names={result.inOther} color="gray" />
            </Stack>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

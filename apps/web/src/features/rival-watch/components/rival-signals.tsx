import { Stack } from '@mantine/core';
import { useRivalSignalActions, useRivalSignals } from '../api/use-rival-signals';
import { RivalFeedsPanel } from './rival-feeds-panel';
import { SuggestedEvents } from './suggested-events';

/** The rival page's signals (issue #22): what its feeds suggest, and the feeds themselves. */
export function RivalSignals({ rivalId, canManage }: { rivalId: string; canManage: boolean }) {
  const { feeds, suggestions, loaded } = useRivalSignals(rivalId);
  const actions = useRivalSignalActions();
  if (!loaded) return null;
  return (
    <Stack gap="md">
      <SuggestedEvents suggestions={suggestions} canManage={canManage} onConfirm={actions.confirm} onDismiss={actions.dismiss} />
      <RivalFeedsPanel rivalId={rivalId} feeds={feeds} canManage={canManage} actions={actions} />
    </Stack>
  );
}

import type { Stage } from '@lifeboat/domain';
import type { QueueItem } from './pipeline.service';

/**
 * English words of a queue entry, for the deprecated `QueueItem.reasonText` only (integrations and
 * logs written before it was deprecated). The queue travels as codes (`reason`, the deal's stage
 * and due time); screens word them in their reader's language (apps/web `urgency-words.ts`).
 */
function duration(ms: number): string {
  const hours = Math.round(Math.abs(ms) / 3_600_000);
  if (hours < 1) return 'less than an hour';
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

const NEXT_STEP: Record<Stage, string> = {
  identified: 'make the first contact',
  contacted: 'send a proposal',
  proposal_sent: 'get it signed',
  negotiating: 'get it signed',
  won: '',
  lost: '',
};

export function queueReasonInEnglish(item: QueueItem, now: Date): string {
  const { account, opportunity } = item;
  const due = opportunity?.dueAt ?? null;
  switch (item.reason) {
    case 'CLAIMABLE':
      return `Nobody owns ${account.name} yet: claim it (urgency ${account.urgency}).`;
    case 'OVERDUE':
      return `Overdue by ${duration(now.getTime() - (due as Date).getTime())}: ${NEXT_STEP[(opportunity as { stage: Stage }).stage]}.`;
    case 'DUE_SOON':
      return `Due in ${duration((due as Date).getTime() - now.getTime())}: ${NEXT_STEP[(opportunity as { stage: Stage }).stage]}.`;
    default:
      return opportunity ? `In ${opportunity.stage.replace('_', ' ')}: ${NEXT_STEP[opportunity.stage]}${due ? ` before ${due.toISOString()}` : ''}.` : 'Follow up.';
  }
}

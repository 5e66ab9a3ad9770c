import { STAGES } from '@lifeboat/shared';
import { useTranslation } from 'react-i18next';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import { useFormat } from './format';

const STAGE_CODES = new Set<string>(STAGES);
// The api's English body of a move: "Moved from proposal_sent to negotiating." (with the reason and the note after).
const ENGLISH_MOVE = /^Moved from (\w+) to (\w+)(?: \((\w+)\))?\.(?: (.*))?$/s;

/**
 * The api writes a system activity's `body` in English (integrations read it) and sends its facts
 * as codes and numbers (`systemEvent`): this words them in the reader's language, with the stage
 * and lost-reason words and the money and date formats of the rest of the app. A logged activity
 * (what a person wrote) and a system activity recorded before its facts were kept show their body.
 */
export function useActivityWords() {
  const { t } = useTranslation();
  const format = useFormat();

  /** A move recorded before its facts were kept: its stages from the English body, never shown as codes ("proposal_sent"). */
  function englishMove(text: string): string {
    const m = ENGLISH_MOVE.exec(text);
    if (!m || !STAGE_CODES.has(m[1]) || !STAGE_CODES.has(m[2])) return text;
    const stage = (code: string) => t(`domain.stage.${code}` as 'domain.stage.identified');
    const sentence = t('systemActivity.moved', { from: stage(m[1]), to: stage(m[2]) });
    return m[4] ? `${sentence} ${m[4]}` : sentence;
  }

  function body(a: Pick<ActivityFieldsFragment, 'kind' | 'body' | 'systemEvent'>): string {
    const e = a.systemEvent;
    if (!e) return a.kind === 'stage_change' ? englishMove(a.body) : a.body;
    switch (a.kind) {
      case 'stage_change': {
        if (!e.from || !e.to) return englishMove(a.body);
        const stages = { from: t(`domain.stage.${e.from}`), to: t(`domain.stage.${e.to}`) };
        const sentence = e.lostReason
          ? t('systemActivity.movedLost', { ...stages, reason: t(`domain.lostReason.${e.lostReason}`) })
          : t('systemActivity.moved', stages);
        // The note is the mover's own words, shown as written.
        return e.note ? `${sentence} ${e.note}` : sentence;
      }
      case 'proposal_sent': {
        if (!e.monthlyTotal || e.termMonths === null) return a.body;
        const terms = { amount: format.money(e.monthlyTotal), count: e.termMonths };
        // Sent by email from Lifeboat: to whom (a re-send says the previous link stopped working).
        if (e.recipientName && e.recipientEmail) {
          const to = { name: e.recipientName, email: e.recipientEmail };
          if (e.resent) return t('proposalMail.activity.resentTo', to);
          if (e.validUntil) return t('proposalMail.activity.sentTo', { ...terms, ...to, date: format.date(e.validUntil) });
        }
        return e.validUntil
          ? t('systemActivity.proposalSent', { ...terms, date: format.date(e.validUntil) })
          : t('systemActivity.proposalSentUndated', terms);
      }
      case 'signed': {
        if (!e.monthlyTotal || e.termMonths === null || !e.signerName) return a.body;
        const terms = { name: e.signerName, amount: format.money(e.monthlyTotal), count: e.termMonths };
        return e.signerTitle ? t('systemActivity.signedTitled', { ...terms, title: e.signerTitle }) : t('systemActivity.signed', terms);
      }
      default:
        return a.body;
    }
  }

  return { body };
}

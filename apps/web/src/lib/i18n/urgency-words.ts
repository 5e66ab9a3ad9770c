import { useTranslation } from 'react-i18next';
import { useDurationLabel } from '../../components/countdown';
import { useNow } from '../use-now';
import { useFormat, type MoneyValue } from './format';

/**
 * The api sends why an account is urgent and why it is in a queue as codes (factor keys with their
 * points, the queue reason, the deal's stage and due time); this words them in the reader's
 * language, with the same live countdown and number formats as the rest of the screen, so "may go
 * dark in 11 d 23 h" in a factor reads exactly as the countdown beside it.
 */
export interface UrgencyContext {
  accountName: string;
  rivalName: string;
  shutdownExpectedAt: string | null;
  monthlySpend: MoneyValue;
  countries: readonly string[];
  lastContactAt: string | null;
  createdAt: string | null;
}

export interface FactorCode {
  key: string;
  points: number;
  /** Only what some factors' words use (rival_outages: how many, over how many days; collective_cancellation: days left), when the query asked for it. */
  params?: { outages?: number | null; days?: number | null; daysLeft?: number | null } | null;
}

export type QueueReasonCode = 'OVERDUE' | 'DUE_SOON' | 'CLAIMABLE' | 'FOLLOW_UP';

const SHUTDOWN_KEYS = new Set(['shutdown_within_7_days', 'shutdown_within_14_days', 'shutdown_within_30_days', 'shutdown_within_90_days']);

export function useUrgencyWords() {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDurationLabel();
  const now = useNow();

  function factor(f: FactorCode, c: UrgencyContext): string {
    const names = { rival: c.rivalName, account: c.accountName };
    if (SHUTDOWN_KEYS.has(f.key)) {
      if (!c.shutdownExpectedAt) return t('urgencyFactor.shutdownSoon', names);
      const left = new Date(c.shutdownExpectedAt).getTime() - now.getTime();
      return left > 0 ? t('urgencyFactor.shutdownIn', { ...names, duration: duration(left) }) : t('urgencyFactor.shutdownNow', names);
    }
    switch (f.key) {
      case 'rival_shut_down':
        return t('urgencyFactor.shutDown', names);
      case 'rival_liquidating_no_date':
        return t('urgencyFactor.liquidatingNoDate', names);
      case 'rival_insolvent_no_date':
        return t('urgencyFactor.insolventNoDate', names);
      case 'no_backup_provider':
        return t('urgencyFactor.noBackup', names);
      case 'rival_principal_operator':
        return t('urgencyFactor.principalOperator', names);
      case 'monthly_spend':
        return t('urgencyFactor.monthlySpend', { ...names, amount: format.money(c.monthlySpend) });
      case 'multi_country':
        return t('urgencyFactor.multiCountry', { count: c.countries.length, countries: c.countries.join(', ') });
      case 'no_recent_contact':
        if (c.lastContactAt) return t('urgencyFactor.noContactSince', { date: format.date(c.lastContactAt) });
        return c.createdAt ? t('urgencyFactor.neverContactedSince', { date: format.date(c.createdAt) }) : t('urgencyFactor.neverContacted');
      case 'collective_cancellation': {
        const days = f.params?.daysLeft;
        if (days === undefined || days === null) return t('urgencyFactor.collectiveCancels', names);
        return days > 0 ? t('urgencyFactor.collectiveCancelsIn', { ...names, count: days }) : t('urgencyFactor.collectiveCancelsNow', names);
      }
      case 'rival_outages':
        return f.params?.outages
          ? t('urgencyFactor.rivalOutages', { ...names, count: f.params.outages, days: f.params.days ?? 30 })
          : t('urgencyFactor.rivalOutagesRepeated', names);
      default:
        // A factor this version of the app does not know yet: its code, in the reader's language.
        return t('urgencyFactor.other', { key: f.key });
    }
  }

  /** "+30 KPNQwest may go dark in 11 d 23 h": a factor with its points. */
  function factorLine(f: FactorCode, c: UrgencyContext): string {
    return t('urgencyFactor.line', { points: f.points, text: factor(f, c) });
  }

  /** What the queue asks for this item: short, in the reader's language (the countdown beside it says how late). */
  function queueReason(reason: QueueReasonCode, stage: string | null): string {
    const step = stage && stage !== 'won' && stage !== 'lost' ? t(`queueReason.step.${stage}` as 'queueReason.step.identified') : null;
    switch (reason) {
      case 'CLAIMABLE':
        return t('queueReason.claimable');
      case 'OVERDUE':
        return step ? t('queueReason.overdue', { step }) : t('queueReason.overdueAlone');
      case 'DUE_SOON':
        return step ? t('queueReason.dueSoon', { step }) : t('queueReason.dueSoonAlone');
      default:
        return step ? t('queueReason.followUp', { step }) : t('queueReason.followUpAlone');
    }
  }

  return { factor, factorLine, queueReason };
}

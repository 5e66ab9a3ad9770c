import type { DistressKind } from './vocabulary';

/**
 * What a signal about a rival suggests (issue #22): the kind of distress event and its severity
 * (1 minor … 5 fatal), from a status page incident's impact or from a news item's words. A
 * suggestion only: a manager confirms it (or a feed's rule records it) before it counts.
 */
export interface SuggestedSignal {
  kind: DistressKind;
  severity: number;
}

export const STATUSPAGE_IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
export type StatuspageImpact = (typeof STATUSPAGE_IMPACTS)[number];

const IMPACT_SEVERITY: Record<StatuspageImpact, number> = { none: 1, minor: 2, major: 3, critical: 4 };

/** A Statuspage incident is an outage; its impact sets the severity (an unknown impact counts as minor). */
export function signalFromStatuspageImpact(impact: string | null | undefined): SuggestedSignal {
  const known = (STATUSPAGE_IMPACTS as readonly string[]).includes(String(impact)) ? (impact as StatuspageImpact) : 'minor';
  return { kind: 'outage', severity: IMPACT_SEVERITY[known] };
}

/**
 * Words that name each kind, in English and French, lower case and without accents (the text is
 * folded the same way). Checked in this order: the first kind with a matching word wins, so the
 * gravest facts come first ("liquidation ordered after the hearing" is a liquidation).
 */
const NEWS_RULES: ReadonlyArray<{ kind: DistressKind; severity: number; words: readonly RegExp[] }> = [
  {
    kind: 'liquidation_ordered',
    severity: 5,
    words: [/\bliquidation\b/, /\bwound up\b/, /\bwinding[- ]up order\b/, /\bliquidee?s?\b/],
  },
  {
    kind: 'shutdown_warning',
    severity: 5,
    words: [/\bshut ?down\b/, /\bswitch(ed)? off\b/, /\bgo(es|ing)? dark\b/, /\bnetwork (will )?(close|stop)/, /\bcoupure (du|de son) reseau\b/, /\bextinction\b/, /\barret (du|de son) reseau\b/, /\bfermeture\b/],
  },
  {
    kind: 'payment_default',
    severity: 4,
    words: [/\bpayment default\b/, /\bdefault(ed|s)? on\b/, /\bmissed (a )?(bond |coupon |interest )?payment/, /\bdefaut de paiement\b/, /\bcessation de paiements?\b/, /\binsolv/, /\bbankrupt/, /\bfaillite\b/],
  },
  {
    kind: 'court_hearing',
    severity: 3,
    words: [/\bhearing\b/, /\bcourt\b/, /\breceivership\b/, /\badministration\b/, /\baudience\b/, /\btribunal\b/, /\bredressement judiciaire\b/, /\bsauvegarde\b/, /\bcontentieux\b/],
  },
  {
    kind: 'strike',
    severity: 3,
    words: [/\bstrike\b/, /\bwalk ?out\b/, /\bgreve\b/, /\bgrevistes?\b/, /\bdebrayage\b/],
  },
  {
    kind: 'acquisition_announced',
    severity: 2,
    words: [/\bacqui(re|res|red|sition)\b/, /\btakeover\b/, /\bbuy(s|er|ers)?\b/, /\bsale of\b/, /\brachat\b/, /\brachete\b/, /\bcession\b/, /\bacquereurs?\b/, /\brepreneurs?\b/],
  },
  {
    kind: 'customer_collective',
    severity: 2,
    words: [/\bcustomer (collective|group|association)\b/, /\bclass action\b/, /\bcollectif\b/, /\bassociation de clients\b/, /\baction collective\b/],
  },
  {
    kind: 'outage',
    severity: 2,
    words: [/\boutage\b/, /\bdowntime\b/, /\bpanne\b/, /\bincident majeur\b/, /\binterruption de service\b/],
  },
];

/** Lower case, accents removed, apostrophes and dashes made plain: how news words are compared. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * The kind and severity a news item (its title, then its summary) suggests: the first kind whose
 * words appear in the title, else in the summary; a press report (severity 1) when none does.
 */
export function signalFromNews(title: string, summary?: string | null): SuggestedSignal {
  for (const text of [title, summary ?? '']) {
    const folded = foldText(text);
    if (!folded.trim()) continue;
    for (const rule of NEWS_RULES) {
      if (rule.words.some((w) => w.test(folded))) return { kind: rule.kind, severity: rule.severity };
    }
  }
  return { kind: 'press_report', severity: 1 };
}

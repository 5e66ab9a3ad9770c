import type { DistressKind, ServiceKind } from './vocabulary';

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

/** A status page's incident as an outage needs it (the rest of the incident is the suggestion's). */
export interface IncidentFacts {
  impact: string | null;
  startedAt: string | null;
  resolvedAt: string | null;
  /** Names of the components it touched, as the page gives them. */
  components: readonly string[];
}

/** Words in a component's name that say which of our service kinds it is (folded: lower case, no accents). */
const COMPONENT_SERVICES: ReadonlyArray<[RegExp, ServiceKind]> = [
  [/\b(vpn|mpls|l2vpn|l3vpn|ipvpn)\b/, 'vpn'],
  [/\b(transit|backbone|peering|bgp|internet|ip)\b/, 'ip_transit'],
  [/\b(colo|colocation|housing|baie|rack)\b/, 'colocation'],
  [/\b(web ?hosting|hebergement web|mutualise|shared hosting|wordpress|site)\b/, 'web_hosting'],
  [/\b(hosting|hebergement|server|serveur|cloud|vps|dedicated|dedie|datacenter|data center)\b/, 'hosting'],
  [/\b(voice|voix|sip|voip|telephonie|phone|trunk)\b/, 'voice'],
];

/**
 * The outage a status page's incident records, against a rival that sells `rivalServices`:
 * - impact: critical → major, major → partial, minor → degraded (Statuspage's words for "down",
 *   "partly down", "slow"); an incident of impact none (a notice, maintenance) records no outage;
 * - services: those its components name, among what the rival sells; when its components name
 *   none of them (e.g. "Amsterdam core"), every service the rival sells (its network was down);
 * - from its start to its resolution (ongoing until then).
 * Null when nothing can be recorded: impact none or unknown, no start, or no service to name.
 */
export function outageFromIncident(
  incident: IncidentFacts,
  rivalServices: readonly ServiceKind[],
): { impact: 'major' | 'partial' | 'degraded'; services: ServiceKind[]; startedAt: Date; endedAt: Date | null } | null {
  const impact = incident.impact === 'critical' ? 'major' : incident.impact === 'major' ? 'partial' : incident.impact === 'minor' ? 'degraded' : null;
  if (!impact || !incident.startedAt) return null;
  const startedAt = new Date(incident.startedAt);
  if (Number.isNaN(startedAt.getTime())) return null;
  const resolved = incident.resolvedAt ? new Date(incident.resolvedAt) : null;
  const endedAt = resolved && !Number.isNaN(resolved.getTime()) && resolved.getTime() > startedAt.getTime() ? resolved : null;
  const named = new Set<ServiceKind>();
  for (const component of incident.components) {
    const folded = foldText(component);
    for (const [words, kind] of COMPONENT_SERVICES) if (words.test(folded)) named.add(kind);
  }
  const sold = [...new Set(rivalServices)];
  const touched = sold.filter((s) => named.has(s));
  const services = touched.length > 0 ? touched : sold.length > 0 ? sold : [...named];
  if (services.length === 0) return null;
  return { impact, services, startedAt, endedAt };
}

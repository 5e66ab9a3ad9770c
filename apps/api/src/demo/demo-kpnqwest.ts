import { DAY_MS, seededRandom, subtractBusinessDays, type RaceAccount } from '@lifeboat/domain';
import { DemoAccount, DemoPhrasebook, when } from './demo-plan';

/**
 * KPNQwest, 2002 (DESIGN.md §1): pan-European VPN customers, ISPs that made it their principal
 * operator, hosted customers without a backup. Written by hand; the timeline, in business days
 * before today: the payment default (8), the list imported by Manon (7), first contacts (7–5),
 * proposals (6–1). Deals that stayed too long in a stage are overdue whatever the weekday:
 * Euronext and Cybercartes (Alice), AOL Europe and Musicalia (Bruno), two unclaimed accounts.
 */
const VANCO = 'Vanco';
const OLEANE = 'France Télécom/Oléane';
const IXEUROPE = 'IXEurope';

const spend = (euros: number) => Math.round(euros * 100);

export const KPNQWEST_ACCOUNTS: DemoAccount[] = [
  {
    name: 'Hewlett-Packard',
    segment: 'enterprise_vpn',
    countries: ['FR', 'DE', 'GB', 'NL', 'IT', 'ES'],
    monthlySpend: spend(18_500),
    hasBackupProvider: true,
    rivalIsPrincipalOperator: false,
    owner: 'alice',
    externalRef: 'KQ-00101',
    competingBidders: [VANCO, OLEANE],
    contractEndsInDays: 420,
    prepaidForDays: 75,
    importedBy: 'manon',
    services: [
      { kind: 'vpn', quantity: 42, monthlyCost: spend(14_800) },
      { kind: 'ip_transit', quantity: 2, monthlyCost: spend(3_700) },
    ],
    contacts: [
      { name: 'Catherine Roussel', title: 'CIO Europe', email: 'catherine.roussel@hp.com', phone: '+33 1 69 82 60 00', decisionMaker: true },
      { name: 'Mark Ellison', title: 'Head of Network Operations EMEA', email: 'mark.ellison@hp.com', phone: '+44 1344 360 000', decisionMaker: false },
      { name: 'Isabelle Garnier', title: 'Procurement Manager', email: 'isabelle.garnier@hp.com', phone: null, decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(6, 10, 30) },
        { stage: 'proposal_sent', at: when(1, 17, 30) },
      ],
      discountPercent: 8,
      termMonths: 24,
      oneTimeValue: spend(12_000),
      note: '42 VPN sites in 6 countries; Grenoble and Bracknell hubs first.',
    },
    activities: [
      {
        kind: 'meeting',
        at: when(3, 14),
        by: 'alice',
        body: 'Site survey call with Mark Ellison: 42 sites, Grenoble and Bracknell hubs carry most traffic. Backup via a second carrier covers only the hubs.',
        outcomeCode: 'reached_interested',
      },
      {
        kind: 'email',
        at: when(2, 11),
        by: 'alice',
        body: 'Sent Mark the draft cut-over plan (hubs first, then the 40 branch sites by country).',
        nextStepInDays: 1,
      },
      {
        kind: 'note',
        at: when(1, 18),
        by: 'alice',
        body: 'Catherine wants the signature before the court hearing; Vanco is offering a dedicated team too.',
      },
    ],
  },
  {
    name: 'Euronext',
    segment: 'enterprise_vpn',
    countries: ['FR', 'NL', 'BE', 'PT'],
    monthlySpend: spend(12_400),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'alice',
    externalRef: 'KQ-00102',
    competingBidders: [VANCO, OLEANE],
    contractEndsInDays: 270,
    prepaidForDays: 45,
    importedBy: 'manon',
    services: [
      { kind: 'vpn', quantity: 18, monthlyCost: spend(9_600) },
      { kind: 'ip_transit', quantity: 1, monthlyCost: spend(2_800) },
    ],
    contacts: [
      { name: 'Pieter van Dijk', title: 'CIO', email: 'pieter.vandijk@euronext.com', phone: '+31 20 550 4444', decisionMaker: true },
      { name: 'Sophie Marchand', title: 'Head of Network Operations', email: 'sophie.marchand@euronext.com', phone: '+33 1 49 27 10 00', decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(6, 15) },
      ],
      discountPercent: 10,
      termMonths: 36,
      oneTimeValue: spend(8_000),
    },
    activities: [
      {
        kind: 'email',
        at: when(5, 9, 40),
        by: 'alice',
        body: 'Sent Sophie our latency figures between Paris, Amsterdam, Brussels and Lisbon.',
        nextStepInDays: 2,
      },
      {
        kind: 'note',
        at: when(4, 17),
        by: 'alice',
        body: 'No backup at all: the trading network runs only on KPNQwest. Pieter needs his board to decide; proposal waits for the site list.',
      },
    ],
  },
  {
    name: 'Opodo',
    segment: 'enterprise_vpn',
    countries: ['GB', 'FR', 'DE', 'ES', 'IT'],
    monthlySpend: spend(7_800),
    hasBackupProvider: true,
    rivalIsPrincipalOperator: false,
    owner: 'bruno',
    externalRef: 'KQ-00103',
    competingBidders: [VANCO],
    contractEndsInDays: 540,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'vpn', quantity: 9, monthlyCost: spend(6_200) },
      { kind: 'ip_transit', quantity: 1, monthlyCost: spend(1_600) },
    ],
    contacts: [
      { name: 'James Whitfield', title: 'CTO', email: 'james.whitfield@opodo.com', phone: '+44 20 7000 1234', decisionMaker: true },
      { name: 'Elena Ruiz', title: 'Senior Network Engineer', email: 'elena.ruiz@opodo.com', phone: null, decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(5, 11) },
        { stage: 'proposal_sent', at: when(3, 16) },
        { stage: 'negotiating', at: when(1, 10) },
      ],
      discountPercent: 12,
      termMonths: 24,
      oneTimeValue: spend(4_500),
    },
    activities: [
      {
        kind: 'call',
        at: when(2, 15, 30),
        by: 'bruno',
        body: 'Elena confirmed the booking engine can fail over to the backup link during the cut-over.',
        outcomeCode: 'reached_interested',
      },
    ],
  },
  {
    name: 'AOL Europe',
    segment: 'isp_wholesale',
    countries: ['GB', 'DE', 'FR'],
    monthlySpend: spend(42_000),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: true,
    owner: 'bruno',
    externalRef: 'KQ-00104',
    competingBidders: [VANCO, OLEANE],
    contractEndsInDays: 180,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'ip_transit', quantity: 8, monthlyCost: spend(36_000) },
      { kind: 'colocation', quantity: 12, monthlyCost: spend(6_000) },
    ],
    contacts: [
      { name: 'Thomas Becker', title: 'VP Network Engineering', email: 'thomas.becker@aol.com', phone: '+49 40 36 15 00', decisionMaker: true },
      { name: 'Hannah Price', title: 'Peering Coordinator', email: 'hannah.price@aol.com', phone: '+44 20 7478 0000', decisionMaker: false },
      { name: 'Olivier Lambert', title: 'Directeur technique France', email: 'olivier.lambert@aol.com', phone: '+33 1 70 37 00 00', decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(7, 14) },
        { stage: 'proposal_sent', at: when(6, 18) },
      ],
      discountPercent: 15,
      termMonths: 36,
      oneTimeValue: spend(20_000),
      note: 'Principal operator for the dial-up network in three countries.',
    },
    activities: [
      {
        kind: 'call',
        at: when(4, 11),
        by: 'bruno',
        body: 'Thomas waits for the hearing: AT&T, BT and Verizon are said to look at the network. Told him few customers will be left to buy.',
        outcomeCode: 'reached_interested',
        nextStepInDays: 2,
      },
      {
        kind: 'email',
        at: when(2, 9, 15),
        by: 'bruno',
        body: 'Chased Thomas on the proposal; Hannah says the peering plan is ready on their side.',
      },
    ],
  },
  {
    name: 'Lycos Europe',
    segment: 'isp_wholesale',
    countries: ['DE', 'FR', 'NL', 'ES', 'IT', 'SE'],
    monthlySpend: spend(26_500),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: true,
    owner: 'alice',
    externalRef: 'KQ-00105',
    competingBidders: [VANCO, IXEUROPE],
    contractEndsInDays: 330,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'ip_transit', quantity: 6, monthlyCost: spend(23_000) },
      { kind: 'colocation', quantity: 6, monthlyCost: spend(3_500) },
    ],
    contacts: [
      { name: 'Stefan Hoffmann', title: 'CTO', email: 'stefan.hoffmann@lycos-europe.com', phone: '+49 5241 80 0000', decisionMaker: true },
      { name: 'Claire Dubois', title: 'Head of Network Operations', email: 'claire.dubois@lycos-europe.com', phone: null, decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(7, 11) },
        { stage: 'proposal_sent', at: when(4, 15) },
        { stage: 'won', at: when(1, 16, 45) },
      ],
      discountPercent: 10,
      termMonths: 24,
      oneTimeValue: spend(15_000),
    },
    activities: [
      {
        kind: 'meeting',
        at: when(3, 10),
        by: 'alice',
        body: 'Migration workshop with Claire: six sites, Gütersloh first. Needs the transit live before the shutdown.',
        outcomeCode: 'reached_interested',
      },
    ],
  },
  {
    name: 'Cybercartes SA',
    segment: 'hosting',
    countries: ['FR'],
    monthlySpend: spend(2_400),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'alice',
    externalRef: 'KQ-00211',
    competingBidders: [IXEUROPE],
    contractEndsInDays: 240,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [{ kind: 'hosting', quantity: 4, monthlyCost: spend(2_400) }],
    contacts: [
      { name: 'Julien Masson', title: 'Directeur général', email: 'julien.masson@cybercartes.fr', phone: '+33 1 45 22 18 40', decisionMaker: true },
    ],
    deal: { history: [{ stage: 'identified', at: when(4, 9, 30) }], discountPercent: 5, termMonths: 12, oneTimeValue: 0 },
    activities: [],
  },
  {
    name: 'Planète Emploi',
    segment: 'hosting',
    countries: ['FR', 'BE'],
    monthlySpend: spend(3_100),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'alice',
    externalRef: 'KQ-00212',
    competingBidders: [IXEUROPE, OLEANE],
    contractEndsInDays: 365,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'hosting', quantity: 6, monthlyCost: spend(2_700) },
      { kind: 'ip_transit', quantity: 1, monthlyCost: spend(400) },
    ],
    contacts: [
      { name: 'Nathalie Caron', title: 'DSI', email: 'n.caron@planete-emploi.fr', phone: '+33 3 20 55 61 00', decisionMaker: true },
      { name: 'Karim Benali', title: 'Administrateur systèmes', email: 'k.benali@planete-emploi.fr', phone: null, decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(5, 10) },
        { stage: 'proposal_sent', at: when(4, 17) },
        { stage: 'negotiating', at: when(2, 11) },
      ],
      discountPercent: 10,
      termMonths: 24,
      oneTimeValue: spend(1_500),
    },
    activities: [],
  },
  {
    name: 'Deltaxis Finance',
    segment: 'enterprise_vpn',
    countries: ['FR', 'LU', 'BE'],
    monthlySpend: spend(5_600),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'alice',
    externalRef: 'KQ-00213',
    competingBidders: [VANCO, OLEANE],
    contractEndsInDays: 200,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [{ kind: 'vpn', quantity: 7, monthlyCost: spend(5_600) }],
    contacts: [
      { name: 'Bertrand Lemoine', title: "Directeur des systèmes d'information", email: 'b.lemoine@deltaxis.lu', phone: '+352 26 48 30 00', decisionMaker: true },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(6, 16) },
        { stage: 'proposal_sent', at: when(4, 10) },
        { stage: 'lost', at: when(2, 12) },
      ],
      discountPercent: 8,
      termMonths: 12,
      oneTimeValue: spend(2_000),
      lostReason: 'chose_competitor',
      lostToBidder: VANCO,
      note: 'Vanco offered 20 % off and a dedicated migration team.',
    },
    activities: [],
  },
  {
    name: 'Netvalor',
    segment: 'hosting',
    countries: ['FR'],
    monthlySpend: spend(4_200),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'bruno',
    externalRef: 'KQ-00221',
    competingBidders: [IXEUROPE],
    contractEndsInDays: 150,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [{ kind: 'hosting', quantity: 8, monthlyCost: spend(4_200) }],
    contacts: [
      { name: 'Philippe Renaud', title: 'CTO', email: 'philippe.renaud@netvalor.fr', phone: '+33 4 78 62 11 90', decisionMaker: true },
      { name: 'Amélie Fontaine', title: "Responsable d'exploitation", email: 'amelie.fontaine@netvalor.fr', phone: null, decisionMaker: false },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(2, 15) },
      ],
      discountPercent: 5,
      termMonths: 12,
      oneTimeValue: spend(800),
    },
    activities: [],
  },
  {
    name: 'Alpina Reisen GmbH',
    segment: 'hosting',
    countries: ['DE', 'AT', 'CH'],
    monthlySpend: spend(3_800),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'bruno',
    externalRef: 'KQ-00222',
    competingBidders: [IXEUROPE],
    contractEndsInDays: 300,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'hosting', quantity: 5, monthlyCost: spend(3_300) },
      { kind: 'ip_transit', quantity: 1, monthlyCost: spend(500) },
    ],
    contacts: [
      { name: 'Markus Gruber', title: 'IT-Leiter', email: 'markus.gruber@alpina-reisen.de', phone: '+49 89 210 340', decisionMaker: true },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(6, 10) },
        { stage: 'proposal_sent', at: when(5, 14) },
        { stage: 'won', at: when(2, 9, 30) },
      ],
      discountPercent: 10,
      termMonths: 24,
      oneTimeValue: spend(1_200),
    },
    activities: [],
  },
  {
    name: 'Musicalia',
    segment: 'hosting',
    countries: ['ES', 'FR', 'PT'],
    monthlySpend: spend(2_100),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'bruno',
    externalRef: 'KQ-00223',
    competingBidders: [OLEANE],
    contractEndsInDays: 90,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [{ kind: 'hosting', quantity: 3, monthlyCost: spend(2_100) }],
    contacts: [
      { name: 'Lucía Fernández', title: 'Directora de Tecnología', email: 'lucia.fernandez@musicalia.es', phone: '+34 91 555 01 20', decisionMaker: true },
    ],
    deal: {
      history: [
        { stage: 'identified', at: when(7, 9) },
        { stage: 'contacted', at: when(7, 16) },
      ],
      discountPercent: 10,
      termMonths: 12,
      oneTimeValue: 0,
    },
    activities: [],
  },
  {
    name: 'Kaleido Media',
    segment: 'colocation',
    countries: ['FR', 'GB'],
    monthlySpend: spend(6_500),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: 'bruno',
    externalRef: 'KQ-00224',
    competingBidders: [IXEUROPE, VANCO],
    contractEndsInDays: 400,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'colocation', quantity: 10, monthlyCost: spend(5_200) },
      { kind: 'ip_transit', quantity: 2, monthlyCost: spend(1_300) },
    ],
    contacts: [
      { name: 'Antoine Leclerc', title: 'Directeur technique', email: 'antoine.leclerc@kaleido-media.fr', phone: '+33 1 53 40 72 00', decisionMaker: true },
      { name: 'Sarah Collins', title: 'Head of Operations UK', email: 'sarah.collins@kaleido-media.co.uk', phone: null, decisionMaker: false },
    ],
    deal: { history: [{ stage: 'identified', at: when(1, 9, 15) }], discountPercent: 8, termMonths: 24, oneTimeValue: spend(3_000) },
    activities: [
      { kind: 'note', at: when(1, 10), by: 'bruno', body: 'Claimed: ten racks in Paris and London, no backup site. Calling Antoine first thing.' },
    ],
  },
  {
    name: 'Rotterdam Port Data BV',
    segment: 'colocation',
    countries: ['NL'],
    monthlySpend: spend(8_900),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: null,
    externalRef: 'KQ-00231',
    competingBidders: [IXEUROPE],
    contractEndsInDays: 210,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'colocation', quantity: 14, monthlyCost: spend(7_600) },
      { kind: 'ip_transit', quantity: 1, monthlyCost: spend(1_300) },
    ],
    contacts: [
      { name: 'Jeroen Bakker', title: 'Head of Infrastructure', email: 'jeroen.bakker@rpdata.nl', phone: '+31 10 252 1000', decisionMaker: true },
    ],
    deal: { history: [{ stage: 'identified', at: when(7, 9) }], discountPercent: 5, termMonths: 24, oneTimeValue: spend(2_500) },
    activities: [],
  },
  {
    name: 'Nordlicht Versand GmbH',
    segment: 'hosting',
    countries: ['DE'],
    monthlySpend: spend(1_750),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: null,
    externalRef: 'KQ-00232',
    competingBidders: [],
    contractEndsInDays: 120,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [{ kind: 'hosting', quantity: 3, monthlyCost: spend(1_750) }],
    contacts: [
      { name: 'Katrin Vogel', title: 'Leiterin IT', email: 'katrin.vogel@nordlicht-versand.de', phone: '+49 40 882 150', decisionMaker: true },
    ],
    deal: { history: [{ stage: 'identified', at: when(7, 9) }], discountPercent: 5, termMonths: 12, oneTimeValue: 0 },
    activities: [],
  },
  {
    name: 'Tessera Games Ltd',
    segment: 'colocation',
    countries: ['GB', 'NL'],
    monthlySpend: spend(4_600),
    hasBackupProvider: false,
    rivalIsPrincipalOperator: false,
    owner: null,
    externalRef: 'KQ-00233',
    competingBidders: [IXEUROPE],
    contractEndsInDays: 450,
    prepaidForDays: null,
    importedBy: 'manon',
    services: [
      { kind: 'colocation', quantity: 6, monthlyCost: spend(3_600) },
      { kind: 'ip_transit', quantity: 2, monthlyCost: spend(1_000) },
    ],
    contacts: [
      { name: 'Oliver Grant', title: 'CTO', email: 'oliver.grant@tesseragames.co.uk', phone: '+44 161 496 0000', decisionMaker: true },
      { name: 'Priya Shah', title: 'Lead Systems Engineer', email: 'priya.shah@tesseragames.co.uk', phone: null, decisionMaker: false },
    ],
    deal: { history: [{ stage: 'identified', at: when(1, 9, 15) }], discountPercent: 8, termMonths: 24, oneTimeValue: spend(1_000) },
    activities: [],
  },
];

const STAGE_WORDS: Record<string, string> = {
  identified: 'identified',
  contacted: 'contacted',
  proposal_sent: 'proposal sent',
  negotiating: 'negotiating',
  won: 'won',
  lost: 'lost',
};

export const KPNQWEST_PHRASES: DemoPhrasebook = {
  firstCall: (c, a) =>
    `First call with ${c.name} (${c.title}): ${a.name} knows about the payment default and wants a plan before the hearing.`,
  proposalSent: (c, a) =>
    `Fast-track proposal sent to ${c.name}: ${a.deal.termMonths} months, ${a.deal.discountPercent} % off, migration before the shutdown.`,
  negotiating: (c) => `${c.name} came back on the proposal: asks for a longer credit and a firm cut-over date.`,
  signed: (c, a) => `${c.name} accepted the proposal for ${a.name}.`,
  lost: (a) => `Lost: ${a.name} signed with ${a.deal.lostToBidder ?? 'a competitor'}. ${a.deal.note ?? ''}`.trim(),
  stageChange: (from, to) => `Moved from ${STAGE_WORDS[from]} to ${STAGE_WORDS[to]}`,
};

/**
 * A KPNQwest-like race's customers, built deterministically from the accounts above: `count` of them
 * cycling through the demo's mix of segments, spends, backup providers, principal operators, countries,
 * prepaid terms and workloads (one unit per service unit, as the api counts a migration's workload),
 * each spend, prepaid term and workload scaled by a seeded log-normal factor; all identified the
 * business day before `now` (a customer list just imported). The simulate CLI (tools/simulate.ts) and
 * the forecast's timing (tools/forecast-timing.mjs, on the built api) race them.
 */
export function kpnqwestRaceAccounts(options: { count: number; now: Date; seed: number; timeZone: string }): RaceAccount[] {
  const { count, now, seed, timeZone } = options;
  const rand = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const imported = subtractBusinessDays(now, 1, timeZone);
  return Array.from({ length: count }, (_, i): RaceAccount => {
    const t = KPNQWEST_ACCOUNTS[i % KPNQWEST_ACCOUNTS.length];
    const scale = Math.exp(0.5 * normal());
    const units = t.services.reduce((sum, s) => sum + s.quantity, 0);
    return {
      id: `kq-${String(i + 1).padStart(5, '0')}`,
      segment: t.segment,
      monthlySpend: Math.round(t.monthlySpend * scale),
      hasBackupProvider: t.hasBackupProvider,
      rivalIsPrincipalOperator: t.rivalIsPrincipalOperator,
      countries: t.countries,
      prepaidUntil: t.prepaidForDays === null ? null : new Date(now.getTime() + Math.round(t.prepaidForDays * scale) * DAY_MS),
      workload: Math.max(1, Math.round(units * scale)),
      stage: 'identified',
      stageEnteredAt: imported,
      createdAt: imported,
      lastContactAt: null,
    };
  });
}

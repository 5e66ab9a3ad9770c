import { seededRandom, type LostReason, type Segment, type Stage } from '@lifeboat/domain';
import { normalizeAccountName } from '../accounts/normalize-account-name';
import { DemoAccount, DemoActivity, DemoContact, DemoPhrasebook, DemoStep, When, when } from './demo-plan';

/**
 * AMEN France, 2005 (DESIGN.md §1): several dozen small web-hosting customers who prepaid months
 * to years, after the strike, the outage and the customer collective. Generated from fixed lists
 * with a seeded pseudo-random generator, so every load gives the same customers.
 */

/** [name, country, domain] — the domain defaults to the name, hyphenated, under the country's TLD. */
const SMB_WEB: Array<[string, string?, string?]> = [
  ['Boulangerie Moreau'],
  ['Cabinet Lefort Avocats'],
  ['Atelier Céramique du Marais'],
  ['Librairie Les Mots Passants'],
  ['Garage Rousseau Automobiles'],
  ['Pharmacie de la Gare'],
  ['Agence Immobilière Belvédère'],
  ['Hôtel Les Remparts'],
  ['Restaurant Le Petit Zinc'],
  ['Fromagerie Bérard'],
  ["Studio Photo Lumière d'Ouest"],
  ['Domaine de la Croix Haute'],
  ['Menuiserie Girard & Fils'],
  ['Institut Beauté Éclat'],
  ["Cave à Vins L'Échanson"],
  ['Auto-École Mistral'],
  ['Les Jardins de Cécile'],
  ['Chocolaterie Vidal'],
  ['Cabinet Dentaire Perrin'],
  ['Brasserie du Port'],
  ['Éditions du Cormoran'],
  ['Camping Les Pins Bleus'],
  ['Plomberie Chauffage Lemaire'],
  ["Fleuriste Au Jardin d'Iris"],
  ['Association Vélo Cité'],
  ["Galerie d'Art Horizon"],
  ['Traiteur Delacroix'],
  ['Gîtes du Vercors'],
  ['Opticien Mercier'],
  ['Cabinet Comptable Faure & Associés'],
  ["Salon de Coiffure Boucles d'Or"],
  ['École de Musique Allegro'],
  ['Ferme Auberge du Plateau'],
  ['Imprimerie Duval'],
  ['Pâtisserie Chevalier'],
  ['Chambres d’Hôtes La Bastide'],
  ['Cordonnerie Lambert'],
  ['Boucherie Charcuterie Roux'],
  ['Studio Yoga Prana', 'BE'],
  ['Horlogerie Jaquet', 'CH'],
];

const HOSTING: Array<[string, string?, string?]> = [
  ['ShopDéco', 'FR', 'shopdeco.fr'],
  ['Voyages Azur Évasion', 'FR'],
  ['Le Journal du Vignoble', 'FR'],
  ['Immo-Annonces Rhône-Alpes', 'FR', 'immo-annonces-ra.fr'],
];

const FIRST_NAMES = [
  'Sylvie', 'Jean-Pierre', 'Nathalie', 'Éric', 'Isabelle', 'Pascal', 'Valérie', 'Thierry', 'Sandrine', 'Laurent',
  'Céline', 'Olivier', 'Stéphanie', 'Christophe', 'Aurélie', 'Frédéric', 'Hélène', 'Nicolas', 'Émilie', 'Gilles',
];
const LAST_NAMES = [
  'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupuis', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller',
  'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François',
];
const FEMALE = new Set(['Sylvie', 'Nathalie', 'Isabelle', 'Valérie', 'Sandrine', 'Céline', 'Stéphanie', 'Aurélie', 'Hélène', 'Émilie']);

const slug = (text: string) => normalizeAccountName(text).replace(/ /g, '-');
const emailPart = (text: string) => normalizeAccountName(text).replace(/ /g, '');

const TLD: Record<string, string> = { FR: 'fr', BE: 'be', CH: 'ch' };
const PHONE_PREFIX: Record<string, string> = { FR: '+33', BE: '+32', CH: '+41' };

/** How many deals stand in each stage; the first UNASSIGNED identified ones have no owner. */
const STAGE_COUNTS: Array<[Stage, number]> = [
  ['identified', 16],
  ['contacted', 10],
  ['proposal_sent', 7],
  ['negotiating', 4],
  ['won', 5],
  ['lost', 2],
];
const UNASSIGNED = 8;
const LOST_REASONS: LostReason[] = ['price', 'no_decision'];

export function amenAccounts(): DemoAccount[] {
  const random = seededRandom(20050412);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  // The stages, shuffled deterministically across the customers.
  const stages: Stage[] = STAGE_COUNTS.flatMap(([stage, n]) => Array<Stage>(n).fill(stage));
  for (let i = stages.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stages[i], stages[j]] = [stages[j], stages[i]];
  }

  const entries: Array<[string, string, string | undefined, Segment]> = [
    ...SMB_WEB.map(([name, country, domain]) => [name, country ?? 'FR', domain, 'smb_web'] as [string, string, string | undefined, Segment]),
    ...HOSTING.map(([name, country, domain]) => [name, country ?? 'FR', domain, 'hosting'] as [string, string, string | undefined, Segment]),
  ];
  if (entries.length !== stages.length) throw new Error('demo: AMEN stage counts do not match the customers');

  let unassignedLeft = UNASSIGNED;
  let lostIndex = 0;
  return entries.map(([name, country, domainOverride, segment], index) => {
    const stage = stages[index];
    const domain = domainOverride ?? `${slug(name)}.${TLD[country]}`;
    const hosting = segment === 'hosting';
    const quantity = hosting ? int(1, 3) : random() < 0.2 ? 2 : 1;
    const unit = hosting ? pick([14_900, 24_900, 39_900]) : pick([990, 1_490, 1_990, 2_990, 4_990]);
    const monthlySpend = unit * quantity;
    const prepaidMonths = pick([3, 6, 9, 12, 18, 24, 36]);

    const first = FIRST_NAMES[(index * 7) % FIRST_NAMES.length];
    const last = LAST_NAMES[(index * 3 + 5) % LAST_NAMES.length];
    const phone = () => `${PHONE_PREFIX[country]} ${int(1, 5)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}`;
    const contacts: DemoContact[] = [
      {
        name: `${first} ${last}`,
        title: hosting ? (FEMALE.has(first) ? 'Directrice technique' : 'Directeur technique') : FEMALE.has(first) ? 'Gérante' : 'Gérant',
        email: `${emailPart(first)}.${emailPart(last)}@${domain}`,
        phone: phone(),
        decisionMaker: true,
      },
    ];
    if (hosting || index % 3 === 0) {
      const helperFirst = FIRST_NAMES[(index * 7 + 3) % FIRST_NAMES.length];
      const helperLast = LAST_NAMES[(index * 3 + 11) % LAST_NAMES.length];
      contacts.push({
        name: `${helperFirst} ${helperLast}`,
        title: hosting ? 'Administrateur systèmes' : 'Webmaster',
        email: `${emailPart(helperFirst)}@${domain}`,
        phone: null,
        decisionMaker: false,
      });
    }

    const owner = stage === 'identified' && unassignedLeft > 0 ? (unassignedLeft--, null) : ('chloe' as const);
    const hour = () => int(9, 17);
    const at = (bd: number): When => when(bd, hour(), pick([0, 10, 20, 30, 40, 50]));
    let history: DemoStep[];
    switch (stage) {
      case 'identified': {
        // Overdue after 2 business days in the stage: about half of them are.
        history = [{ stage, at: at(int(1, 3)) }];
        break;
      }
      case 'contacted': {
        const contacted = int(1, 6);
        history = [
          { stage: 'identified', at: at(int(contacted + 1, 12)) },
          { stage: 'contacted', at: at(contacted) },
        ];
        break;
      }
      case 'proposal_sent': {
        const sent = int(1, 6);
        const contacted = int(sent + 1, 9);
        history = [
          { stage: 'identified', at: at(int(contacted + 1, 12)) },
          { stage: 'contacted', at: at(contacted) },
          { stage: 'proposal_sent', at: at(sent) },
        ];
        break;
      }
      case 'negotiating': {
        const negotiating = int(1, 5);
        const sent = int(negotiating + 1, 8);
        const contacted = int(sent + 1, 10);
        history = [
          { stage: 'identified', at: at(int(contacted + 1, 12)) },
          { stage: 'contacted', at: at(contacted) },
          { stage: 'proposal_sent', at: at(sent) },
          { stage: 'negotiating', at: at(negotiating) },
        ];
        break;
      }
      case 'won': {
        const won = int(1, 4);
        const sent = int(won + 1, 7);
        const contacted = int(sent + 1, 10);
        history = [
          { stage: 'identified', at: at(int(contacted + 1, 12)) },
          { stage: 'contacted', at: at(contacted) },
          { stage: 'proposal_sent', at: at(sent) },
          { stage: 'won', at: at(won) },
        ];
        break;
      }
      default: {
        const lost = int(1, 4);
        const contacted = int(lost + 1, 9);
        history = [
          { stage: 'identified', at: at(int(contacted + 1, 12)) },
          { stage: 'contacted', at: at(contacted) },
          { stage: 'lost', at: at(lost) },
        ];
      }
    }

    const activities: DemoActivity[] = [];
    const contactedStep = history.find((s) => s.stage === 'contacted');
    if (contactedStep && contactedStep.at.bd >= 3 && index % 2 === 0) {
      activities.push({
        kind: 'email',
        at: when(contactedStep.at.bd - 1, 9, 5),
        by: 'chloe',
        body: `Envoyé à ${contacts[0].name} le guide de migration (DNS, boîtes mail, sauvegarde du site) et nos engagements de disponibilité.`,
        nextStepInDays: 2,
      });
    }
    if (owner === 'chloe' && stage === 'identified' && index % 2 === 1) {
      activities.push({
        kind: 'note',
        at: when(history[0].at.bd, 18),
        by: 'chloe',
        body: `Membre du collectif des clients AMEN d'après le forum ; site ${domain} coupé plusieurs heures pendant la panne.`,
      });
    }

    const lostReason = stage === 'lost' ? LOST_REASONS[lostIndex++ % LOST_REASONS.length] : undefined;
    return {
      name,
      segment,
      countries: [country],
      monthlySpend,
      hasBackupProvider: hosting && index % 2 === 0,
      rivalIsPrincipalOperator: !hosting,
      owner,
      externalRef: `AMEN-${String(104_200 + index * 37)}`,
      competingBidders: [],
      contractEndsInDays: prepaidMonths * 30 + 30,
      prepaidForDays: prepaidMonths * 30,
      importedBy: 'marc',
      services: hosting
        ? [{ kind: 'hosting' as const, quantity, monthlyCost: monthlySpend }]
        : [{ kind: 'web_hosting' as const, quantity, monthlyCost: monthlySpend }],
      contacts,
      deal: {
        history,
        discountPercent: pick([0, 5, 10]),
        termMonths: pick([12, 12, 24]),
        oneTimeValue: hosting ? 9_900 : 0,
        lostReason,
        note:
          lostReason === 'price'
            ? 'Reste chez AMEN : ne veut pas perdre ses mois prépayés malgré le crédit proposé.'
            : lostReason === 'no_decision'
              ? 'Ne répond plus depuis la proposition ; attend de voir ce que fera Claranet.'
              : undefined,
      },
      activities,
    };
  });
}

const STAGE_MOTS: Record<string, string> = {
  identified: 'identifié',
  contacted: 'contacté',
  proposal_sent: 'proposition envoyée',
  negotiating: 'négociation',
  won: 'gagné',
  lost: 'perdu',
};

export const AMEN_PHRASES: DemoPhrasebook = {
  firstCall: (c) =>
    `Premier appel avec ${c.name} : site coupé plusieurs heures pendant la panne, support AMEN injoignable depuis la grève. Intéressé·e par une bascule rapide.`,
  proposalSent: (c, a) =>
    `Proposition accélérée envoyée à ${c.name} : ${a.deal.termMonths} mois, remise ${a.deal.discountPercent} %, crédit pour les mois prépayés chez AMEN.`,
  negotiating: (c) => `${c.name} veut que le crédit couvre tous ses mois prépayés ; on négocie.`,
  signed: (c, a) => `${c.name} a accepté la proposition pour ${a.name}.`,
  lost: (a) => `Perdu. ${a.deal.note ?? ''}`.trim(),
  stageChange: (from, to) => `Passé de « ${STAGE_MOTS[from]} » à « ${STAGE_MOTS[to]} »`,
};

/**
 * AMEN's customer collective (DESIGN.md §1, issue #21): 250 members claimed, a forum with about
 * 1,000 visitors a day, collective cancellations announced for a date. The demo's small web
 * customers are its members (the ones the team knows of), its spokesperson the manager of the
 * cycling association among them. The forum address is fictional (the reserved .example domain).
 */
export const AMEN_COLLECTIVE = {
  /** Its hand-written members; the generated ones are added by amenBulkAccounts. */
  memberNames: SMB_WEB.map(([name]) => name),
  name: 'Collectif des clients AMEN',
  forumUrl: 'https://forum.amen-customers.example/',
  claimedMembers: 250,
  /** Days from now to the collective cancellations it announced. */
  cancellationInDays: 12,
  notes: 'About 1,000 visitors a day on its forum; gathers complaints since the strike and the 12 April outage, and announces collective cancellations.',
  spokespersonAccount: 'Association Vélo Cité',
};

// --- The mass of small customers (issue #21, part 5) ------------------------------------------
// A few thousand more, generated from name parts with their own seeded generator (the hand-written
// customers above, which the tests and the visual tour name, are untouched). Most are unassigned for
// the team to hand out; Chloé already works some of them, at every stage.

/** How many generated customers: with the hand-written ones, 3,000 in the campaign. */
export const AMEN_BULK_CUSTOMERS = 3_000 - SMB_WEB.length - HOSTING.length;
/** How many of the generated customers the collective's member list names (with the hand-written small web customers: 250). */
const BULK_MEMBERS = 250 - SMB_WEB.length;

const TRADES = [
  'Boulangerie', 'Boucherie', 'Pharmacie', 'Garage', 'Fleuriste', 'Cabinet Comptable', 'Salon de Coiffure', 'Restaurant',
  'Hôtel', 'Gîte', 'Librairie', 'Agence Immobilière', 'Plomberie', 'Électricité', 'Menuiserie', 'Auto-École',
  'Institut de Beauté', 'Opticien', 'Cave à Vins', 'Traiteur', 'Studio Photo', 'Cabinet d’Architecture', 'Taxi', 'Pressing',
  'Fromagerie', 'Épicerie Fine', 'Crêperie', 'Pizzeria', 'Bijouterie', 'Quincaillerie', 'Toilettage Canin', 'Cabinet Infirmier',
  'Kinésithérapie', 'Ostéopathe', 'Camping', 'Chambres d’Hôtes', 'Maçonnerie', 'Peinture Décoration', 'Serrurerie', 'Paysagiste',
  'Imprimerie', 'Agence de Voyages', 'Auto-Entrepreneur Web', 'Association Sportive', 'École de Danse', 'Brocante', 'Cordonnerie', 'Vétérinaire',
];
const FAMILY_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel',
  'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine',
  'Rousseau', 'Vincent', 'Muller', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François',
  'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier',
  'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun',
  'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche',
];
const PLACES = [
  'du Centre', 'de la Gare', 'du Marché', 'des Halles', 'du Port', 'de la Place', 'du Château', 'des Remparts', 'du Vieux Pont',
  'de l’Église', 'des Tilleuls', 'du Lac', 'de la Plage', 'des Vignes', 'du Moulin', 'de la Fontaine',
];
const TOWNS = [
  'Lyon', 'Nantes', 'Rennes', 'Lille', 'Bordeaux', 'Toulouse', 'Annecy', 'Dijon', 'Tours', 'Angers', 'Brest', 'Nancy',
  'Metz', 'Reims', 'Rouen', 'Caen', 'Limoges', 'Poitiers', 'Grenoble', 'Avignon', 'Nîmes', 'Montpellier', 'Perpignan', 'Pau',
  'Bayonne', 'La Rochelle', 'Quimper', 'Vannes', 'Besançon', 'Colmar', 'Chambéry', 'Valence', 'Orléans', 'Amiens', 'Troyes', 'Albi',
];

/** Stages of the generated customers Chloé works; the others are identified and unassigned. */
const BULK_OWNED: Array<[Stage, number]> = [
  ['identified', 150],
  ['contacted', 90],
  ['proposal_sent', 45],
  ['negotiating', 20],
  ['won', 40],
  ['lost', 20],
];

/**
 * What a small customer buys from AMEN, as web-hosting packs (a shared hosting plan with its domain
 * names and mailboxes): [label, monthly price in cents].
 */
const PACKS: Array<[string, number]> = [
  ['hébergement Starter, un domaine, 5 boîtes mail', 490],
  ['hébergement Pro, deux domaines, 20 boîtes mail', 990],
  ['hébergement Business, domaines et mail illimités', 1_990],
  ['boutique en ligne, domaine et mail', 2_990],
];

/** The generated customers, and the names of those the collective lists among its members. */
export function amenBulkAccounts(): { accounts: DemoAccount[]; collectiveMembers: string[] } {
  const random = seededRandom(20050418);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  const owned: Stage[] = BULK_OWNED.flatMap(([stage, n]) => Array<Stage>(n).fill(stage));
  const stages: Array<Stage | null> = [...owned, ...Array<null>(AMEN_BULK_CUSTOMERS - owned.length).fill(null)];
  for (let i = stages.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stages[i], stages[j]] = [stages[j], stages[i]];
  }

  // Unique names (normalized, as imports deduplicate), none of the hand-written ones.
  const taken = new Set([...SMB_WEB, ...HOSTING].map(([name]) => normalizeAccountName(name)));
  const names: string[] = [];
  while (names.length < AMEN_BULK_CUSTOMERS) {
    const trade = pick(TRADES);
    const form = random();
    const name =
      form < 0.55 ? `${trade} ${pick(FAMILY_NAMES)}` : form < 0.8 ? `${trade} ${pick(PLACES)} ${pick(TOWNS)}` : `${trade} ${pick(FAMILY_NAMES)} ${pick(TOWNS)}`;
    const key = normalizeAccountName(name);
    if (taken.has(key)) continue;
    taken.add(key);
    names.push(name);
  }

  const collectiveMembers: string[] = [];
  let lostIndex = 0;
  const accounts = names.map((name, index): DemoAccount => {
    const stage = stages[index];
    const domain = `${slug(name)}.example`;
    const [pack, unit] = pick(PACKS);
    const quantity = random() < 0.15 ? 2 : 1;
    const monthlySpend = unit * quantity;
    const prepaidMonths = pick([3, 6, 6, 12, 12, 12, 18, 24, 24, 36]);
    const first = pick(FIRST_NAMES);
    const last = pick(FAMILY_NAMES);
    const contacts: DemoContact[] = [
      {
        name: `${first} ${last}`,
        title: FEMALE.has(first) ? 'Gérante' : 'Gérant',
        email: `${emailPart(first)}.${emailPart(last)}@${domain}`,
        phone: `+33 ${int(1, 5)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}`,
        decisionMaker: true,
      },
    ];
    if (random() < 0.25) {
      const helper = pick(FIRST_NAMES);
      contacts.push({ name: `${helper} ${pick(FAMILY_NAMES)}`, title: 'Webmaster', email: `${emailPart(helper)}@${domain}`, phone: null, decisionMaker: false });
    }
    if (index % 14 === 0 && collectiveMembers.length < BULK_MEMBERS) collectiveMembers.push(name);

    const at = (bd: number): When => when(bd, int(9, 17), pick([0, 10, 20, 30, 40, 50]));
    const path: Stage[] =
      stage === null || stage === 'identified'
        ? ['identified']
        : stage === 'contacted'
          ? ['identified', 'contacted']
          : stage === 'proposal_sent'
            ? ['identified', 'contacted', 'proposal_sent']
            : stage === 'negotiating'
              ? ['identified', 'contacted', 'proposal_sent', 'negotiating']
              : stage === 'won'
                ? ['identified', 'contacted', 'proposal_sent', 'won']
                : ['identified', 'contacted', 'lost'];
    // Business days back, strictly decreasing from the first step to the last (1 = yesterday).
    let bd = int(1, 4);
    const days = path.map(() => 0);
    for (let i = path.length - 1; i >= 0; i--) {
      days[i] = bd;
      bd += int(1, 3);
    }
    const history: DemoStep[] = path.map((s, i) => ({ stage: s, at: at(days[i]) }));
    const lostReason = stage === 'lost' ? LOST_REASONS[lostIndex++ % LOST_REASONS.length] : undefined;
    return {
      name,
      segment: 'smb_web',
      countries: ['FR'],
      monthlySpend,
      hasBackupProvider: false,
      rivalIsPrincipalOperator: true,
      owner: stage === null ? null : 'chloe',
      externalRef: `AMEN-${200_000 + index}`,
      competingBidders: [],
      contractEndsInDays: prepaidMonths * 30 + 30,
      prepaidForDays: prepaidMonths * 30,
      importedBy: 'marc',
      services: [{ kind: 'web_hosting', quantity, monthlyCost: monthlySpend }],
      contacts,
      deal: {
        history,
        discountPercent: pick([0, 5, 10]),
        termMonths: pick([12, 12, 24]),
        oneTimeValue: 0,
        lostReason,
        note: lostReason === 'price' ? 'Reste chez AMEN : ne veut pas perdre ses mois prépayés.' : undefined,
      },
      activities: [
        { kind: 'note', at: when(days[0], 18), by: 'marc', body: `Chez AMEN : ${quantity === 2 ? '2 × ' : ''}${pack}, prépayé ${prepaidMonths} mois.` },
      ],
    };
  });
  return { accounts, collectiveMembers };
}

import { invalidArgument } from './domain-error';

/**
 * Outreach templates (issue #21 part 3): a subject and a plain-text body in one language (FR or EN)
 * with merge fields written `{{name}}` (spaces inside the braces allowed). `\{{` writes a literal
 * `{{`. A template naming a field that does not exist is refused with the field's name, before
 * anything is sent.
 *
 * Values are filled per recipient by the api: every field is filled from what Lifeboat knows of
 * the contact, its account and campaign, except `offerLink` (a per-account personal offer, issue
 * #21 part 2), which the api fills from a per-account lookup once offers exist.
 */
export const OUTREACH_LANGUAGES = ['en', 'fr'] as const;
export type OutreachLanguage = (typeof OUTREACH_LANGUAGES)[number];

export const MERGE_FIELDS = ['contactName', 'accountName', 'rivalName', 'shutdownDate', 'switchCredit', 'offerLink'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** What each field stands for, for the manager writing the template. */
export const MERGE_FIELD_HELP: Record<OutreachLanguage, Record<MergeField, string>> = {
  en: {
    contactName: 'the contact’s name',
    accountName: 'the customer’s (account’s) name',
    rivalName: 'the failing provider’s name',
    shutdownDate: 'the date the provider’s network may go dark',
    switchCredit: 'the credit for what the customer prepaid to the provider (its latest proposal)',
    offerLink: 'the link to the customer’s personal offer',
  },
  fr: {
    contactName: 'le nom du contact',
    accountName: 'le nom du client (le compte)',
    rivalName: 'le nom du fournisseur défaillant',
    shutdownDate: 'la date à laquelle le réseau du fournisseur risque de s’éteindre',
    switchCredit: 'l’avoir pour ce que le client a prépayé au fournisseur (sa dernière proposition)',
    offerLink: 'le lien vers l’offre personnelle du client',
  },
};

type Part = { text: string } | { field: MergeField };

export interface ParsedTemplate {
  parts: Part[];
  /** The fields it uses, each once, in order of first use. */
  fields: MergeField[];
}

const isMergeField = (name: string): name is MergeField => (MERGE_FIELDS as readonly string[]).includes(name);

/**
 * Parses a template; `field` names the input in errors (`input.subject`, `input.body`). Refuses an
 * unknown field (naming it and the known ones) and a `{{` left open.
 */
export function parseTemplate(source: string, field: string): ParsedTemplate {
  const parts: Part[] = [];
  const fields: MergeField[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('\\{{', i)) {
      text += '{{';
      i += 3;
      continue;
    }
    if (!source.startsWith('{{', i)) {
      text += source[i];
      i += 1;
      continue;
    }
    const close = source.indexOf('}}', i + 2);
    if (close < 0) throw invalidArgument(field, `A merge field opened with {{ at character ${i + 1} is never closed with }}.`);
    const name = source.slice(i + 2, close).trim();
    if (!isMergeField(name)) {
      throw invalidArgument(field, `Unknown merge field {{${name}}}. Known fields: ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(', ')}.`);
    }
    if (text) parts.push({ text });
    text = '';
    parts.push({ field: name });
    if (!fields.includes(name)) fields.push(name);
    i = close + 2;
  }
  if (text) parts.push({ text });
  return { parts, fields };
}

/** Per-recipient values: a field a template uses must have one (null: not known for this recipient). */
export type MergeValues = Partial<Record<MergeField, string | null>>;

/**
 * Fills a parsed template. In a subject (`oneLine`), line breaks of values become spaces (a value
 * never adds a header line). A field without a value is refused naming it: the api checks every
 * recipient before queuing, so a mail never goes out with a hole.
 */
export function renderTemplate(template: ParsedTemplate, values: MergeValues, opts: { oneLine?: boolean } = {}): string {
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    const value = values[part.field];
    if (value === undefined || value === null) throw invalidArgument(part.field, `No value for {{${part.field}}} for this recipient.`);
    out += opts.oneLine ? value.replace(/[\r\n]+/g, ' ') : value;
  }
  return opts.oneLine ? out.replace(/[\r\n]+/g, ' ').trim() : out;
}

/** A date as a customer reads it in their language, on the calendar of `timeZone` (the campaign's, IANA): "12 January 2027" / "12 janvier 2027". */
export function formatMergeDate(at: Date, language: OutreachLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

/** An amount in minor units in the customer's language: "€1,234.50" / "1 234,50 €" (non-breaking spaces in French). */
export function formatMergeMoney(minorUnits: number, currency: string, language: OutreachLanguage): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(minorUnits / 100);
}

/** The footer every outreach mail ends with: how to unsubscribe in one click. */
export function unsubscribeFooter(language: OutreachLanguage, link: string): string {
  return language === 'fr'
    ? `\n\n--\nPour ne plus recevoir ces messages\u00a0: ${link}`
    : `\n\n--\nTo stop receiving these messages: ${link}`;
}

/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO 8601, given back in UTC (`2019-12-03T09:54:33.000Z`). Accepted as `2019-12-03T09:54:33Z`, `2024-03-12T09:30:00+01:00` or a date alone (`2024-03-12`, midnight UTC), from 1990-01-01 to 2100-01-01 (exclusive); future-facing fields also refuse what is more than a year in the past (their descriptions say so). */
  DateTime: { input: string; output: string; }
  /** Any JSON value (string, number, boolean, null, list or object). */
  JSON: { input: any; output: any; }
  /** A whole number from −(2^53 − 1) to 2^53 − 1, as a JSON number. Money is in minor units (cents). */
  SafeInt: { input: number; output: number; }
};

/** Sets the password of an invited user. */
export type AcceptInvitationInput = {
  /** The token of the invitation link. */
  invitationToken: Scalars['String']['input'];
  /** The new password: 12 to 256 characters (Unicode code points), not a common, repetitive or sequential one, and not containing your email, your name, "Lifeboat" or a rival’s name. A refusal is BAD_USER_INPUT on `input.password` with the reason and its `rule`. */
  password: Scalars['String']['input'];
};

/** Accepting a personal offer: the link’s token, the cutover week picked, who signs. */
export type AcceptPersonalOfferInput = {
  /** Must be true: the signer accepts the offer and its terms on behalf of the customer. */
  consent: Scalars['Boolean']['input'];
  /** The weekStart of one of the offer’s weeks. */
  cutoverWeekStart: Scalars['DateTime']['input'];
  /** Their email address. */
  signerEmail: Scalars['String']['input'];
  /** Full name of the person signing (1 to 200 characters). */
  signerName: Scalars['String']['input'];
  /** Their job title (1 to 200 characters). */
  signerTitle: Scalars['String']['input'];
  /** The token of the link (the last segment of `/offer/<token>`). */
  token: Scalars['String']['input'];
};

/** The offer, accepted. */
export type AcceptPersonalOfferPayload = {
  __typename?: 'AcceptPersonalOfferPayload';
  /** The offer as accepted: its cutover and its accepted terms. */
  offer: PersonalOffer;
};

/** The customer’s acceptance of a proposal, from its acceptance link. */
export type AcceptProposalInput = {
  /** Must be true: the signer accepts the offer and its terms on behalf of the customer. */
  consent: Scalars['Boolean']['input'];
  /** Their email address. */
  signerEmail: Scalars['String']['input'];
  /** Full name of the person signing (1 to 200 characters). */
  signerName: Scalars['String']['input'];
  /** Their job title (1 to 200 characters). */
  signerTitle: Scalars['String']['input'];
  /** The token of the acceptance link (the last segment of `/accept/<token>`). */
  token: Scalars['String']['input'];
};

/** The recorded acceptance. */
export type AcceptProposalPayload = {
  __typename?: 'AcceptProposalPayload';
  /** The offer as accepted (status accepted, acceptedAt set). */
  offer: ProposalOffer;
};

/** A customer of the rival, in the campaign that targets that rival. */
export type Account = Node & {
  __typename?: 'Account';
  /** Its most recent activities, newest first (at most 50). */
  activities: Array<Activity>;
  /** The campaign it belongs to. */
  campaign: Campaign;
  /** The customer collective it is a member of; null when none. */
  collective: Maybe<Collective>;
  /** Other providers courting it. */
  competingBidders: Array<Scalars['String']['output']>;
  /** People at the account, decision makers first. */
  contacts: Array<Contact>;
  /** When its contract with the rival ends. */
  contractEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** ISO 3166-1 alpha-2 codes of the countries it operates in. */
  countries: Array<Scalars['String']['output']>;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Its open deal, or else its latest one. */
  currentOpportunity: Maybe<Opportunity>;
  /** The key an import deduplicates on (unique in the campaign). */
  externalRef: Maybe<Scalars['String']['output']>;
  /** Whether it has another provider to fall back on. */
  hasBackupProvider: Scalars['Boolean']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** When someone last called, emailed or met it. */
  lastContactAt: Maybe<Scalars['DateTime']['output']>;
  /** What it spends a month with the rival. */
  monthlySpend: Money;
  /** The customer’s name. */
  name: Scalars['String']['output'];
  /** All its deals: the open one first, then newest first. */
  opportunities: Array<Opportunity>;
  /** The evidence sheet: the outages of its rival that touched a service it buys, and the availability per month they leave against the claimed SLA. */
  outageEvidence: Maybe<OutageEvidence>;
  /** The rep who owns it; null when unassigned. */
  owner: Maybe<User>;
  /** Its personal offers, newest first; each one’s link only while open and only for its owner, a manager of its campaign or an admin. */
  personalOffers: AccountPersonalOfferConnection;
  /** Until when it prepaid the rival (for the switch credit). */
  prepaidUntil: Maybe<Scalars['DateTime']['output']>;
  /** The rival it buys from (its campaign’s rival). */
  rival: Rival;
  /** Whether the rival is its principal operator. */
  rivalIsPrincipalOperator: Scalars['Boolean']['output'];
  /** What it buys from the rival. */
  rivalServices: Array<RivalService>;
  /** What kind of customer it is. */
  segment: Segment;
  /** Where the account came from (the import file and who imported it, or who entered it) and the lawful basis stated; null when not recorded (written before Lifeboat recorded sources). */
  source: Maybe<LeadSource>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** How urgent it is, 0–100: the sum of its urgency factors, capped. */
  urgency: Scalars['Int']['output'];
  /** When the urgency was last computed. */
  urgencyComputedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it is that urgent: each factor with its points, highest first. */
  urgencyFactors: Array<UrgencyFactor>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** A customer of the rival, in the campaign that targets that rival. */
export type AccountActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer of the rival, in the campaign that targets that rival. */
export type AccountOutageEvidenceArgs = {
  months?: Scalars['Int']['input'];
};


/** A customer of the rival, in the campaign that targets that rival. */
export type AccountPersonalOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Account items in a stable order. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The items of this page. */
  edges: Array<AccountEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Account in a list, with its cursor. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Account. */
  node: Account;
};

/** An import of a customer list into a campaign, and its progress. */
export type AccountImport = Node & {
  __typename?: 'AccountImport';
  /** The campaign the accounts go into. */
  campaignId: Scalars['ID']['output'];
  /** When it was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** The refused rows and why, by line (at most `first`, up to 1,000). */
  errors: Array<ImportRowError>;
  /** Rows refused; see `errors`. */
  failedCount: Scalars['Int']['output'];
  /** Why the whole import failed, when it did. */
  failureReason: Maybe<Scalars['String']['output']>;
  /** The file name given at submission. */
  fileName: Maybe<Scalars['String']['output']>;
  /** When it completed or failed. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Accounts created. */
  insertedCount: Scalars['Int']['output'];
  /** The lawful basis stated for the people in the file (recorded as the source of what it brings in). */
  lawfulBasis: LawfulBasis;
  /** Rows processed so far, committed. */
  rowsDone: Scalars['Int']['output'];
  /** When its first chunk started. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the import is. */
  status: ImportStatus;
  /** Who submitted it. */
  submittedBy: Scalars['String']['output'];
  /** Data rows in the file (the header excluded). */
  totalRows: Scalars['Int']['output'];
  /** Existing accounts updated (same external ref, or same name and country). */
  updatedCount: Scalars['Int']['output'];
};


/** An import of a customer list into a campaign, and its progress. */
export type AccountImportErrorsArgs = {
  first?: Scalars['Int']['input'];
};

/** Which accounts of the campaign: the same filters as the accounts query. */
export type AccountListFilterInput = {
  /** Only accounts present in this country (ISO 3166-1 alpha-2, e.g. FR). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only accounts at least this urgent (0–100). */
  minUrgency?: InputMaybe<Scalars['Int']['input']>;
  /** true: only accounts whose open deal is past due; false: only the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only accounts this user owns. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only accounts with a name word starting with each word of this text, case and accents ignored ("soc gen" finds "Société Générale", "net" finds "Nordia Net" but not "Telenet"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this segment. */
  segment?: InputMaybe<Segment>;
  /** Only accounts whose current deal is in this stage. */
  stage?: InputMaybe<Stage>;
  /** true: only accounts nobody owns; false: only owned ones. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How to order accounts; ties are broken by id, so pages never overlap. */
export type AccountOrder =
  /** Soonest due deal first; accounts without an open deal last. */
  | 'DUE_AT'
  /** Largest monthly spend with the rival first. */
  | 'MONTHLY_SPEND'
  /** By name, A to Z. */
  | 'NAME'
  /** Most urgent first (the default). */
  | 'URGENCY';

/** A personal offer made to an account, as its team sees it (issue #21). */
export type AccountPersonalOffer = {
  __typename?: 'AccountPersonalOffer';
  /** When the customer accepted it; null until then. */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was generated. */
  createdAt: Scalars['DateTime']['output'];
  /** The start of the cutover week the customer picked; null until accepted. */
  cutoverWeekStart: Maybe<Scalars['DateTime']['output']>;
  /** The discount on the monthly charges, in percent. */
  discountPercent: Scalars['Float']['output'];
  /** When its link expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** The offer’s id. */
  id: Scalars['ID']['output'];
  /** The customer’s link, to send it again: only while the offer is open, and only to whoever may change the account (its owner, a manager of its campaign, an admin); null otherwise. */
  link: Maybe<Scalars['String']['output']>;
  /** The monthly total offered, after the discount; null when not computed. */
  monthlyTotal: Maybe<Money>;
  /** When the customer first opened it; null while never opened. */
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** open (its link works), accepted (the customer took it, with a cutover week) or expired (past its validity, never accepted). */
  status: Scalars['String']['output'];
  /** Contract term in months. */
  termMonths: Scalars['Int']['output'];
};

/** A page of AccountPersonalOffer items in a stable order. */
export type AccountPersonalOfferConnection = {
  __typename?: 'AccountPersonalOfferConnection';
  /** The items of this page. */
  edges: Array<AccountPersonalOfferEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A AccountPersonalOffer in a list, with its cursor. */
export type AccountPersonalOfferEdge = {
  __typename?: 'AccountPersonalOfferEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The AccountPersonalOffer. */
  node: AccountPersonalOffer;
};

/** Something that happened with an account: a call, an email, a meeting, a note, or a system event. */
export type Activity = Node & {
  __typename?: 'Activity';
  /** The account it is about. */
  account: Account;
  /** The user who logged it (null for API keys and Lifeboat). */
  author: Maybe<User>;
  /** Who logged it (a user’s name, an API key, Lifeboat). */
  authorLabel: Scalars['String']['output'];
  /** What was said or done. */
  body: Scalars['String']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** What kind. */
  kind: ActivityKind;
  /** The next step in words, e.g. “send the offer”. */
  nextStep: Maybe<Scalars['String']['output']>;
  /** When the next step is due. */
  nextStepAt: Maybe<Scalars['DateTime']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The deal it belongs to, if any. */
  opportunity: Maybe<Opportunity>;
  /** How it went, e.g. “interested, wants a proposal”. */
  outcome: Maybe<Scalars['String']['output']>;
  /** How the call went, as the rep picked it (the free-text `outcome` may add to it); null when not given. */
  outcomeCode: Maybe<CallOutcome>;
  /** A system activity’s facts, to word in the reader’s language instead of `body` (which stays in English); null for logged activities and for system activities recorded before these were kept. */
  systemEvent: Maybe<ActivitySystemEvent>;
};

/** What happened: a call, email, meeting or note logged by a person, or a system event (stage change, proposal sent, signed). */
export type ActivityKind =
  | 'call'
  | 'email'
  | 'meeting'
  | 'note'
  | 'proposal_sent'
  | 'signed'
  | 'stage_change';

/** The facts of a system activity (stage_change, proposal_sent, signed) as codes and numbers, to word in the reader’s language; each field is null where it does not apply to the kind. */
export type ActivitySystemEvent = {
  __typename?: 'ActivitySystemEvent';
  /** stage_change: the stage the deal left. */
  from: Maybe<Stage>;
  /** stage_change to lost: why it was lost. */
  lostReason: Maybe<LostReason>;
  /** proposal_sent, signed: the offer’s monthly total. */
  monthlyTotal: Maybe<Money>;
  /** stage_change: the note the mover wrote, as written. */
  note: Maybe<Scalars['String']['output']>;
  /** proposal_sent by email from Lifeboat: the address it was sent to. */
  recipientEmail: Maybe<Scalars['String']['output']>;
  /** proposal_sent by email from Lifeboat: the contact it was sent to (null when the link was copied). */
  recipientName: Maybe<Scalars['String']['output']>;
  /** proposal_sent: true when a new link was sent for an offer already out (the previous link no longer opens). */
  resent: Maybe<Scalars['Boolean']['output']>;
  /** signed: who accepted the proposal. */
  signerName: Maybe<Scalars['String']['output']>;
  /** signed: the signer’s title. */
  signerTitle: Maybe<Scalars['String']['output']>;
  /** proposal_sent, signed: the contract term, in months. */
  termMonths: Maybe<Scalars['Int']['output']>;
  /** stage_change: the stage the deal entered. */
  to: Maybe<Stage>;
  /** proposal_sent: until when the customer may accept the offer. */
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

/** What kind of caller made a change: a user, an API key, Lifeboat itself, or a customer. */
export type ActorType =
  | 'api_key'
  | 'customer'
  | 'system'
  | 'user';

/** Puts a user in a campaign’s team, or changes their place in it. */
export type AddCampaignMemberInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** manager (leads the team: reassigns, approves discounts) or rep. */
  teamRole: TeamRole;
  /** The user: active, and of a role that fits — a manager may lead the team or sell in it, a rep only sells; admins see every campaign and are not team members. */
  userId: Scalars['ID']['input'];
};

/** A feed to add to a rival (admins, and managers of a campaign against it). The URL must be http(s) and reach a public address; refused with BAD_USER_INPUT naming the field otherwise. */
export type AddRivalFeedInput = {
  /** Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Record new suggestions at once (default false). */
  autoRecord?: InputMaybe<Scalars['Boolean']['input']>;
  /** With autoRecord, the least severity recorded at once (1 to 5); none: every severity. */
  autoRecordMinSeverity?: InputMaybe<Scalars['Int']['input']>;
  /** Where its signals come from. */
  kind: RivalFeedKind;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Default 300. */
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The rival the feed is about. */
  rivalId: Scalars['ID']['input'];
  /** Required for statuspage (its base URL), rss and atom; none for webhook. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The feed as added, and for a webhook feed its signing secret (shown this once). */
export type AddRivalFeedPayload = {
  __typename?: 'AddRivalFeedPayload';
  /** The feed as added. */
  feed: RivalFeed;
  /** The webhook feed’s secret (sign each signal with it); shown only now. Null for polled feeds. */
  secret: Maybe<Scalars['String']['output']>;
};

/** A new shutdown scenario. Refused with BAD_USER_INPUT naming the field when a value is wrong; nothing is written. */
export type AddShutdownScenarioInput = {
  /** When the network goes dark in it: in the future. */
  goesDarkAt: Scalars['DateTime']['input'];
  /** What happens in it (1 to 200 characters). */
  label: Scalars['String']['input'];
  /** How likely, in whole percent from 0 to 100; with the rival’s other scenarios at most 100 in all. */
  probabilityPercent: Scalars['Int']['input'];
  /** The rival. */
  rivalId: Scalars['ID']['input'];
  /** A note on its source (up to 2,000 characters). */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** Where it comes from: an http(s) URL. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
};

/** An integration’s credential. Its secret is never shown again after creation. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** The campaign it is bound to; null for a global key. */
  campaignId: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute). */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What it is for. */
  name: Scalars['String']['output'];
  /** The visible start of the key (`lbk_<prefix>_…`), to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; a revoked key no longer works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What it may do: read, write, import, webhooks. */
  scopes: Array<Scalars['String']['output']>;
};

/** What a call made through an API key was (its variables are never recorded). */
export type ApiKeyCall = {
  __typename?: 'ApiKeyCall';
  /** The codes of those errors, e.g. FORBIDDEN; empty when it succeeded. */
  errorCodes: Array<Scalars['String']['output']>;
  /** The operation’s name, when the client gave one. */
  operationName: Maybe<Scalars['String']['output']>;
  /** query, mutation, subscription, or unknown when the request could not be parsed. */
  operationType: Scalars['String']['output'];
  /** ok, or error when the answer carried errors (refused, invalid or failed). */
  outcome: Scalars['String']['output'];
  /** The root fields it asked for, e.g. accounts or moveOpportunity. */
  rootFields: Array<Scalars['String']['output']>;
};

/** A page of ApiKey items in a stable order. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The items of this page. */
  edges: Array<ApiKeyEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A ApiKey in a list, with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The ApiKey. */
  node: ApiKey;
};

/** The revoked key. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key. */
  apiKey: ApiKey;
};

/** Who must approve a discount: rep (within the rep’s limit: no approval), manager (up to the manager’s limit), admin (beyond). */
export type ApprovalLevel =
  | 'admin'
  | 'manager'
  | 'rep';

/** Give an account to a member of its campaign team, or unassign it (managers and admins). */
export type AssignAccountInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The new owner; null to unassign. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The account with its new owner. */
export type AssignAccountPayload = {
  __typename?: 'AssignAccountPayload';
  /** The account as it now stands. */
  account: Account;
};

/** Who changed what, before and after, when. Never edited. */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** What happened, e.g. account.created, account.assigned, opportunity.moved. */
  action: Scalars['String']['output'];
  /** Who made it, as shown to people (a user’s name, an API key’s name, Lifeboat for jobs). */
  actorLabel: Scalars['String']['output'];
  /** What kind of caller made it. */
  actorType: ActorType;
  /** For a call through an API key (action api_key.call, entity the key): what the call was. Null for a change. */
  apiKeyCall: Maybe<ApiKeyCall>;
  /** When the change (or the call through an API key) was made. */
  at: Scalars['DateTime']['output'];
  /** Each changed field, with its value before and after. */
  changes: Array<FieldChange>;
  /** The global id of the changed object. */
  entityId: Scalars['ID']['output'];
  /** The type of the changed object, e.g. Account or Opportunity. */
  entityType: Scalars['String']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
};

/** A page of AuditEntry items in a stable order. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items of this page. */
  edges: Array<AuditEntryEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A AuditEntry in a list, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** In which order an audit trail lists its entries; entries of the same instant are ordered by id, so pages never overlap. */
export type AuditTrailOrder =
  /** The latest change first, as a person reads a history. */
  | 'NEWEST_FIRST'
  /** The first change first (the default, as integrations have always read it). */
  | 'OLDEST_FIRST';

/** Availability per calendar month against the claimed SLA. Rules: an outage covers the minutes from its start to its end (an ongoing one: to now), each rounded down to the minute; each impact weighs a share of a minute (`weights`); for each minute the weight is the largest of the outages covering it, so overlapping outages never count a minute twice; months are calendar months in `timeZone` (the campaign’s). */
export type Availability = {
  __typename?: 'Availability';
  /** The campaign whose time zone and weights the figures use; null when you see none against the rival (the defaults apply). */
  campaign: Maybe<Campaign>;
  /** The availability the rival’s SLA claims, in percent; null when unknown. */
  claimedAvailabilityPercent: Maybe<Scalars['Float']['output']>;
  /** One entry per month, oldest first, ending with the month in progress. */
  months: Array<MonthAvailability>;
  /** The IANA time zone whose calendar months these are: the campaign’s (Europe/Paris by default). */
  timeZone: Scalars['String']['output'];
  /** The weights applied: the campaign’s settings. */
  weights: OutageImpactWeights;
};

/** A filtered list handed out across reps, carried out by a job in batches; its progress. */
export type BulkAssignment = Node & {
  __typename?: 'BulkAssignment';
  /** Accounts that got their new owner. */
  assignedCount: Scalars['Int']['output'];
  /** The campaign. */
  campaignId: Scalars['ID']['output'];
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** Accounts of the list processed so far (committed batches). */
  done: Scalars['Int']['output'];
  /** When it finished. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Who asked for it. */
  requestedBy: Scalars['String']['output'];
  /** The plan: each rep’s share. */
  shares: Array<BulkAssignmentShare>;
  /** Accounts left as they were because they changed since the list was made (claimed, edited, removed). */
  skippedCount: Scalars['Int']['output'];
  /** queued, running, completed or failed. */
  status: BulkAssignmentStatus;
  /** How the list is handed out. */
  strategy: DistributionStrategy;
  /** Accounts in the list (frozen when the hand-out was asked for). */
  total: Scalars['Int']['output'];
};

/** A filtered list of a campaign’s accounts to hand out across reps of its team. */
export type BulkAssignmentInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Which of its accounts (all when absent). */
  filter?: InputMaybe<AccountListFilterInput>;
  /** The reps to hand them to (members of the campaign team; 1 to 100, no repeats). */
  repIds: Array<Scalars['ID']['input']>;
  /** round_robin or by_load. */
  strategy: DistributionStrategy;
};

/** How many accounts a hand-out would give to whom, before it is confirmed. */
export type BulkAssignmentPreview = {
  __typename?: 'BulkAssignmentPreview';
  /** Each chosen rep’s share, in the order given. */
  shares: Array<BulkAssignmentShare>;
  /** The strategy previewed. */
  strategy: DistributionStrategy;
  /** Accounts the filter matches (what would be handed out). */
  total: Scalars['Int']['output'];
};

/** Progress of a hand-out, after each committed batch. */
export type BulkAssignmentProgress = {
  __typename?: 'BulkAssignmentProgress';
  /** When this progress was committed. */
  at: Scalars['DateTime']['output'];
  /** The hand-out (a BulkAssignment id). */
  bulkAssignmentId: Scalars['ID']['output'];
  /** Accounts of the list processed so far. */
  done: Scalars['Int']['output'];
  /** queued, running, completed or failed. */
  status: Scalars['String']['output'];
  /** Accounts in the list. */
  total: Scalars['Int']['output'];
};

/** What one rep gets from a hand-out. */
export type BulkAssignmentShare = {
  __typename?: 'BulkAssignmentShare';
  /** Accounts of the list that go to the rep. */
  count: Scalars['Int']['output'];
  /** Open accounts (an open deal) the rep owns in the campaign before the hand-out. */
  openAccounts: Scalars['Int']['output'];
  /** The rep. */
  rep: Maybe<User>;
  /** The rep’s id. */
  repId: Scalars['ID']['output'];
};

/** Where a hand-out is: queued → running → completed (or failed). */
export type BulkAssignmentStatus =
  | 'completed'
  | 'failed'
  | 'queued'
  | 'running';

/** How a call went, picked with one click: reached and wants an offer, reached and interested, reached but not now, no answer, voicemail left, wrong contact. */
export type CallOutcome =
  | 'no_answer'
  | 'reached_interested'
  | 'reached_not_now'
  | 'reached_wants_offer'
  | 'voicemail'
  | 'wrong_contact';

/** A takeover campaign against one rival, run by a dedicated team. */
export type Campaign = Node & {
  __typename?: 'Campaign';
  /** How many accounts and deals it holds, by state. */
  counts: CampaignCountsModel;
  /** ISO 4217 currency of its amounts. */
  currency: Scalars['String']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** The campaign’s name. */
  name: Scalars['String']['output'];
  /** The rival whose customers it goes after. */
  rival: Rival;
  /** Its effective rules (stage deadlines, discounts, migration capacity, urgency weights…). */
  settings: CampaignSettingsModel;
  /** active, closed or archived. */
  status: CampaignStatus;
  /** Its dedicated team: managers first, then reps, by name. */
  team: Array<TeamMember>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A page of Campaign items in a stable order. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** The items of this page. */
  edges: Array<CampaignEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** How many accounts and deals a campaign holds. */
export type CampaignCountsModel = {
  __typename?: 'CampaignCountsModel';
  /** Accounts in the campaign. */
  accounts: Scalars['Int']['output'];
  /** Deals lost. */
  lost: Scalars['Int']['output'];
  /** Deals still in play. */
  openOpportunities: Scalars['Int']['output'];
  /** Deals in play past their due time. */
  overdueOpportunities: Scalars['Int']['output'];
  /** Accounts nobody owns yet (claimable). */
  unassignedAccounts: Scalars['Int']['output'];
  /** Deals won. */
  won: Scalars['Int']['output'];
};

/** A Campaign in a list, with its cursor. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Campaign. */
  node: Campaign;
};

/** The team member and their campaign after the change. */
export type CampaignMemberPayload = {
  __typename?: 'CampaignMemberPayload';
  /** The campaign, with its team. */
  campaign: Campaign;
  /** The member as they now are. */
  member: TeamMember;
};

/** The campaign after the change. */
export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  /** The campaign, with its new settings, version and team. */
  campaign: Campaign;
};

/** A campaign’s effective rules: its stored overrides over the defaults. */
export type CampaignSettingsModel = {
  __typename?: 'CampaignSettingsModel';
  /** Discount limits. */
  discountLimits: DiscountLimits;
  /** Migration lead time per segment, in calendar days. */
  migrationLeadDays: MigrationLeadDays;
  /** Outage weights in the rival’s availability, per impact. */
  outageImpactWeights: OutageImpactWeightSettings;
  /** Calendar days a sent proposal stays valid. */
  proposalValidityDays: Scalars['Int']['output'];
  /** Stage due times, in business days. */
  stageDueBusinessDays: StageDueBusinessDays;
  /** Switch credit. */
  switchCredit: SwitchCreditSettings;
  /** IANA time zone of its business days, e.g. Europe/Paris. */
  timeZone: Scalars['String']['output'];
  /** Urgency weights. */
  urgencyWeights: UrgencyWeights;
  /** Workload units the migration team cuts over in a week. */
  weeklyMigrationCapacity: Scalars['Int']['output'];
};

/** Whether the campaign is still running. */
export type CampaignStatus =
  /** Running: takes new accounts and work. */
  | 'active'
  /** Closed and put away: hidden from `campaigns` unless `includeArchived` is true; still readable by id. */
  | 'archived'
  /** Over: takes no new accounts (createAccount, importAccounts); its open deals may still be worked and read. */
  | 'closed';

/** A campaign to close or archive, at the version you read. */
export type CampaignStatusInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The campaign’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

/** An outreach to stop. */
export type CancelOutreachInput = {
  /** The outreach. */
  id: Scalars['ID']['input'];
};

/** Take an unassigned account of your campaign. */
export type ClaimAccountInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

/** The account, now yours. */
export type ClaimAccountPayload = {
  __typename?: 'ClaimAccountPayload';
  /** The account as it now stands. */
  account: Account;
};

/** Customers of the rival who organise (e.g. AMEN’s collective: 250 members, a forum, announced collective cancellations): a prospect of its own in one campaign, with its spokesperson and the member accounts linked to it. */
export type Collective = Node & {
  __typename?: 'Collective';
  /** Its own deal (terms, status, who approved); null before any terms were proposed. */
  agreement: Maybe<CollectiveAgreement>;
  /** The date it announced for its members’ collective cancellations; null when none was announced. */
  announcedCancellationAt: Maybe<Scalars['DateTime']['output']>;
  /** The campaign it belongs to. */
  campaign: Campaign;
  /** How many members it says it has (its own figure; linked accounts are counted in progress). */
  claimedMembers: Scalars['Int']['output'];
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Where it gathers: its forum’s http(s) URL. */
  forumUrl: Maybe<Scalars['String']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Its member accounts, by name, each with where it stands. */
  members: CollectiveMemberConnection;
  /** Its name, unique in the campaign (case-insensitively). */
  name: Scalars['String']['output'];
  /** What the team knows of it (free text). */
  notes: Maybe<Scalars['String']['output']>;
  /** Its members won, pending, lost and untouched, against the count it claims. */
  progress: CollectiveProgress;
  /** Who speaks for it: a contact of the campaign; null when none is known. */
  spokesperson: Maybe<Contact>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** Customers of the rival who organise (e.g. AMEN’s collective: 250 members, a forum, announced collective cancellations): a prospect of its own in one campaign, with its spokesperson and the member accounts linked to it. */
export type CollectiveMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A collective’s own deal, negotiated once with its spokesperson and approved like a proposal (the campaign’s discount limits): the discount and term its members’ personal offers take once it is signed. */
export type CollectiveAgreement = {
  __typename?: 'CollectiveAgreement';
  /** When they were approved (at once when within the proposer’s own level); null before. */
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved them; null before. */
  approvedBy: Maybe<Scalars['String']['output']>;
  /** Conditions agreed (free text); null when none. */
  conditions: Maybe<Scalars['String']['output']>;
  /** The discount on the members’ monthly charges, in percent (two decimals at most). */
  discountPercent: Scalars['Float']['output'];
  /** Who proposed these terms. */
  proposedBy: Scalars['String']['output'];
  /** Why an approver sent it back to draft; null otherwise. */
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Who must approve its discount, by the campaign’s limits when it was proposed. */
  requiredApproval: ApprovalLevel;
  /** Who of the team recorded the signature; null before. */
  signatureRecordedBy: Maybe<Scalars['String']['output']>;
  /** When the spokesperson agreed to them; null before. */
  signedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who signed for the collective (its spokesperson, as recorded); null before. */
  signedByName: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: CollectiveAgreementStatus;
  /** When these terms were proposed. */
  submittedAt: Scalars['DateTime']['output'];
  /** The contract term in months (1 to 120). */
  termMonths: Scalars['Int']['output'];
  /** Changes with every change; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When it was withdrawn; null otherwise. */
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** Where a collective’s deal stands: draft (new, or sent back by an approver with a reason), pending_approval (beyond what its proposer may approve), approved, signed (agreed by the spokesperson; kept for good) or withdrawn. */
export type CollectiveAgreementStatus =
  | 'approved'
  | 'draft'
  | 'pending_approval'
  | 'signed'
  | 'withdrawn';

/** A page of Collective items in a stable order. */
export type CollectiveConnection = {
  __typename?: 'CollectiveConnection';
  /** The items of this page. */
  edges: Array<CollectiveEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Collective in a list, with its cursor. */
export type CollectiveEdge = {
  __typename?: 'CollectiveEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Collective. */
  node: Collective;
};

/** A member account of a collective, with where it stands. */
export type CollectiveMember = {
  __typename?: 'CollectiveMember';
  /** The account. */
  account: Account;
  /** When it was linked to the collective. */
  addedAt: Scalars['DateTime']['output'];
  /** Where it stands: won, pending, lost or untouched. */
  state: CollectiveMemberState;
};

/** A page of CollectiveMember items in a stable order. */
export type CollectiveMemberConnection = {
  __typename?: 'CollectiveMemberConnection';
  /** The items of this page. */
  edges: Array<CollectiveMemberEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A CollectiveMember in a list, with its cursor. */
export type CollectiveMemberEdge = {
  __typename?: 'CollectiveMemberEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The CollectiveMember. */
  node: CollectiveMember;
};

/** Where a member account stands, as the dashboard counts capture: won if one of its deals is won, else pending if one is open, else lost if one is lost, else untouched. */
export type CollectiveMemberState =
  | 'lost'
  | 'pending'
  | 'untouched'
  | 'won';

/** Accounts to link to, or unlink from, a collective. */
export type CollectiveMembersInput = {
  /** The accounts (1 to 500), of the collective’s campaign. */
  accountIds: Array<Scalars['ID']['input']>;
  /** The collective. */
  collectiveId: Scalars['ID']['input'];
};

/** How a pasted list of names matched the campaign’s accounts. */
export type CollectiveNameMatch = {
  __typename?: 'CollectiveNameMatch';
  /** Names that match more than one account: nothing linked for them; link the right one by hand. */
  ambiguous: Array<Scalars['String']['output']>;
  /** The collective after the linking. */
  collective: Collective;
  /** Accounts matched but already members of another collective of the campaign: left where they are. */
  inOtherCollective: Array<Account>;
  /** Accounts matched by a name: linked now (or already members). */
  matched: Array<Account>;
  /** Names that match no account of the campaign, as pasted. */
  unmatched: Array<Scalars['String']['output']>;
};

/** The collective after the change. */
export type CollectivePayload = {
  __typename?: 'CollectivePayload';
  /** The collective as saved. */
  collective: Collective;
};

/** How far the team is with a collective’s members, against the count it claims. */
export type CollectiveProgress = {
  __typename?: 'CollectiveProgress';
  /** The member count the collective claims. */
  claimed: Scalars['Int']['output'];
  /** Member accounts linked to it. */
  linked: Scalars['Int']['output'];
  /** Linked accounts whose deals are all lost. */
  lost: Scalars['Int']['output'];
  /** Linked accounts with an open deal and none won. */
  pending: Scalars['Int']['output'];
  /** Linked accounts with no deal at all. */
  untouched: Scalars['Int']['output'];
  /** Linked accounts with a won deal. */
  won: Scalars['Int']['output'];
};

/** A decision on a collective’s deal, with the agreement’s version you read. */
export type CollectiveTermsVersionInput = {
  /** The collective. */
  collectiveId: Scalars['ID']['input'];
  /** The agreement’s version you last read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

/** A suggestion to confirm; kind, severity and the shutdown date may be corrected on the way (a shutdown warning needs its date). */
export type ConfirmSuggestedEventInput = {
  /** The suggestion. */
  id: Scalars['ID']['input'];
  /** The kind to record instead of the one suggested. */
  kind?: InputMaybe<DistressKind>;
  /** The severity to record instead of the one suggested (1 to 5). */
  severity?: InputMaybe<Scalars['Int']['input']>;
  /** The shutdown date the event announces (required to confirm a shutdown warning). */
  shutdownAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The suggestion, now confirmed, the distress event it became, and the rival after it. */
export type ConfirmSuggestedEventPayload = {
  __typename?: 'ConfirmSuggestedEventPayload';
  /** The distress event it became. */
  distressEvent: DistressEvent;
  /** The rival, with its health and shutdown date after the event. */
  rival: Rival;
  /** The suggestion, now confirmed. */
  suggestion: SuggestedDistressEvent;
};

/** A person at the account. */
export type Contact = Node & {
  __typename?: 'Contact';
  /** The account they work at. */
  account: Account;
  /** Whether they decide on the switch. */
  decisionMaker: Scalars['Boolean']['output'];
  /** Email address. */
  email: Maybe<Scalars['String']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone: Maybe<Scalars['String']['output']>;
  /** Where the contact came from and the lawful basis stated; null when not recorded. */
  source: Maybe<LeadSource>;
  /** Job title. */
  title: Maybe<Scalars['String']['output']>;
  /** Changes with every update. */
  version: Scalars['Int']['output'];
};

/** A contact to add (no id) or to edit (with its id). */
export type ContactChangeInput = {
  /** Whether they decide on the switch (default false). */
  decisionMaker?: InputMaybe<Scalars['Boolean']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The contact to edit; leave out to add a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Full name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Contact items in a stable order. */
export type ContactConnection = {
  __typename?: 'ContactConnection';
  /** The items of this page. */
  edges: Array<ContactEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Contact in a list, with its cursor. */
export type ContactEdge = {
  __typename?: 'ContactEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Contact. */
  node: Contact;
};

/** What an erasure rewrote to take the person out (counts only: the erasure keeps nothing of them). */
export type ContactErasure = {
  __typename?: 'ContactErasure';
  /** Activities of the account’s timeline rewritten. */
  activities: Scalars['Int']['output'];
  /** Audit entries rewritten (never deleted: their action, actor and time stay). */
  auditEntries: Scalars['Int']['output'];
  /** The erased contact’s id (no longer found). */
  contactId: Scalars['ID']['output'];
  /** Events not yet relayed rewritten. */
  events: Scalars['Int']['output'];
  /** Notifications rewritten. */
  notifications: Scalars['Int']['output'];
  /** Accepted proposals they signed, kept with their signature as the contract’s evidence (GDPR art. 17(3)(b) and (e)). */
  signedProposalsKept: Scalars['Int']['output'];
  /** Webhook deliveries rewritten. */
  webhookDeliveries: Scalars['Int']['output'];
};

/** A person at the account. */
export type ContactInput = {
  /** Whether they decide on the switch (default false). */
  decisionMaker?: InputMaybe<Scalars['Boolean']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new account, with its contacts and what it buys from the rival. Its deal opens at stage identified. */
export type CreateAccountInput = {
  /** The campaign it belongs to. */
  campaignId: Scalars['ID']['input'];
  /** Other providers courting it. */
  competingBidders?: InputMaybe<Array<Scalars['String']['input']>>;
  /** People at the account. */
  contacts?: InputMaybe<Array<ContactInput>>;
  /** When its contract with the rival ends. */
  contractEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** ISO 3166-1 alpha-2 country codes (e.g. FR, DE). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The key an import deduplicates on (unique in the campaign). */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** Whether it has another provider to fall back on (default false). */
  hasBackupProvider?: InputMaybe<Scalars['Boolean']['input']>;
  /** The lawful basis the team relies on for this account and its contacts (default legitimate_interests); recorded with who entered it. */
  lawfulBasis?: InputMaybe<LawfulBasis>;
  /** What it spends a month with the rival, in minor units (0 or more). */
  monthlySpend: Scalars['SafeInt']['input'];
  /** Expected monthly value of the deal, in minor units (default 0). */
  monthlyValue?: InputMaybe<Scalars['SafeInt']['input']>;
  /** The customer’s name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Its owner (a member of the campaign team). A rep’s new account is theirs; others leave it unassigned by default. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Until when it prepaid the rival. */
  prepaidUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** Whether the rival is its principal operator (default false). */
  rivalIsPrincipalOperator?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it buys from the rival (replaces the whole list on update). */
  rivalServices?: InputMaybe<Array<RivalServiceInput>>;
  /** What kind of customer. */
  segment: Segment;
};

/** The new account and its deal. */
export type CreateAccountPayload = {
  __typename?: 'CreateAccountPayload';
  /** The account as created. */
  account: Account;
  /** Its deal, at stage identified. */
  opportunity: Opportunity;
};

/** A new API key for an integration. */
export type CreateApiKeyInput = {
  /** The campaign it is bound to; none makes a global key. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is for, e.g. "BI export". */
  name: Scalars['String']['input'];
  /** What it may do: read, write, import, webhooks. */
  scopes: Array<Scalars['String']['input']>;
};

/** The new key and its secret, shown this once: only a digest is kept. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key. */
  apiKey: ApiKey;
  /** The full key to send as `Authorization: Bearer <secret>`. It cannot be shown again. */
  secret: Scalars['String']['output'];
};

/** A new campaign against a rival, with its team. Its rules start from the defaults (DESIGN.md §4; change them with updateCampaignSettings). Refused with BAD_USER_INPUT naming the field — and nothing written — for a rival another active campaign already targets (`input.rivalId`), a team without a manager (`input.team`), an unknown currency or time zone. */
export type CreateCampaignInput = {
  /** ISO 4217 currency of its amounts (default EUR). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Its name, e.g. “KPNQwest takeover” (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** The rival whose customers it goes after: no other active campaign may target it. */
  rivalId: Scalars['ID']['input'];
  /** Its dedicated team: at least one manager, and reps. */
  team: Array<NewTeamMemberInput>;
  /** IANA time zone of its business days (default Europe/Paris). */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A new collective. Refused with BAD_USER_INPUT naming the field when a value is wrong; nothing is written. */
export type CreateCollectiveInput = {
  /** The date it announced for collective cancellations (between 1990 and 2100, as every date). */
  announcedCancellationAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The campaign it belongs to. */
  campaignId: Scalars['ID']['input'];
  /** The member count it claims (0 to 1,000,000; default 0). */
  claimedMembers?: InputMaybe<Scalars['Int']['input']>;
  /** Its forum: an http(s) URL. */
  forumUrl?: InputMaybe<Scalars['String']['input']>;
  /** Its name (1 to 200 characters), unique in the campaign. */
  name: Scalars['String']['input'];
  /** Notes (up to 5,000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Its spokesperson: a contact of an account of the campaign. */
  spokespersonId?: InputMaybe<Scalars['ID']['input']>;
};

/** A failing competitor to race against. Refused with BAD_USER_INPUT naming the field when a value is wrong; nothing is written. */
export type CreateRivalInput = {
  /** The availability its SLA claims, in percent (above 0, at most 100, e.g. 99.9). */
  claimedAvailabilityPercent?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 3166-1 alpha-2 code of its home market, e.g. NL. */
  country: Scalars['String']['input'];
  /** How far gone it is (default distressed). */
  health?: InputMaybe<RivalHealth>;
  /** Its name, e.g. KPNQwest (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** What it sells (default none). */
  services?: InputMaybe<Array<ServiceKind>>;
  /** When its network may go dark, if known: in the future. */
  shutdownExpectedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new webhook. */
export type CreateWebhookInput = {
  /** Only this campaign’s events; omit for every campaign (admins only). */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events it receives (at least one). */
  events: Array<WebhookEvent>;
  /** Where to POST events: an http(s) URL without credentials, on the internet (not this machine nor a private network). */
  url: Scalars['String']['input'];
};

/** The webhook created, and its signing secret: shown this once. */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /** The secret that signs its deliveries (Lifeboat-Signature). Keep it: it is not shown again. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** A week the customer may pick for its cutover: it has migration capacity left, before the shutdown. */
export type CutoverWeekOption = {
  __typename?: 'CutoverWeekOption';
  /** The planned cutover that week (Friday 17:00, or the shutdown if earlier). */
  cutoverAt: Scalars['DateTime']['output'];
  /** The switch credit with a cutover that week. */
  switchCredit: SwitchCredit;
  /** What the offer costs with a cutover that week. */
  totals: ProposalTotals;
  /** Monday 00:00 in the campaign’s time zone: the value to send as cutoverWeekStart. */
  weekStart: Scalars['DateTime']['output'];
};

/** How much of the rival’s customer base is captured (a snapshot). An account is won if one of its deals is won, else open if one is open, else lost if one is lost, else untouched. */
export type DashboardCapture = {
  __typename?: 'DashboardCapture';
  /** Accounts lost. */
  lost: DashboardCaptureBucket;
  /** Lost accounts by competing bidder, most accounts first. */
  lostTo: Array<DashboardLostToBidder>;
  /** Accounts with a deal still open. */
  open: DashboardCaptureBucket;
  /** Every account of the campaign. */
  total: DashboardCaptureBucket;
  /** Accounts without any deal yet. */
  untouched: DashboardCaptureBucket;
  /** Accounts won. */
  won: DashboardCaptureBucket;
  /** Won monthly spend / total monthly spend, from 0 to 1; null when the total is 0. */
  wonShareOfSpend: Maybe<Scalars['Float']['output']>;
};

/** Accounts of the rival’s customer base in one state, and what they spend with the rival. */
export type DashboardCaptureBucket = {
  __typename?: 'DashboardCaptureBucket';
  /** How many accounts. */
  accounts: Scalars['Int']['output'];
  /** Sum of their monthly spend with the rival. */
  monthlySpend: Money;
};

/** Signed deals whose cycle lasted from `fromDays` (inclusive) to `toDays` (exclusive) days. */
export type DashboardCycleBucket = {
  __typename?: 'DashboardCycleBucket';
  /** How many signed deals. */
  deals: Scalars['Int']['output'];
  /** Lower bound in days of 24 hours, inclusive. */
  fromDays: Scalars['Int']['output'];
  /** Upper bound in days, exclusive; null for the last, open-ended bucket (14+). */
  toDays: Maybe<Scalars['Int']['output']>;
};

/** From first contact to signature, for the deals won in the period, against the one-week target. */
export type DashboardCycleTime = {
  __typename?: 'DashboardCycleTime';
  /** The measured deals by whole days: 0–1, 1–2, …, 13–14, 14+. */
  buckets: Array<DashboardCycleBucket>;
  /** Of those, the ones with a first contact recorded: the ones measured. */
  measuredDeals: Scalars['Int']['output'];
  /** Median cycle in hours (percentile_cont 0.5); null without a measured deal. */
  medianHours: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the cycle in hours (percentile_cont 0.9). */
  p90Hours: Maybe<Scalars['Float']['output']>;
  /** Deals won (signed) in the period. */
  signedDeals: Scalars['Int']['output'];
  /** The target: 7 calendar days, in hours (168). */
  targetHours: Scalars['Float']['output'];
  /** Measured deals signed within the target (at most 168 hours after first contact). */
  withinTarget: Scalars['Int']['output'];
  /** withinTarget / measuredDeals, from 0 to 1; null without a measured deal. */
  withinTargetShare: Maybe<Scalars['Float']['output']>;
};

/** The weighted forecast by week, from the current week to the rival’s shutdown week (or, without a shutdown ahead, to the latest expected week), at most 52 weeks. */
export type DashboardForecast = {
  __typename?: 'DashboardForecast';
  /** Open deals expected after the last week (after the shutdown week when `untilShutdown`). */
  beyondHorizon: DashboardForecastBucket;
  /** Open deals whose expected close (else due time) has already passed: overdue, in no week. */
  overdue: DashboardForecastBucket;
  /** Open deals with neither an expected close nor a due time. */
  unscheduled: DashboardForecastBucket;
  /** True when the weeks end with the rival’s expected shutdown. */
  untilShutdown: Scalars['Boolean']['output'];
  /** The campaign’s weekly migration capacity, in workload units. */
  weeklyMigrationCapacity: Scalars['Int']['output'];
  /** Week by week, in order, without gaps. */
  weeks: Array<DashboardForecastWeek>;
};

/** Open deals outside the forecast weeks. */
export type DashboardForecastBucket = {
  __typename?: 'DashboardForecastBucket';
  /** How many open deals. */
  deals: Scalars['Int']['output'];
  /** Sum of their monthly values. */
  monthlyValue: Money;
  /** Sum of monthly value × win probability, rounded once. */
  weightedValue: Money;
};

/** Open deals expected to close in one week, weighted by their probability. */
export type DashboardForecastWeek = {
  __typename?: 'DashboardForecastWeek';
  /** Open deals expected that week (expected close, else due time), from now on: a passed one counts in `overdue`, not in a week. */
  deals: Scalars['Int']['output'];
  /** The campaign’s weekly migration capacity, in workload units, for comparison. */
  migrationCapacity: Scalars['Int']['output'];
  /** Sum of their monthly values. */
  monthlyValue: Money;
  /** Workload units the migration plan (the same plan as `migrationPlan`: won customers not yet migrated) cuts over that week, in the unit of `migrationCapacity`. */
  plannedWorkload: Scalars['Int']['output'];
  /** Monday 00:00 of the week, in the campaign’s time zone. */
  weekStart: Scalars['DateTime']['output'];
  /** Sum of monthly value × win probability, rounded once. */
  weightedValue: Money;
};

/** Accounts lost, grouped by the competing bidder that won them. */
export type DashboardLostToBidder = {
  __typename?: 'DashboardLostToBidder';
  /** How many lost accounts. */
  accounts: Scalars['Int']['output'];
  /** The bidder named on the latest lost deal; null when none was named. */
  bidder: Maybe<Scalars['String']['output']>;
  /** Their monthly spend with the rival. */
  monthlySpend: Money;
};

/** The migration plan in summary: the migrations not yet done laid into weeks before the shutdown (the same plan as `migrationPlan`). */
export type DashboardMigrationPlan = {
  __typename?: 'DashboardMigrationPlan';
  /** Every status, in the domain’s order, with zeros. */
  byStatus: Array<DashboardMigrationStatusCount>;
  /** The last planned cutover; null without a planned migration. */
  lastCutoverAt: Maybe<Scalars['DateTime']['output']>;
  /** Migrations whose planned cutover falls after their own deadline. */
  late: Scalars['Int']['output'];
  /** Weeks loaded beyond the weekly capacity. */
  overCapacityWeeks: Scalars['Int']['output'];
  /** Migrations planned (every status but migrated). */
  planned: Scalars['Int']['output'];
  /** Weeks the plan spans. */
  weeks: Scalars['Int']['output'];
  /** Migrations whose planned cutover falls after the rival’s shutdown: those customers will go dark. */
  willGoDark: Scalars['Int']['output'];
  /** The accounts that will go dark (the first 20, in plan order). */
  willGoDarkAccounts: Array<Scalars['String']['output']>;
};

/** The campaign’s migrations in one status. */
export type DashboardMigrationStatusCount = {
  __typename?: 'DashboardMigrationStatusCount';
  /** How many migrations. */
  migrations: Scalars['Int']['output'];
  /** The status. */
  status: MigrationStatus;
  /** Their total workload, in workload units. */
  workload: Scalars['Int']['output'];
};

/** Open deals past their due time, at `asOf`. */
export type DashboardOverdue = {
  __typename?: 'DashboardOverdue';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The 20 most overdue, most overdue first (ties by id). */
  deals: Array<DashboardOverdueDeal>;
  /** Sum of their monthly values. */
  monthlyValue: Money;
};

/** An open deal past its due time. */
export type DashboardOverdueDeal = {
  __typename?: 'DashboardOverdueDeal';
  /** Its account (an `Account` node). */
  accountId: Scalars['ID']['output'];
  /** The account’s name. */
  accountName: Scalars['String']['output'];
  /** When it was due. */
  dueAt: Scalars['DateTime']['output'];
  /** Hours since it was due, at `asOf`. */
  hoursOverdue: Scalars['Float']['output'];
  /** Its monthly value. */
  monthlyValue: Money;
  /** The deal (an `Opportunity` node). */
  opportunityId: Scalars['ID']['output'];
  /** The rep who owns the account; null when unassigned. */
  owner: Maybe<DashboardUser>;
  /** The stage it is stuck in. */
  stage: Stage;
};

/** The time window of the period figures: from (inclusive) to (exclusive). */
export type DashboardPeriod = {
  __typename?: 'DashboardPeriod';
  /** Start, inclusive. */
  from: Scalars['DateTime']['output'];
  /** End, exclusive. */
  to: Scalars['DateTime']['output'];
};

/** A time window for the dashboard’s period figures: from (inclusive) to (exclusive). */
export type DashboardPeriodInput = {
  /** Start of the period, inclusive. Default: when the campaign was created. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of the period, exclusive. Default: now. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The open deals (identified, contacted, proposal_sent, negotiating) together. */
export type DashboardPipelineTotals = {
  __typename?: 'DashboardPipelineTotals';
  /** How many open deals. */
  deals: Scalars['Int']['output'];
  /** Sum of their monthly values. */
  monthlyValue: Money;
  /** Sum of monthly value × win probability, rounded once. */
  weightedValue: Money;
};

/** Something changed in the campaign: refetch its dashboard. */
export type DashboardRefresh = {
  __typename?: 'DashboardRefresh';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The campaign. */
  campaignId: Scalars['ID']['output'];
  /** The event that caused it, e.g. opportunity.changed (any change of a deal) or distress_event.recorded. */
  reason: Scalars['String']['output'];
};

/** One person’s load (now) and results (in the period); a deal counts for its account’s owner. */
export type DashboardRep = {
  __typename?: 'DashboardRep';
  /** Activities they authored in the campaign in the period, system events (stage changes…) included. */
  activities: Scalars['Int']['output'];
  /** Of those, the calls, emails, meetings and notes they logged. */
  loggedActivities: Scalars['Int']['output'];
  /** Deals lost in the period. */
  lostDeals: Scalars['Int']['output'];
  /** Open deals of the accounts they own. */
  openDeals: Scalars['Int']['output'];
  /** Sum of the monthly values of those open deals. */
  openMonthlyValue: Money;
  /** Of those, the ones past their due time. */
  overdueDeals: Scalars['Int']['output'];
  /** Their place in the campaign team; null if they own accounts without being in it. */
  teamRole: Maybe<TeamRole>;
  /** Who. */
  user: DashboardUser;
  /** Deals won in the period. */
  wonDeals: Scalars['Int']['output'];
  /** Sum of the monthly values of the deals won in the period. */
  wonMonthlyValue: Money;
};

/** The countdown to the rival’s expected shutdown. */
export type DashboardShutdown = {
  __typename?: 'DashboardShutdown';
  /** Days (of 24 hours) from `asOf` to the shutdown, fractional; negative once past; null without a date. */
  daysLeft: Maybe<Scalars['Float']['output']>;
  /** Its health, at `asOf`. */
  health: RivalHealth;
  /** The rival. */
  rival: Rival;
  /** When its network may go dark; null when unknown. */
  shutdownExpectedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The deals currently in one stage (a snapshot, whatever the period). */
export type DashboardStage = {
  __typename?: 'DashboardStage';
  /** How many deals are in it. */
  deals: Scalars['Int']['output'];
  /** Sum of their monthly values. */
  monthlyValue: Money;
  /** The stage. */
  stage: Stage;
  /** Sum of monthly value × win probability (set on the deal, else the stage’s default), rounded once. */
  weightedValue: Money;
};

/** Of the deals that entered one stage in the period, how many later entered another (a cohort: the later stage may come after the period). */
export type DashboardStageConversion = {
  __typename?: 'DashboardStageConversion';
  /** Of those, the deals that entered `toStage` at or after that entry. */
  converted: Scalars['Int']['output'];
  /** Deals that entered `fromStage` in the period. */
  entered: Scalars['Int']['output'];
  /** The stage entered in the period. */
  fromStage: Stage;
  /** converted / entered, from 0 to 1; null when no deal entered. */
  rate: Maybe<Scalars['Float']['output']>;
  /** The stage they may have reached later. */
  toStage: Stage;
};

/** How long deals stay in an open stage, against the campaign’s due time for it. */
export type DashboardStageTime = {
  __typename?: 'DashboardStageTime';
  /** The due time of the stage in business days (campaign settings). */
  dueBusinessDays: Scalars['Int']['output'];
  /** The same due time as nominal hours: business days × 24 (weekends not counted). */
  dueHours: Scalars['Float']['output'];
  /** Median time those stays were actually allowed (their due time − entry, weekends and the signing deadline included), in hours; never negative: a stay that began at or after its due time (after the signing deadline) was allowed 0. */
  medianAllowedHours: Maybe<Scalars['Float']['output']>;
  /** Median length of those stays, in hours (percentile_cont 0.5); null without any. */
  medianHours: Maybe<Scalars['Float']['output']>;
  /** The open stage. */
  stage: Stage;
  /** Completed stays that entered the stage in the period (the deal has left it since). */
  stays: Scalars['Int']['output'];
  /** Stays that ended after their due time. */
  staysPastDue: Scalars['Int']['output'];
};

/** Open deals of accounts nobody owns yet. */
export type DashboardUnassigned = {
  __typename?: 'DashboardUnassigned';
  /** How many open deals. */
  openDeals: Scalars['Int']['output'];
  /** Sum of their monthly values. */
  openMonthlyValue: Money;
  /** Of those, the ones past their due time. */
  overdueDeals: Scalars['Int']['output'];
};

/** A person as the dashboard names them. */
export type DashboardUser = {
  __typename?: 'DashboardUser';
  /** The user’s id (a `User` node). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
};

/** A collective to delete, with the version you read. */
export type DeleteCollectiveInput = {
  /** The version you last read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The collective. */
  id: Scalars['ID']['input'];
};

/** The collective deleted. */
export type DeleteCollectivePayload = {
  __typename?: 'DeleteCollectivePayload';
  /** The id of the collective deleted. */
  deletedId: Scalars['ID']['output'];
  /** Member accounts unlinked (the accounts stay). */
  unlinked: Scalars['Int']['output'];
};

/** Whether the webhook was deleted (its deliveries with it). */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The id of the deleted webhook. */
  deletedId: Scalars['ID']['output'];
};

/** The largest discounts, in percent. */
export type DiscountLimits = {
  __typename?: 'DiscountLimits';
  /** What a manager may approve; beyond it an admin must. */
  managerPercent: Scalars['Float']['output'];
  /** What a rep may give at once. */
  repPercent: Scalars['Float']['output'];
};

/** Discount limits in percent (0 to 100): a rep gives up to repPercent at once, a manager approves up to managerPercent, beyond it only an admin. repPercent ≤ managerPercent. */
export type DiscountLimitsInput = {
  /** What a manager may approve (not below repPercent). */
  managerPercent?: InputMaybe<Scalars['Float']['input']>;
  /** What a rep may give at once. */
  repPercent?: InputMaybe<Scalars['Float']['input']>;
};

/** Something that happened to a rival and may hasten its end. */
export type DistressEvent = Node & {
  __typename?: 'DistressEvent';
  /** The shutdown date it announced, if any. */
  announcedShutdownAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** What the event changed, in the campaigns against the rival that you can see: how many accounts’ urgency and open deals’ deadlines changed. Computed by a job right after the event is recorded: poll until `status` is `done`. */
  impact: DistressEventImpact;
  /** What happened. */
  kind: DistressKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** When it was recorded in Lifeboat. */
  recordedAt: Scalars['DateTime']['output'];
  /** The rival it happened to. */
  rival: Rival;
  /** How serious, from 1 (minor) to 5 (fatal). */
  severity: Scalars['Int']['output'];
  /** Where it was reported (press, court, forum). */
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** What happened, in a sentence or two. */
  summary: Scalars['String']['output'];
};

/** What recording a distress event changed in the campaigns against the rival that you can see: accounts whose urgency was recomputed, whose urgency score changed, and open deals whose due time moved. */
export type DistressEventImpact = {
  __typename?: 'DistressEventImpact';
  /** Accounts whose urgency was recomputed (every account of the visible campaigns against the rival). */
  accountsRecomputed: Scalars['Int']['output'];
  /** When the recomputation committed; null until it is done. */
  computedAt: Maybe<Scalars['DateTime']['output']>;
  /** Open deals whose due time (the signing deadline) changed. */
  deadlinesChanged: Scalars['Int']['output'];
  /** Whether the recomputation has run; the counts are 0 until it is done. */
  status: DistressImpactStatus;
  /** Of those, the accounts whose urgency score changed. */
  urgencyChanged: Scalars['Int']['output'];
};

/** Whether the recomputation a distress event started has run: pending (queued or running), done (the counts are final), unknown (an event recorded before Lifeboat kept its impact, or not through recordDistressEvent). */
export type DistressImpactStatus =
  /** The recomputation committed: the counts are final. */
  | 'done'
  /** The urgency recomputation is queued or running: the counts are not known yet. */
  | 'pending'
  /** No impact was recorded for this event (recorded before Lifeboat kept it, or not through recordDistressEvent). */
  | 'unknown';

/** What happened to a rival. */
export type DistressKind =
  | 'acquisition_announced'
  | 'court_hearing'
  | 'customer_collective'
  | 'liquidation_ordered'
  | 'outage'
  | 'payment_default'
  | 'press_report'
  | 'shutdown_warning'
  | 'strike';

/** How a list is handed out: round_robin (in turn, most urgent first) or by_load (each account to the rep with the fewest open accounts so far). */
export type DistributionStrategy =
  | 'by_load'
  | 'round_robin';

/** A new proposal for a deal; anything left out is prefilled (lines from what the account buys from the rival). */
export type DraftProposalInput = {
  /** Attach the account’s outage evidence: the rival’s outages that touched what it buys and the availability they leave against the claimed SLA, shown to the customer with the offer and on its printed copy (default false). */
  attachOutageEvidence?: InputMaybe<Scalars['Boolean']['input']>;
  /** Discount on the monthly charges, in percent with at most two decimals (default 0). */
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  /** The lines (1 to 50). Default: one per service the account buys from the rival, at the rival’s unit price (its monthly cost / quantity). */
  lines?: InputMaybe<Array<ProposalLineInput>>;
  /** The deal the proposal is for. A live proposal of the same deal is superseded. */
  opportunityId: Scalars['ID']['input'];
  /** The planned cutover the switch credit is reckoned from (default: now + the segment’s migration lead days, never after the rival’s expected shutdown). Between 1990 and 2100, and not more than a year in the past. */
  plannedCutoverAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Contract term in months, 1 to 120 (default: the deal’s term). */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** The new draft, and the proposal it superseded if the deal had a live one. */
export type DraftProposalPayload = {
  __typename?: 'DraftProposalPayload';
  /** The new draft, with its prefilled lines and totals. */
  proposal: Proposal;
  /** The deal’s previous live proposal, now superseded (its acceptance link is dead). */
  supersededProposal: Maybe<Proposal>;
};

/** A proposal to send by email from Lifeboat (approved: its first sending; sent: a new link, the previous one stops opening). */
export type EmailProposalInput = {
  /** The contact of the proposal’s account to send it to; they need an email address. */
  contactId: Scalars['ID']['input'];
  /** The proposal’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The language of the email (en or fr). */
  language: Locale;
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
  /** For a draft: submit it, approve it and email it in one step, when its discount is within what you may approve yourself (a rep’s limit). A discount beyond it is refused (BAD_USER_INPUT on input.submitDraft): submit it for approval first; nothing is written. */
  submitDraft?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The proposal sent by email: the mail server took the message. */
export type EmailProposalPayload = {
  __typename?: 'EmailProposalPayload';
  /** The proposal, now sent (validity unchanged on a re-send). */
  proposal: Proposal;
  /** Who it went to. */
  recipient: ProposalRecipient;
  /** true when it replaced the link of an offer already sent (the previous link no longer opens). */
  resent: Scalars['Boolean']['output'];
  /** The subject of the email. */
  subject: Scalars['String']['output'];
};

/** Erase a contact on their request (GDPR art. 17): managers of the campaign and admins. */
export type EraseContactInput = {
  /** The contact to erase. */
  contactId: Scalars['ID']['input'];
  /** The version of the contact’s account you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

/** The account without the erased contact, and what the erasure rewrote. */
export type EraseContactPayload = {
  __typename?: 'EraseContactPayload';
  /** The account as it now stands. */
  account: Account;
  /** What was rewritten. */
  erasure: ContactErasure;
};

/** One field of a change: its value before and after. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Its value after. */
  after: Maybe<Scalars['JSON']['output']>;
  /** Its value before (null when created). */
  before: Maybe<Scalars['JSON']['output']>;
  /** The field’s name, e.g. ownerId or stage. */
  field: Scalars['String']['output'];
};

/** Personal offers for a filtered list of a campaign’s accounts, or for a collective’s members, from pre-approved terms. */
export type GeneratePersonalOffersInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** A collective of the campaign: its members. Not with filter. */
  collectiveId?: InputMaybe<Scalars['ID']['input']>;
  /** The discount on the monthly charges, in percent: within what you may approve (a manager: the campaign’s manager limit). For a collective whose terms are signed, defaults to their discount, which is approved up to that figure; beyond it the usual rule applies. Required otherwise (BAD_USER_INPUT). */
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  /** Only count the accounts that would get an offer; nothing is written. */
  dryRun?: Scalars['Boolean']['input'];
  /** Which accounts (the accounts list’s filters). Not with collectiveId. */
  filter?: InputMaybe<AccountListFilterInput>;
  /** Contract term in months (1 to 120). Defaults to a collective’s signed term, else 12. */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Days each link stays valid (1 to 90). */
  validityDays?: Scalars['Int']['input'];
};

/** How many accounts get an offer, and the batch queued. */
export type GeneratePersonalOffersPayload = {
  __typename?: 'GeneratePersonalOffersPayload';
  /** The batch queued; null with dryRun. */
  batch: Maybe<PersonalOfferBatch>;
  /** Accounts that get (or, with dryRun, would get) an offer: those of the list with services bought from the rival and no live or accepted offer. */
  count: Scalars['Int']['output'];
};

/** A customer list to import. Give the file as `csv` (its text) or as `csvBase64` (its bytes, for binary-safe upload; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), within the 1 MB of a GraphQL request (larger files, up to 50 MB, go as the body of `POST /imports/{campaignId}`), separated by , or ; or tabs (detected). Map its columns with `mapping`, or name a `preset` (default lifeboat). */
export type ImportAccountsInput = {
  /** The campaign the accounts go into. */
  campaignId: Scalars['ID']['input'];
  /** The file’s text. */
  csv?: InputMaybe<Scalars['String']['input']>;
  /** The file’s bytes in base64, instead of `csv`. */
  csvBase64?: InputMaybe<Scalars['String']['input']>;
  /** The segment of rows whose segment cell is empty or unmapped. */
  defaultSegment?: InputMaybe<Segment>;
  /** The file’s name, to show in the import’s history. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** The lawful basis the team relies on for the people in this list (GDPR art. 6(1); default legitimate_interests): recorded as the source of every account and contact it brings in, with the file and who imported it. */
  lawfulBasis?: InputMaybe<LawfulBasis>;
  /** Which column holds which field; overrides `preset`. */
  mapping?: InputMaybe<ImportMappingInput>;
  /** A known export layout, used when there is no `mapping`. */
  preset?: InputMaybe<ImportPreset>;
};

/** The import, queued: follow it with `accountImport(id)` or the `importProgress` subscription. */
export type ImportAccountsPayload = {
  __typename?: 'ImportAccountsPayload';
  /** The import just queued. */
  accountImport: AccountImport;
};

/** Which column of the file holds each account field (headers are matched without regard to case). `name` is required. */
export type ImportMappingInput = {
  /** The column header holding the annual revenue or spend, used as monthly spend ÷ 12 when there is no monthly spend. */
  annualRevenue?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the name of a customer collective of the campaign the account is a member of (matched ignoring case, accents and punctuation; a name no collective has refuses the row). */
  collective?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the contact’s email address. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the contact’s full name. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the contact’s phone number. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the contact’s job title. */
  contactTitle?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the end of the contract with the rival (31/12/2002 or 2002-12-31). */
  contractEndsAt?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the countries: ISO codes or names in English or French, several separated by | , ; or /. */
  countries?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the key of the account in the source system (imports deduplicate on it). */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding whether the account has a backup provider (yes/no, oui/non, true/false, 1/0). */
  hasBackupProvider?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the monthly spend with the rival, in major units ("12 500,00 €" and "12,500.00" both read as 12500). */
  monthlySpend?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the account name (required). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the end of the prepaid period with the rival (31/12/2002 or 2002-12-31). */
  prepaidUntil?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding whether the rival is its principal operator (yes/no…). */
  rivalIsPrincipalOperator?: InputMaybe<Scalars['String']['input']>;
  /** The column header holding the segment: enterprise_vpn, isp_wholesale, hosting, colocation, smb_web (or "VPN", "ISP", "web hosting"…). */
  segment?: InputMaybe<Scalars['String']['input']>;
};

/** A known export layout. salesforce: Account Name, Account ID, Billing Country, Annual Revenue or Monthly Spend, Segment or Type… (labels or API names); hubspot: Company name, Record ID, Country/Region, Annual Revenue…; lifeboat: the mapping field names as headers. */
export type ImportPreset =
  | 'hubspot'
  | 'lifeboat'
  | 'salesforce';

/** Progress of an import, after each committed chunk. */
export type ImportProgress = {
  __typename?: 'ImportProgress';
  /** When this progress was committed. */
  at: Scalars['DateTime']['output'];
  /** The import (an AccountImport id). */
  importId: Scalars['ID']['output'];
  /** Rows processed so far. */
  rowsDone: Scalars['Int']['output'];
  /** queued, running, completed or failed. */
  status: Scalars['String']['output'];
  /** Data rows in the file. */
  totalRows: Scalars['Int']['output'];
};

/** Why one row (or one of its cells) was not imported. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** What is wrong, as a code; null for an error recorded before errors had codes. */
  code: Maybe<ImportRowErrorCode>;
  /** The mapping field the problem is in, e.g. contactEmail. */
  field: Scalars['String']['output'];
  /** The line of the file where the row starts (the header is line 1). */
  line: Scalars['Int']['output'];
  /** The values the words of `code` need. */
  params: ImportRowErrorParams;
  /** What is wrong, in English (integrations read it; an app words `code` and `params` in its reader's language). */
  reason: Scalars['String']['output'];
};

/** Why a row was refused, for an app to word in its reader's language (with `params`); `reason` says it in English. */
export type ImportRowErrorCode =
  | 'name_empty'
  | 'name_no_letters'
  | 'negative'
  | 'not_a_date'
  | 'not_a_number'
  | 'not_an_email'
  | 'not_yes_no'
  | 'segment_empty'
  | 'too_large'
  | 'too_long'
  | 'unknown_collective'
  | 'unknown_country'
  | 'unknown_segment';

/** What the words of a row error need besides its code and field. */
export type ImportRowErrorParams = {
  __typename?: 'ImportRowErrorParams';
  /** The length limit, for too_long. */
  max: Maybe<Scalars['Int']['output']>;
  /** The cell as the file gives it (cut to 200 characters), when the problem is its value. */
  value: Maybe<Scalars['String']['output']>;
};

/** Where an import is: queued → running → completed, or failed. */
export type ImportStatus =
  | 'completed'
  | 'failed'
  | 'queued'
  | 'running';

/** A new user; they set their password through the invitation link. */
export type InviteUserInput = {
  /** Their email address (unique). */
  email: Scalars['String']['input'];
  /** Their language (default en). */
  locale?: InputMaybe<Locale>;
  /** Their full name. */
  name: Scalars['String']['input'];
  /** What they may do. */
  role: Role;
};

/** The invited user and the one-time link that lets them set a password. */
export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  /** Single-use token for `acceptInvitation`, valid 7 days; shown only now. */
  invitationToken: Scalars['String']['output'];
  /** The new user. */
  user: User;
};

/** The lawful basis the team relies on to process a lead’s personal data (GDPR art. 6(1)): consent (a), contract (b), legal_obligation (c), vital_interests (d), public_task (e), legitimate_interests (f; what B2B prospecting usually relies on). */
export type LawfulBasis =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'legitimate_interests'
  | 'public_task'
  | 'vital_interests';

/** Where an account or a contact came from, and the lawful basis the team relies on for it. */
export type LeadSource = {
  __typename?: 'LeadSource';
  /** The imported file’s name, for an import (kept when the import is gone). */
  fileName: Maybe<Scalars['String']['output']>;
  /** The import that brought it in (an AccountImport id), for an import. */
  importId: Maybe<Scalars['ID']['output']>;
  /** An import, or an entry by hand. */
  kind: LeadSourceKind;
  /** The lawful basis stated for it. */
  lawfulBasis: LawfulBasis;
  /** When. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who imported or entered it (a user’s name, or an API key). */
  recordedBy: Scalars['String']['output'];
};

/** import: a customer list imported into Lifeboat; manual: entered by hand. */
export type LeadSourceKind =
  | 'import'
  | 'manual';

/** A pasted list of member names (e.g. the collective’s published member list), matched on the accounts’ normalized names. */
export type LinkCollectiveMembersByNameInput = {
  /** The collective. */
  collectiveId: Scalars['ID']['input'];
  /** Only report what would match, linking nothing (default false). */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The names, one per entry (1 to 2000); blank ones are ignored. */
  names: Array<Scalars['String']['input']>;
};

/** The language a user reads Lifeboat in. */
export type Locale =
  | 'en'
  | 'fr';

/** A call, email, meeting or note about an account. */
export type LogActivityInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** What was said or done (1 to 10,000 characters). */
  body: Scalars['String']['input'];
  /** What kind. */
  kind: LoggedActivityKind;
  /** Moves the account’s open deal in the same transaction, by the pipeline rules (as moveOpportunity): if the move is refused, nothing is logged either. */
  moveTo?: InputMaybe<LogActivityMoveInput>;
  /** The next step in words, e.g. “send the offer” (up to 500 characters); its date is nextStepAt. */
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** When the next step is due. Between 1990 and 2100, and not more than a year in the past. */
  nextStepAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When it happened (default now). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How it went, in words (free text, kept for integrations; see also outcomeCode). */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** How it went, as one of the quick choices (reached and wants an offer, no answer…). */
  outcomeCode?: InputMaybe<CallOutcome>;
};

/** The stage move logged with an activity: the account’s open deal, moved by the pipeline rules in the same transaction (a stale version or a refused move logs nothing). */
export type LogActivityMoveInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Why it is lost: required when moving to lost. */
  lostReason?: InputMaybe<LostReason>;
  /** The bidder it was lost to, if any. */
  lostToBidder?: InputMaybe<Scalars['String']['input']>;
  /** The deal. */
  opportunityId: Scalars['ID']['input'];
  /** The stage to move it to. */
  stage: Stage;
};

/** The logged activity and the account (its last contact and urgency updated). */
export type LogActivityPayload = {
  __typename?: 'LogActivityPayload';
  /** The account as it now stands. */
  account: Account;
  /** The activity as logged. */
  activity: Activity;
  /** The deal as it now stands, when moveTo moved it; null otherwise. */
  opportunity: Maybe<Opportunity>;
  /** The stage-change activity, when moveTo moved the deal; null otherwise. */
  stageChange: Maybe<Activity>;
};

/** What a person can log: call, email, meeting or note. */
export type LoggedActivityKind =
  | 'call'
  | 'email'
  | 'meeting'
  | 'note';

/** Credentials to sign in with. */
export type LoginInput = {
  /** The email address the account was created with. */
  email: Scalars['String']['input'];
  /** The password. */
  password: Scalars['String']['input'];
};

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Send as `Authorization: Bearer <accessToken>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token stops working; renew it before with `refreshSession`. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Renews the access token with `refreshSession`; keep it secret. Valid 30 days, single use. */
  refreshToken: Scalars['String']['output'];
  /** Who signed in. */
  user: User;
};

/** The result of signing out. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True when a session was ended; false when it had already ended. */
  ok: Scalars['Boolean']['output'];
};

/** Why a deal was lost. */
export type LostReason =
  | 'chose_competitor'
  | 'no_decision'
  | 'other'
  | 'price'
  | 'rival_rescued'
  | 'timing';

/** Which of your notifications to mark read: some by id, or all. */
export type MarkNotificationsReadInput = {
  /** All your unread notifications. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** These notifications (up to 200); an id that is not one of yours is NOT_FOUND, and then nothing is marked. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Your notifications marked read. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The notifications this call marked read (yours, unread until now); already read ones are not listed. */
  markedIds: Array<Scalars['ID']['output']>;
  /** How many of your notifications are still unread. */
  unreadCount: Scalars['Int']['output'];
};

/** Moving a won customer onto our network, before the rival goes dark. */
export type Migration = Node & {
  __typename?: 'Migration';
  /** The customer being migrated. */
  account: Account;
  /** When it was created (the deal was won). */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** The won deal it comes from. */
  opportunity: Opportunity;
  /** The accepted proposal it comes from. */
  proposal: Maybe<Proposal>;
  /** Where it stands. */
  status: MigrationStatus;
  /** The target cutover, the latest acceptable one for the plan. Created as signing + the segment’s migration lead (or the proposal’s planned cutover if later), never after the rival’s expected shutdown. */
  targetCutoverAt: Scalars['DateTime']['output'];
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** Workload in units of the campaign’s weekly capacity; created as the sum of the accepted proposal’s line quantities. */
  workload: Scalars['Int']['output'];
};

/** A page of Migration items in a stable order. */
export type MigrationConnection = {
  __typename?: 'MigrationConnection';
  /** The items of this page. */
  edges: Array<MigrationEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Migration in a list, with its cursor. */
export type MigrationEdge = {
  __typename?: 'MigrationEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Migration. */
  node: Migration;
};

/** Calendar days before the rival’s shutdown a contract must be signed, per segment, so the migration fits. */
export type MigrationLeadDays = {
  __typename?: 'MigrationLeadDays';
  /** Colocation customers. */
  colocation: Scalars['Int']['output'];
  /** Enterprise VPN customers. */
  enterprise_vpn: Scalars['Int']['output'];
  /** Hosting customers. */
  hosting: Scalars['Int']['output'];
  /** Wholesale ISPs. */
  isp_wholesale: Scalars['Int']['output'];
  /** Small web-hosting customers. */
  smb_web: Scalars['Int']['output'];
};

/** Calendar days before the rival’s shutdown a contract must be signed, per segment (0 to 365 each); left out: unchanged. */
export type MigrationLeadDaysInput = {
  /** Colocation customers. */
  colocation?: InputMaybe<Scalars['Int']['input']>;
  /** Enterprise VPN customers. */
  enterprise_vpn?: InputMaybe<Scalars['Int']['input']>;
  /** Hosting customers. */
  hosting?: InputMaybe<Scalars['Int']['input']>;
  /** Wholesale ISPs. */
  isp_wholesale?: InputMaybe<Scalars['Int']['input']>;
  /** Small web-hosting customers. */
  smb_web?: InputMaybe<Scalars['Int']['input']>;
};

/** Where the plan puts one migration. */
export type MigrationPlacement = {
  __typename?: 'MigrationPlacement';
  /** The customer’s name. */
  accountName: Scalars['String']['output'];
  /** Whether the planned cutover falls after the migration’s own target cutover. */
  late: Scalars['Boolean']['output'];
  /** The migration. */
  migration: Migration;
  /** The planned cutover: that week’s Friday 17:00 local, or its target when earlier that week. */
  plannedCutoverAt: Scalars['DateTime']['output'];
  /** The week it is placed in (Monday 00:00 local). */
  weekStart: Scalars['DateTime']['output'];
  /** Whether the planned cutover falls after the rival’s expected shutdown: the customer would go dark. */
  willGoDark: Scalars['Boolean']['output'];
};

/** A campaign’s migrations not yet done, laid into weeks earliest target first within the weekly capacity; reports weeks over capacity and customers who would go dark. */
export type MigrationPlan = {
  __typename?: 'MigrationPlan';
  /** The campaign (its `version` is the one `setMigrationCapacity` expects). */
  campaign: Campaign;
  /** How many weeks are over capacity. */
  overCapacityWeeks: Scalars['Int']['output'];
  /** Every migration not yet done, once, earliest target first. */
  placements: Array<MigrationPlacement>;
  /** When the rival’s network may go dark, if known. */
  rivalShutdownExpectedAt: Maybe<Scalars['DateTime']['output']>;
  /** What goes dark in each shutdown scenario of the rival, by date, for this campaign: customers not cut over by its date (from this plan), their monthly spend, deals still open; and for scenarios later than the governing one, what the delay would save. Empty when the rival has no scenarios. */
  shutdownScenarios: Array<ShutdownScenarioImpact>;
  /** The IANA time zone weeks and cutover times are reckoned in. */
  timeZone: Scalars['String']['output'];
  /** Workload units the team can cut over in one week (campaign settings). */
  weeklyCapacity: Scalars['Int']['output'];
  /** The weeks, in order, from the first to the last one used. */
  weeks: Array<MigrationPlanWeek>;
  /** Global ids of the migrations whose cutover would come after the rival’s shutdown. */
  willGoDarkMigrationIds: Array<Scalars['ID']['output']>;
};

/** One week of the migration plan (Monday 00:00 in the campaign’s time zone). */
export type MigrationPlanWeek = {
  __typename?: 'MigrationPlanWeek';
  /** Workload units the team can cut over in a week. */
  capacity: Scalars['Int']['output'];
  /** Workload units planned in the week. */
  load: Scalars['Int']['output'];
  /** Global ids of the migrations planned in the week. */
  migrationIds: Array<Scalars['ID']['output']>;
  /** Whether the load exceeds the capacity (a migration larger than the capacity on its own). */
  overCapacity: Scalars['Boolean']['output'];
  /** Monday 00:00 local time of the week. */
  weekStart: Scalars['DateTime']['output'];
};

/** Where moving a won customer onto our network stands: planned, provisioning, scheduled, migrated, or at_risk. */
export type MigrationStatus =
  | 'at_risk'
  | 'migrated'
  | 'planned'
  | 'provisioning'
  | 'scheduled';

/** An amount of money: integer minor units (cents) and an ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount in minor units, e.g. 1250000 for €12,500.00. */
  amount: Scalars['SafeInt']['output'];
  /** ISO 4217 currency code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** A rival’s availability in one calendar month against the availability its SLA claims. */
export type MonthAvailability = {
  __typename?: 'MonthAvailability';
  /** The downtime the claim allows over the measured minutes; null when the rival claims nothing. */
  allowedDowntimeMinutes: Maybe<Scalars['Float']['output']>;
  /** Availability in percent: 100 × (1 − weighted downtime / measured minutes). */
  availabilityPercent: Scalars['Float']['output'];
  /** Minutes measured: the whole month, or up to now for the month in progress. */
  elapsedMinutes: Scalars['Int']['output'];
  /** The first instant of the next month. */
  endsAt: Scalars['DateTime']['output'];
  /** Minutes in the month (60 more or fewer in a month whose clocks change). */
  minutes: Scalars['Int']['output'];
  /** The month, YYYY-MM, in the time zone of the figures. */
  month: Scalars['String']['output'];
  /** Weighted downtime beyond what the claim allows (0 when met); null when the rival claims nothing. */
  shortfallMinutes: Maybe<Scalars['Float']['output']>;
  /** Its first instant (midnight on the 1st, local time). */
  startsAt: Scalars['DateTime']['output'];
  /** Weighted downtime: for each measured minute, the largest weight of the outages covering it, summed. */
  weightedDowntimeMinutes: Scalars['Float']['output'];
};

/** Move a deal to another stage (by the pipeline rules). */
export type MoveOpportunityInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Why it is lost: required when moving to lost. */
  lostReason?: InputMaybe<LostReason>;
  /** The bidder it was lost to, if any. */
  lostToBidder?: InputMaybe<Scalars['String']['input']>;
  /** A word on the move, kept on the stage-change activity. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The deal. */
  opportunityId: Scalars['ID']['input'];
  /** The stage to move it to. */
  stage: Stage;
};

/** The deal in its new stage, and the stage-change activity recorded. */
export type MoveOpportunityPayload = {
  __typename?: 'MoveOpportunityPayload';
  /** The stage-change activity. */
  activity: Activity;
  /** The deal as it now stands. */
  opportunity: Opportunity;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the password of an invited user, with the token of their invitation link. */
  acceptInvitation: UserPayload;
  /** Accepts a personal offer (public, no sign-in) and reserves the cutover week picked. Single use: a second acceptance is BAD_USER_INPUT { field: "token", reason: "used" }; expired: { field: "token", reason: "expired" }; a week that has filled up: { field: "input.cutoverWeekStart", reason: "full" } (ask personalOfferByToken again for the weeks still open). Nothing is written on an error. */
  acceptPersonalOffer: AcceptPersonalOfferPayload;
  /** Accepts the offer behind an acceptance link (public, no sign-in): records the signer, the time and the IP address, marks the deal won and plans its migration. The link is single-use: a second acceptance answers NOT_FOUND. Expired: BAD_USER_INPUT with fields [{ field: "token", reason: "expired" }]. */
  acceptProposal: AcceptProposalPayload;
  /** Puts a user in a campaign’s team as manager or rep, or changes their role in it (admins only). Audited. */
  addCampaignMember: CampaignMemberPayload;
  /** Links accounts to a collective by hand (same people as createCollective). Each must be an account of the collective’s campaign in no other collective, or nothing is linked (BAD_USER_INPUT naming input.accountIds). Audited. */
  addCollectiveMembers: CollectivePayload;
  /** Adds a feed to a rival (admins, managers of a campaign against it; reps and others are FORBIDDEN). A polled feed is read within a minute; a webhook feed’s secret is returned this once. Audited. */
  addRivalFeed: AddRivalFeedPayload;
  /** Adds a shutdown scenario to a rival (a manager of a campaign against it, or an admin). Refused with BAD_USER_INPUT naming the field for a blank label, a date not in the future, a probability outside 0–100, or the rival’s probabilities adding up above 100. Audited; when the governing scenario’s date differs from the rival’s shutdownExpectedAt, that follows it and its campaigns’ urgency and deadlines are recomputed. */
  addShutdownScenario: ShutdownScenarioPayload;
  /** Approves a collective’s pending terms: a manager of its campaign up to the manager limit, an admin beyond (FORBIDDEN otherwise). The proposer is notified. Audited. */
  approveCollectiveTerms: CollectivePayload;
  /** Approves the discount of a pending proposal (a manager of its campaign up to the manager limit; an admin beyond). The rep is notified. */
  approveProposal: ProposalPayload;
  /** Archives an active or closed campaign (admins only): closed, and hidden from `campaigns` unless `includeArchived` is true (still readable by id). Audited. */
  archiveCampaign: CampaignPayload;
  /** Gives an account to a member of its campaign team, or unassigns it (managers and admins). */
  assignAccount: AssignAccountPayload;
  /** Stops an outreach: mails not handed to the mail server yet are not sent (same people as queueOutreach). CONFLICT when it already finished. Audited. */
  cancelOutreach: OutreachPayload;
  /** Takes an unassigned account of your campaign: it becomes yours. */
  claimAccount: ClaimAccountPayload;
  /** Closes an active campaign (admins only): it takes no new accounts (createAccount, importAccounts are refused), its open deals may still be worked and everything stays readable; its rival may then be targeted by a new campaign. Audited. */
  closeCampaign: CampaignPayload;
  /** Confirms a pending suggestion: it is recorded as a distress event exactly as recordDistressEvent does (the rival’s health and shutdown, the urgency of its accounts follow). A suggestion already decided is CONFLICT. Audited. */
  confirmSuggestedEvent: ConfirmSuggestedEventPayload;
  /** Adds an account with its contacts and rival services; its deal opens at stage identified. */
  createAccount: CreateAccountPayload;
  /** Creates an API key; its secret is in the payload, this once (admins only). */
  createApiKey: CreateApiKeyPayload;
  /** Opens a campaign against a rival with its team (admins only): at least one manager, and reps; currency (default EUR) and time zone (default Europe/Paris); its rules start from the defaults. BAD_USER_INPUT naming the field, and nothing written, for a rival another active campaign targets, a team without a manager, an unknown currency or time zone. Audited. */
  createCampaign: CampaignPayload;
  /** Records a customer collective in a campaign (its managers, admins, write keys bound to it). BAD_USER_INPUT naming the field for a blank or taken name, a forum URL that is not http(s), a negative claimed count, or a spokesperson who is not a contact of the campaign. Audited. */
  createCollective: CollectivePayload;
  /** Adds a failing competitor: name, country, health, expected shutdown (in the future), services it sells, the availability its SLA claims (admins only). Audited. A campaign against it is then opened with createCampaign. */
  createRival: RivalPayload;
  /** Creates a webhook; its signing secret is in the answer, only this once. */
  createWebhook: CreateWebhookPayload;
  /** Deletes a collective (a manager of its campaign, an admin): its members are unlinked (the accounts stay) and their urgency recomputed. CONFLICT when its terms were signed (a record the team keeps) or for a stale expectedVersion. Audited. */
  deleteCollective: DeleteCollectivePayload;
  /** Deletes a webhook and its deliveries. */
  deleteWebhook: DeleteWebhookPayload;
  /** Dismisses a pending suggestion: it does not count. Audited. */
  dismissSuggestedEvent: SuggestedEventPayload;
  /** Drafts a proposal for a deal you own (or manage): lines prefilled from what the account buys from the rival, the switch credit and totals computed. A live proposal of the deal is superseded. */
  draftProposal: DraftProposalPayload;
  /** Sends a proposal by email from Lifeboat to a contact of its account, in English or French, with its essentials and the acceptance link: an approved one for the first time (as sendProposal: valid 7 days, the deal moves to proposal_sent), or a sent one again with a new link (the previous link stops opening; the validity is unchanged). Logged on the account’s timeline and audited, only once the mail server took the message. MAIL_NOT_CONFIGURED when Lifeboat sends no email (use sendProposal and copy the link); MAIL_DELIVERY_FAILED when the mail server could not be reached or refused it (nothing changed). */
  emailProposal: EmailProposalPayload;
  /** Erases a contact on their request (GDPR art. 17): the contact and their name, email and phone wherever Lifeboat kept them (timeline, audit trail, events, notifications) — managers of the campaign and admins. The audit keeps that an erasure happened, not who was erased. */
  eraseContact: EraseContactPayload;
  /** Generates a personal offer for each account of a filtered list, or each member of a collective, from pre-approved terms (managers of the campaign, admins, write keys bound to it). Accounts that buy nothing from the rival, or already have a live or accepted offer, get none. With dryRun: only the count. Otherwise the batch is queued and written by a job. BAD_USER_INPUT naming the field for a discount beyond what you may approve, both a filter and a collective, or an empty list. Audited. */
  generatePersonalOffers: GeneratePersonalOffersPayload;
  /** Imports a customer list into a campaign (managers, admins, API keys with the import scope). The file is checked at once (not CSV, or no header matching the mapping: BAD_USER_INPUT), then imported by a job: rows with problems are reported with their line, the others go in, deduplicated on externalRef, else on normalized name and country. */
  importAccounts: ImportAccountsPayload;
  /** Creates a user and returns their single-use invitation token (admins only). */
  inviteUser: InviteUserPayload;
  /** Links the accounts named in a pasted list (e.g. the collective’s published member list), matched on the accounts’ normalized names (case, accents and punctuation ignored). Returns what matched, what did not, names matching several accounts, and accounts already in another collective (left there). With dryRun, nothing is linked. Audited. */
  linkCollectiveMembersByName: CollectiveNameMatch;
  /** Logs a call, email, meeting or note about an account, with how it went and the next step; with moveTo, moves its open deal in the same transaction (nothing is written if the move is refused). */
  logActivity: LogActivityPayload;
  /** Signs in with an email and a password. Repeated failures are answered with RATE_LIMITED. */
  login: LoginPayload;
  /** Signs out: the session ends, and its access tokens stop working at once. */
  logout: LogoutPayload;
  /** Marks some of your notifications (or all) read; an id that is not one of yours is NOT_FOUND (nothing is marked). */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Moves a deal to another stage by the pipeline rules (lost needs a reason; reopening a lost deal is for managers). */
  moveOpportunity: MoveOpportunityPayload;
  /** A single-use link (valid 60 s) that opens the job queue board in the browser (admins signed in, with Redis only; NOT_FOUND without Redis). */
  openQueueBoard: OpenQueueBoardPayload;
  /** Polls a feed now, whatever its schedule; the feed says how it went (lastError when it failed). */
  pollRivalFeedNow: RivalFeedPayload;
  /** Proposes a collective’s own deal (anyone of its campaign who may write; again after a rejection or a withdrawal, or to change terms not yet signed). The approval rule is the proposals’: within the proposer’s own level (rep limit for a rep, manager limit for a manager, anything for an admin) it is approved at once; beyond, it waits for a manager of the campaign (or an admin beyond the manager limit), who is notified. BAD_USER_INPUT naming the field for a bad discount or term; CONFLICT for a stale expectedVersion; signed terms cannot change. Audited. */
  proposeCollectiveTerms: CollectivePayload;
  /** Mails a filtered list of a campaign’s accounts, or a collective’s members, from a template, once per contact (its managers, admins, write keys bound to it). With dryRun, only counts: recipients, suppressed addresses (skipped), unsourced contacts (listed), and with {{offerLink}} the accounts left out for want of a live personal offer. BAD_USER_INPUT naming the field for an unknown merge field (input.subject / input.body), a field with no value for some recipient (shutdownDate, switchCredit), contacts without a recorded source (input.filter / input.collectiveId, with the count), or no recipient; nothing is queued then. Audited. */
  queueOutreach: QueueOutreachPayload;
  /** Records that the spokesperson agreed to the approved terms (a manager of the campaign). Signed terms are kept as they are; the members’ personal offers then default to their discount and term. Audited. */
  recordCollectiveTermsSigned: CollectivePayload;
  /** Records something that happened to a rival. Its health and expected shutdown change by the domain rules, and the urgency of its accounts and the deadlines of their open deals are recomputed by a job right after: `distressEvent.impact` says how many changed once it has run (poll it). */
  recordDistressEvent: RecordDistressEventPayload;
  /** Records an outage of a rival (managers of a campaign against it, admins, write keys of such a campaign). Checked: an end after the start, neither in the future (5 minutes of tolerance), at least one known service. With an `externalId` already recorded for the rival, that outage is updated instead (`created: false`). The urgency of the rival’s accounts is recomputed right after (repeated outages are a factor). */
  recordOutage: RecordOutagePayload;
  /** Renews the access token with a refresh token, which is replaced by a new one. A refresh token that was already used, presented again, ends its whole session: every token of it stops working (UNAUTHENTICATED). */
  refreshSession: LoginPayload;
  /** Sends a collective’s pending terms back to draft with the reason (same approvers as approveCollectiveTerms). The proposer is notified. Audited. */
  rejectCollectiveTerms: CollectivePayload;
  /** Refuses the discount of a pending proposal: it goes back to draft with the reason (rejectionReason). The rep is notified. */
  rejectProposal: ProposalPayload;
  /** Takes a user out of a campaign’s team (admins only). Refused while they own accounts with an open deal in it — reassign those first — and for its last manager. Audited. */
  removeCampaignMember: CampaignPayload;
  /** Unlinks accounts from a collective (accounts that are not members are ignored). Audited. */
  removeCollectiveMembers: CollectivePayload;
  /** Removes an outage recorded by mistake: the same access as recordOutage. */
  removeOutage: RemoveOutagePayload;
  /** Removes a feed; its suggestions stay (without their feed). Audited. */
  removeRivalFeed: RemoveRivalFeedPayload;
  /** Removes a shutdown scenario (same people as addShutdownScenario). Audited; the rival’s shutdown date follows the scenario that governs next, or stays as it is when no credible scenario remains. */
  removeShutdownScenario: ShutdownScenarioPayload;
  /** Sends a delivery again now, whatever its status (e.g. a dead one once the receiver is fixed). */
  replayWebhookDelivery: ReplayWebhookDeliveryPayload;
  /** Reports addresses that bounce for good (an asynchronous bounce: the mail server’s report, a provider’s webhook): they join the suppression list every outreach honours, and their contacts are marked bounced. Admins and global write keys only. Audited. */
  reportEmailBounces: ReportEmailBouncesPayload;
  /** Revokes an API key: it stops working at once (admins only). */
  revokeApiKey: ApiKeyPayload;
  /** Sends an approved proposal: valid 7 days (campaign setting), the deal moves to proposal_sent, and the single-use acceptance link’s path is returned this once. */
  sendProposal: SendProposalPayload;
  /** Sets how many workload units the campaign’s migration team cuts over in a week (a manager of the campaign, or an admin). */
  setMigrationCapacity: SetMigrationCapacityPayload;
  /** Hands a filtered list of a campaign’s accounts out to reps of its team, round_robin or by_load (managers, admins, write keys). The plan is frozen at once (no account matching: BAD_USER_INPUT; a rep outside the team: BAD_USER_INPUT), then carried out by a job in batches, each account audited, each rep notified once; follow it with bulkAssignment(id). */
  startBulkAssignment: StartBulkAssignmentPayload;
  /** Submits a draft: approved at once when its discount is within what you may approve (a rep’s limit, 10 % by default), otherwise pending_approval and the campaign’s managers (admins beyond the manager limit) are notified. */
  submitProposal: ProposalPayload;
  /** Changes an account (only the fields given), its contacts and rival services. */
  updateAccount: UpdateAccountPayload;
  /** Changes a campaign’s rules: stage deadlines, migration lead times, discount limits, switch credit, proposal validity, weekly migration capacity, time zone, urgency weights (admins only; a campaign’s managers read them, and set its weekly capacity with setMigrationCapacity). Audited value by value; the accounts’ urgency and their deals’ due times are then recomputed. */
  updateCampaignSettings: CampaignPayload;
  /** Changes a collective (same people and rules as createCollective; a stale expectedVersion is CONFLICT). Audited with before and after. */
  updateCollective: CollectivePayload;
  /** Reschedules a migration, changes its status or workload (a manager of its campaign, or an admin). */
  updateMigration: UpdateMigrationPayload;
  /** Changes a deal’s values, term, probability, expected close or note. */
  updateOpportunity: UpdateOpportunityPayload;
  /** Changes an outage (e.g. sets its end once it is over): the same access and checks as recordOutage. */
  updateOutage: UpdateOutagePayload;
  /** Changes a draft proposal (term, discount, planned cutover, lines); totals and credit are recomputed. */
  updateProposal: ProposalPayload;
  /** Changes a rival (admins only): the fields given change; a stale expectedVersion is CONFLICT; a shutdown date in the past is BAD_USER_INPUT. Audited with before and after; a new health or shutdown date recomputes the urgency and deadlines of its campaigns’ accounts. */
  updateRival: RivalPayload;
  /** Changes a feed: name, URL, paused or active, its auto-record rule, its interval. A stale expectedVersion is CONFLICT. Audited. */
  updateRivalFeed: RivalFeedPayload;
  /** Changes a shutdown scenario (same people and rules as addShutdownScenario; a new date must be in the future; a stale expectedVersion is CONFLICT). Audited with before and after; the rival’s shutdown date follows the governing scenario. */
  updateShutdownScenario: ShutdownScenarioPayload;
  /** Changes a user’s name, role, language or activation (admins only). */
  updateUser: UserPayload;
  /** Changes a webhook’s URL, events, description, or pauses it. */
  updateWebhook: WebhookPayload;
  /** Withdraws a collective’s terms not yet signed (a manager of the campaign). Audited. */
  withdrawCollectiveTerms: CollectivePayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcceptPersonalOfferArgs = {
  input: AcceptPersonalOfferInput;
};


export type MutationAcceptProposalArgs = {
  input: AcceptProposalInput;
};


export type MutationAddCampaignMemberArgs = {
  input: AddCampaignMemberInput;
};


export type MutationAddCollectiveMembersArgs = {
  input: CollectiveMembersInput;
};


export type MutationAddRivalFeedArgs = {
  input: AddRivalFeedInput;
};


export type MutationAddShutdownScenarioArgs = {
  input: AddShutdownScenarioInput;
};


export type MutationApproveCollectiveTermsArgs = {
  input: CollectiveTermsVersionInput;
};


export type MutationApproveProposalArgs = {
  input: ProposalVersionInput;
};


export type MutationArchiveCampaignArgs = {
  input: CampaignStatusInput;
};


export type MutationAssignAccountArgs = {
  input: AssignAccountInput;
};


export type MutationCancelOutreachArgs = {
  input: CancelOutreachInput;
};


export type MutationClaimAccountArgs = {
  input: ClaimAccountInput;
};


export type MutationCloseCampaignArgs = {
  input: CampaignStatusInput;
};


export type MutationConfirmSuggestedEventArgs = {
  input: ConfirmSuggestedEventInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateCollectiveArgs = {
  input: CreateCollectiveInput;
};


export type MutationCreateRivalArgs = {
  input: CreateRivalInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteCollectiveArgs = {
  input: DeleteCollectiveInput;
};


export type MutationDeleteWebhookArgs = {
  input: WebhookIdInput;
};


export type MutationDismissSuggestedEventArgs = {
  input: SuggestedEventIdInput;
};


export type MutationDraftProposalArgs = {
  input: DraftProposalInput;
};


export type MutationEmailProposalArgs = {
  input: EmailProposalInput;
};


export type MutationEraseContactArgs = {
  input: EraseContactInput;
};


export type MutationGeneratePersonalOffersArgs = {
  input: GeneratePersonalOffersInput;
};


export type MutationImportAccountsArgs = {
  input: ImportAccountsInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkCollectiveMembersByNameArgs = {
  input: LinkCollectiveMembersByNameInput;
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: RefreshSessionInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMoveOpportunityArgs = {
  input: MoveOpportunityInput;
};


export type MutationOpenQueueBoardArgs = {
  input?: InputMaybe<OpenQueueBoardInput>;
};


export type MutationPollRivalFeedNowArgs = {
  input: RivalFeedIdInput;
};


export type MutationProposeCollectiveTermsArgs = {
  input: ProposeCollectiveTermsInput;
};


export type MutationQueueOutreachArgs = {
  input: QueueOutreachInput;
};


export type MutationRecordCollectiveTermsSignedArgs = {
  input: RecordCollectiveTermsSignedInput;
};


export type MutationRecordDistressEventArgs = {
  input: RecordDistressEventInput;
};


export type MutationRecordOutageArgs = {
  input: RecordOutageInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRejectCollectiveTermsArgs = {
  input: RejectCollectiveTermsInput;
};


export type MutationRejectProposalArgs = {
  input: RejectProposalInput;
};


export type MutationRemoveCampaignMemberArgs = {
  input: RemoveCampaignMemberInput;
};


export type MutationRemoveCollectiveMembersArgs = {
  input: CollectiveMembersInput;
};


export type MutationRemoveOutageArgs = {
  input: RemoveOutageInput;
};


export type MutationRemoveRivalFeedArgs = {
  input: RivalFeedIdInput;
};


export type MutationRemoveShutdownScenarioArgs = {
  input: RemoveShutdownScenarioInput;
};


export type MutationReplayWebhookDeliveryArgs = {
  input: WebhookIdInput;
};


export type MutationReportEmailBouncesArgs = {
  input: ReportEmailBouncesInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSendProposalArgs = {
  input: ProposalVersionInput;
};


export type MutationSetMigrationCapacityArgs = {
  input: SetMigrationCapacityInput;
};


export type MutationStartBulkAssignmentArgs = {
  input: BulkAssignmentInput;
};


export type MutationSubmitProposalArgs = {
  input: ProposalVersionInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateCampaignSettingsArgs = {
  input: UpdateCampaignSettingsInput;
};


export type MutationUpdateCollectiveArgs = {
  input: UpdateCollectiveInput;
};


export type MutationUpdateMigrationArgs = {
  input: UpdateMigrationInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};


export type MutationUpdateOutageArgs = {
  input: UpdateOutageInput;
};


export type MutationUpdateProposalArgs = {
  input: UpdateProposalInput;
};


export type MutationUpdateRivalArgs = {
  input: UpdateRivalInput;
};


export type MutationUpdateRivalFeedArgs = {
  input: UpdateRivalFeedInput;
};


export type MutationUpdateShutdownScenarioArgs = {
  input: UpdateShutdownScenarioInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};


export type MutationWithdrawCollectiveTermsArgs = {
  input: CollectiveTermsVersionInput;
};

/** A member of a new campaign’s team. */
export type NewTeamMemberInput = {
  /** manager (leads the team) or rep. */
  teamRole: TeamRole;
  /** The user: active; a manager may lead or sell, a rep only sells; admins are not team members. */
  userId: Scalars['ID']['input'];
};

/** An object with a globally unique id: any of them can be fetched again with `node(id)`. */
export type Node = {
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
};

/** Something Lifeboat tells one user, in the app (the bell) and for the digest by email. Only its user sees it. */
export type Notification = {
  __typename?: 'Notification';
  /** The details (several lines for a digest). */
  body: Scalars['String']['output'];
  /** The campaign it belongs to, if any. */
  campaignId: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** What it is about: account_assigned, overdue, escalated, digest, proposal_approval_requested, proposal_approved, proposal_rejected, proposal_expired, collective_terms_approval_requested, collective_terms_approved or collective_terms_rejected. */
  kind: Scalars['String']['output'];
  /** Whether its user has read it. */
  read: Scalars['Boolean']['output'];
  /** When its user read it; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The object it is about (an Account, Proposal or Collective id); open it with `node` or its page. */
  subjectId: Maybe<Scalars['ID']['output']>;
  /** The type of the object it is about: Account, Proposal or Collective; null for a digest. */
  subjectType: Maybe<Scalars['String']['output']>;
  /** One line, in the user’s language. */
  title: Scalars['String']['output'];
};

/** A page of your notifications, newest first, with your unread count. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page. */
  edges: Array<NotificationEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filter). */
  totalCount: Scalars['Int']['output'];
  /** How many of your notifications are unread (whatever the filter). */
  unreadCount: Scalars['Int']['output'];
};

/** A Notification in a list, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Notification. */
  node: Notification;
};

/** One outage of the customer’s current provider, as the customer reads it with the offer. */
export type OfferOutage = {
  __typename?: 'OfferOutage';
  /** When it ended; null while it goes on. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** How bad. */
  impact: OutageImpact;
  /** The services it touched. */
  services: Array<ServiceKind>;
  /** Where it was reported. */
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** What happened. */
  summary: Scalars['String']['output'];
};

/** The outage evidence a rep attached to an offer: the current provider’s outages that touched what the customer buys, and the availability per month they leave against the availability its SLA claims (the same figures as Account.outageEvidence, nothing internal). */
export type OfferOutageEvidence = {
  __typename?: 'OfferOutageEvidence';
  /** The availability its SLA claims, in percent; null when unknown. */
  claimedAvailabilityPercent: Maybe<Scalars['Float']['output']>;
  /** One entry per month, oldest first, ending with the month in progress. */
  months: Array<MonthAvailability>;
  /** The outages, newest first. */
  outages: Array<OfferOutage>;
  /** The current provider (the rival). */
  providerName: Scalars['String']['output'];
  /** The services the customer buys from it. */
  services: Array<ServiceKind>;
  /** The IANA time zone whose calendar months these are. */
  timeZone: Scalars['String']['output'];
  /** The share of a minute of downtime each impact counts for. */
  weights: OutageImpactWeights;
};

/** Opening the queue board. */
export type OpenQueueBoardInput = {
  /** The board page to land on, e.g. /queue/lifeboat-jobs?status=failed; its home when omitted. */
  page?: InputMaybe<Scalars['String']['input']>;
};

/** A single-use link to the queue board. */
export type OpenQueueBoardPayload = {
  __typename?: 'OpenQueueBoardPayload';
  /** When the link stops working if unused. */
  expiresAt: Scalars['DateTime']['output'];
  /** Open this URL (relative to the api) in the browser within a minute: it works once, and sets the board’s session cookie. */
  url: Scalars['String']['output'];
};

/** The deal for one account in one campaign (at most one open at a time). */
export type Opportunity = Node & {
  __typename?: 'Opportunity';
  /** The account the deal is for. */
  account: Account;
  /** The campaign it belongs to. */
  campaign: Campaign;
  /** When it was won or lost. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** When it must move on (capped at the signing deadline); null once won or lost. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** When the rep expects to close it. */
  expectedCloseAt: Maybe<Scalars['DateTime']['output']>;
  /** When the account was first contacted. */
  firstContactAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Why it was lost. */
  lostReason: Maybe<LostReason>;
  /** The bidder it was lost to, if any. */
  lostToBidder: Maybe<Scalars['String']['output']>;
  /** Its migration onto our network, once the deal is won. */
  migration: Maybe<Migration>;
  /** Monthly value of the contract. */
  monthlyValue: Money;
  /** A free note about the deal. */
  note: Maybe<Scalars['String']['output']>;
  /** One-time fees of the contract. */
  oneTimeValue: Money;
  /** Whether it is past its due time. */
  overdue: Scalars['Boolean']['output'];
  /** Win probability in percent: set by a person, or the stage’s default. */
  probability: Scalars['Int']['output'];
  /** Whether `probability` is the stage’s default (not set by a person). */
  probabilityIsDefault: Scalars['Boolean']['output'];
  /** Its proposals, newest first (at most one is live: draft, pending_approval, approved or sent). */
  proposals: Array<Proposal>;
  /** Where the deal stands. */
  stage: Stage;
  /** When it entered its stage. */
  stageEnteredAt: Scalars['DateTime']['output'];
  /** Contract term, in months. */
  termMonths: Scalars['Int']['output'];
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A deal moved or changed in a campaign you can see. */
export type OpportunityChange = {
  __typename?: 'OpportunityChange';
  /** Its account. */
  accountId: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Its campaign. */
  campaignId: Scalars['ID']['output'];
  /** What happened: opportunity.moved, opportunity.won or opportunity.lost (its stage changed), opportunity.updated (its terms: values, probability, expected close, note…), opportunity.owner_changed (its account was claimed, assigned or unassigned). */
  event: Scalars['String']['output'];
  /** The deal (an Opportunity id). */
  opportunityId: Scalars['ID']['output'];
  /** The stage it left, for a move (null for any other change). */
  previousStage: Maybe<Scalars['String']['output']>;
  /** The stage it is in now. */
  stage: Maybe<Scalars['String']['output']>;
};

/** A page of Opportunity items in a stable order. */
export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  /** The items of this page. */
  edges: Array<OpportunityEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Opportunity in a list, with its cursor. */
export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Opportunity. */
  node: Opportunity;
};

/** How to order deals; ties are broken by id, so pages never overlap. */
export type OpportunityOrder =
  /** Soonest due first; closed deals last (the default). */
  | 'DUE_AT'
  /** Largest monthly value first. */
  | 'MONTHLY_VALUE';

/** A stretch of time a rival’s service was down or degraded. */
export type Outage = Node & {
  __typename?: 'Outage';
  /** When it was recorded in Lifeboat. */
  createdAt: Scalars['DateTime']['output'];
  /** When it ended; null while it goes on. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** The incident’s id at its source (a status feed), unique per rival; null when entered by hand. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** How bad. */
  impact: OutageImpact;
  /** The rival whose service was down. */
  rival: Rival;
  /** The services it touched. */
  services: Array<ServiceKind>;
  /** Where it was reported. */
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** What happened. */
  summary: Scalars['String']['output'];
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** The outages of the account’s rival that touched a service the account buys, and what they did to the rival’s availability: the evidence sheet a rep shows the customer. */
export type OutageEvidence = {
  __typename?: 'OutageEvidence';
  /** Availability per month counting only these outages, against the claim. */
  availability: Availability;
  /** The outages that touched them within the months shown, newest first. */
  outages: Array<Outage>;
  /** The services the account buys from the rival. */
  services: Array<ServiceKind>;
};

/** How bad an outage was. Each impact weighs a share of a minute of downtime, set per campaign (`OutageImpactWeights`). */
export type OutageImpact =
  /** The service worked, slowly or with errors (default weight 0). */
  | 'degraded'
  /** The service was down (default weight 1: every minute counts). */
  | 'major'
  /** Part of the service or of its customers was down (default weight 0.5). */
  | 'partial';

/** The share of a minute of downtime each outage impact counts for in the rival’s availability (0 to 1). */
export type OutageImpactWeightSettings = {
  __typename?: 'OutageImpactWeightSettings';
  /** degraded (default 0). */
  degraded: Scalars['Float']['output'];
  /** major (default 1). */
  major: Scalars['Float']['output'];
  /** partial (default 0.5). */
  partial: Scalars['Float']['output'];
};

/** The share of a minute of downtime each impact counts for (0 to 1), set per campaign. */
export type OutageImpactWeights = {
  __typename?: 'OutageImpactWeights';
  /** degraded (default 0). */
  degraded: Scalars['Float']['output'];
  /** major (default 1). */
  major: Scalars['Float']['output'];
  /** partial (default 0.5). */
  partial: Scalars['Float']['output'];
};

/** The share of a minute of downtime each outage impact counts for (0 to 1, at most 2 decimals). */
export type OutageImpactWeightsInput = {
  /** degraded (default 0). */
  degraded?: InputMaybe<Scalars['Float']['input']>;
  /** major (default 1). */
  major?: InputMaybe<Scalars['Float']['input']>;
  /** partial (default 0.5). */
  partial?: InputMaybe<Scalars['Float']['input']>;
};

/** Whether Lifeboat can send email to customers (a proposal’s acceptance link), and if not, what is missing. */
export type OutgoingMail = {
  __typename?: 'OutgoingMail';
  /** true when proposals can be sent by email; otherwise the web app offers to copy the acceptance link. */
  enabled: Scalars['Boolean']['output'];
  /** The settings to set for it (SMTP_URL, MAIL_FROM, LIFEBOAT_PUBLIC_URL); empty when enabled. */
  missing: Array<Scalars['String']['output']>;
};

/** A mail sent from a template to a filtered list of a campaign’s accounts or to a collective’s members, once per contact. */
export type Outreach = Node & {
  __typename?: 'Outreach';
  /** The body template (plain text); every mail ends with a one-click unsubscribe line. */
  body: Scalars['String']['output'];
  /** Its campaign. */
  campaign: Campaign;
  /** The collective it mails; null for a filtered list. */
  collective: Maybe<Collective>;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Who queued it. */
  createdBy: Scalars['String']['output'];
  /** The accounts-list filter it was sent to, as JSON; null for a collective. */
  filter: Maybe<Scalars['String']['output']>;
  /** When it completed or was cancelled. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** The template’s language. */
  language: OutreachLanguage;
  /** Its mails’ outcomes so far. */
  progress: OutreachProgress;
  /** sending, completed or cancelled. */
  status: OutreachStatus;
  /** The subject template. */
  subject: Scalars['String']['output'];
  /** Its version. */
  version: Scalars['Int']['output'];
};

/** A page of Outreach items in a stable order. */
export type OutreachConnection = {
  __typename?: 'OutreachConnection';
  /** The items of this page. */
  edges: Array<OutreachEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A contact an outreach would reach (shown when it cannot be mailed). */
export type OutreachContact = {
  __typename?: 'OutreachContact';
  /** Its account’s id. */
  accountId: Scalars['ID']['output'];
  /** Its account’s name. */
  accountName: Scalars['String']['output'];
  /** Its email address. */
  email: Scalars['String']['output'];
  /** The contact’s id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
};

/** A Outreach in a list, with its cursor. */
export type OutreachEdge = {
  __typename?: 'OutreachEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Outreach. */
  node: Outreach;
};

/** The language of an outreach’s template: en or fr (dates and amounts are written in it). */
export type OutreachLanguage =
  | 'en'
  | 'fr';

/** The outreach after the change. */
export type OutreachPayload = {
  __typename?: 'OutreachPayload';
  /** The outreach. */
  outreach: Outreach;
};

/** Where an outreach’s mails stand, one count per outcome. */
export type OutreachProgress = {
  __typename?: 'OutreachProgress';
  /** Refused by the mail server for good (hard bounce): the contact is marked, the address suppressed. */
  bounced: Scalars['Int']['output'];
  /** Not sent because the outreach was cancelled. */
  cancelled: Scalars['Int']['output'];
  /** Given up after repeated temporary failures. */
  failed: Scalars['Int']['output'];
  /** Results: recipients’ accounts whose personal offer (as for offerOpened) was accepted after their mail was sent. */
  offerAccepted: Scalars['Int']['output'];
  /** Results: recipients’ accounts whose personal offer was opened after their mail was sent (the offer the mail linked with {{offerLink}}; for a mail without a link, any offer of the account). Counts a first opening only. */
  offerOpened: Scalars['Int']['output'];
  /** Waiting to be sent, or being sent. */
  queued: Scalars['Int']['output'];
  /** Contacts it mails (suppressed addresses skipped when it was queued are not counted). */
  recipients: Scalars['Int']['output'];
  /** Resent after an interruption: handed to the mail server by a sender that stopped (crashed, killed) before recording the answer, so sent again by the sender that took over, with the same Message-ID — a receiving server that got the first copy drops the second. At most the mails on the wire when it stopped. */
  resentAfterInterruption: Scalars['Int']['output'];
  /** Accepted by the mail server. */
  sent: Scalars['Int']['output'];
  /** Addresses on the suppression list when it was queued: skipped, never mailed. */
  skippedSuppressed: Scalars['Int']['output'];
  /** Skipped because the address was suppressed after the outreach was queued. */
  suppressed: Scalars['Int']['output'];
  /**
   * Handed to the mail server by a sender that stopped before recording its answer, and not sent again: only outreaches finished before such mails were re-sent (see resentAfterInterruption).
   * @deprecated Such mails are now sent again with the same Message-ID: see resentAfterInterruption. Always 0 for later outreaches.
   */
  uncertain: Scalars['Int']['output'];
  /** Recipients who unsubscribed through this outreach’s mails. */
  unsubscribed: Scalars['Int']['output'];
};

/** sending (its mails are going out), completed (every mail has an outcome), cancelled (a manager stopped it; what was sent stays sent). */
export type OutreachStatus =
  | 'cancelled'
  | 'completed'
  | 'sending';

/** Where a page stands in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A customer’s personal offer, as its link shows it (public, no sign-in). */
export type PersonalOffer = {
  __typename?: 'PersonalOffer';
  /** The accepted terms (once accepted). */
  acceptedTotals: Maybe<ProposalTotals>;
  /** ISO 4217 currency of every amount. */
  currency: Scalars['String']['output'];
  /** The customer the offer is for. */
  customerName: Scalars['String']['output'];
  /** The cutover the customer picked (once accepted). */
  cutoverAt: Maybe<Scalars['DateTime']['output']>;
  /** Discount on the monthly charges, in percent. */
  discountPercent: Scalars['Float']['output'];
  /** The offer may be accepted until then. */
  expiresAt: Scalars['DateTime']['output'];
  /** The services offered: what the customer buys from its current provider. */
  lines: Array<ProposalLine>;
  /** What the customer pays each month, after the discount. */
  monthlyTotal: Money;
  /** When the current provider is expected to go dark. */
  shutdownAt: Maybe<Scalars['DateTime']['output']>;
  /** open while it can be accepted; accepted in the answer to acceptPersonalOffer. */
  status: Scalars['String']['output'];
  /** Contract term in months. */
  termMonths: Scalars['Int']['output'];
  /** The campaign’s IANA time zone, to show dates in. */
  timeZone: Scalars['String']['output'];
  /** The weeks with migration capacity left before the shutdown (empty once accepted). */
  weeks: Array<CutoverWeekOption>;
};

/** Personal offers generated at once from one set of pre-approved terms. */
export type PersonalOfferBatch = {
  __typename?: 'PersonalOfferBatch';
  /** The approval level the discount needed (the batch is that approval). */
  approvalLevel: Scalars['String']['output'];
  /** The collective it was generated for; null for a filtered list. */
  collectiveId: Maybe<Scalars['ID']['output']>;
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** Who generated it. */
  createdBy: Scalars['String']['output'];
  /** The discount on the monthly charges, in percent. */
  discountPercent: Scalars['Float']['output'];
  /** When its links expire. */
  expiresAt: Scalars['DateTime']['output'];
  /** When its offers were written; null while queued. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The batch’s id. */
  id: Scalars['ID']['output'];
  /** Its offers generated, opened, accepted and expired. */
  progress: PersonalOfferProgress;
  /** queued while its offers are being written, then completed. */
  status: Scalars['String']['output'];
  /** Contract term in months. */
  termMonths: Scalars['Int']['output'];
};

/** A page of PersonalOfferBatch items in a stable order. */
export type PersonalOfferBatchConnection = {
  __typename?: 'PersonalOfferBatchConnection';
  /** The items of this page. */
  edges: Array<PersonalOfferBatchEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A PersonalOfferBatch in a list, with its cursor. */
export type PersonalOfferBatchEdge = {
  __typename?: 'PersonalOfferBatchEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The PersonalOfferBatch. */
  node: PersonalOfferBatch;
};

/** Where a batch’s offers stand. */
export type PersonalOfferProgress = {
  __typename?: 'PersonalOfferProgress';
  /** Offers accepted. */
  accepted: Scalars['Int']['output'];
  /** Offers past their validity, not accepted. */
  expired: Scalars['Int']['output'];
  /** Offers written. */
  generated: Scalars['Int']['output'];
  /** Offers whose link was opened at least once. */
  opened: Scalars['Int']['output'];
};

/** A campaign’s pipeline for its managers: by stage, conversions, time in stage, overdue deals, cycle time, reps, capture of the rival’s base, forecast, shutdown, migrations. Every figure is read from one consistent snapshot. */
export type PipelineDashboard = {
  __typename?: 'PipelineDashboard';
  /** The instant the figures describe (snapshot figures: overdue, load, countdown). */
  asOf: Scalars['DateTime']['output'];
  /** The campaign. */
  campaign: Campaign;
  /** Capture of the rival’s customer base. */
  capture: DashboardCapture;
  /** Stage-to-stage conversion of the deals that entered a stage in the period. */
  conversions: Array<DashboardStageConversion>;
  /** Cycle time from first contact to signature against the one-week target. */
  cycleTime: DashboardCycleTime;
  /** Weighted forecast by week up to the rival’s shutdown, with the migration capacity alongside. */
  forecast: DashboardForecast;
  /** The migration plan in summary. */
  migrationPlan: DashboardMigrationPlan;
  /** The open stages together (a snapshot). */
  openPipeline: DashboardPipelineTotals;
  /** Deals past their due time (a snapshot). */
  overdue: DashboardOverdue;
  /** The period of the period figures. */
  period: DashboardPeriod;
  /** Each rep’s load and results, by name. */
  reps: Array<DashboardRep>;
  /** The shutdown countdown. */
  shutdown: DashboardShutdown;
  /** Median time in each open stage against its due time, for stays entered in the period. */
  stageTimes: Array<DashboardStageTime>;
  /** Every stage, in pipeline order (a snapshot). */
  stages: Array<DashboardStage>;
  /** The campaign’s time zone (IANA), in which forecast weeks start. */
  timeZone: Scalars['String']['output'];
  /** Open deals nobody owns yet. */
  unassigned: DashboardUnassigned;
};

/** A fast-track contract offer for a deal, with its approval and acceptance. */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** When the customer accepted it. */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer it is for. */
  account: Account;
  /** When it was approved (at once when the discount is within the submitter’s limit). */
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it. */
  approvedBy: Maybe<Scalars['String']['output']>;
  /** Whether the account’s outage evidence goes with the offer (the customer sees it behind the acceptance link and on the printed copy). */
  attachOutageEvidence: Scalars['Boolean']['output'];
  /** When it was drafted. */
  createdAt: Scalars['DateTime']['output'];
  /** Who drafted it. */
  createdBy: Scalars['String']['output'];
  /** ISO 4217 currency of every amount (the campaign’s). */
  currency: Scalars['String']['output'];
  /** Discount on the monthly charges, in percent. */
  discountPercent: Scalars['Float']['output'];
  /** When it expired unaccepted. */
  expiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** The services offered, in order. */
  lines: Array<ProposalLine>;
  /** The deal it is for. */
  opportunity: Opportunity;
  /** The planned cutover the switch credit is reckoned from. */
  plannedCutoverAt: Scalars['DateTime']['output'];
  /** A short reference to quote to the customer (the first 8 characters of the proposal’s key, upper case). */
  reference: Scalars['String']['output'];
  /** Why a manager refused its discount (the proposal went back to draft); null otherwise. */
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Who must approve its discount, with the campaign’s limits when it was last changed or submitted. */
  requiredApproval: ApprovalLevel;
  /** When it was sent to the customer. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Who accepted it for the customer. */
  signer: Maybe<ProposalSigner>;
  /** Where it stands. */
  status: ProposalStatus;
  /** When it was last submitted for approval. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** When a revised proposal replaced it. */
  supersededAt: Maybe<Scalars['DateTime']['output']>;
  /** The credit for months prepaid to the rival. */
  switchCredit: SwitchCredit;
  /** Contract term in months. */
  termMonths: Scalars['Int']['output'];
  /** What the offer costs. */
  totals: ProposalTotals;
  /** Until when the customer may accept it (set when sent). */
  validUntil: Maybe<Scalars['DateTime']['output']>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A page of Proposal items in a stable order. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The items of this page. */
  edges: Array<ProposalEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Proposal in a list, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Proposal. */
  node: Proposal;
};

/** One line of a proposal. */
export type ProposalLine = {
  __typename?: 'ProposalLine';
  /** What it is, in words the customer reads. */
  description: Maybe<Scalars['String']['output']>;
  /** Quantity × monthly unit price, before the discount. */
  monthlyAmount: Money;
  /** Our monthly price per unit, before the discount. */
  monthlyUnitPrice: Money;
  /** A one-time fee for the whole line (never discounted). */
  oneTimeFee: Money;
  /** Whole units. */
  quantity: Scalars['Int']['output'];
  /** The kind of service. */
  serviceKind: ServiceKind;
};

/** One line of a proposal: a service, how many units, the monthly price per unit and a one-time fee. */
export type ProposalLineInput = {
  /** What it is, in words the customer reads (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Our monthly price per unit, in minor units (0 or more). */
  monthlyUnitPrice: Scalars['SafeInt']['input'];
  /** A one-time fee for the whole line, in minor units (default 0; never discounted). */
  oneTimeFee?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Whole units, 1 to 1,000,000. */
  quantity: Scalars['Int']['input'];
  /** The kind of service. */
  serviceKind: ServiceKind;
};

/** A sent proposal as its customer sees it through the acceptance link: the parties, the lines, prices, credit, totals, term and validity. Nothing internal (approvals, reps, other deals). */
export type ProposalOffer = {
  __typename?: 'ProposalOffer';
  /** When it was accepted (only in the answer to acceptProposal). */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** ISO 4217 currency of every amount. */
  currency: Scalars['String']['output'];
  /** The customer the offer is for. */
  customerName: Scalars['String']['output'];
  /** Discount on the monthly charges, in percent. */
  discountPercent: Scalars['Float']['output'];
  /** The services offered. */
  lines: Array<ProposalLine>;
  /** The outage evidence the rep attached to the offer (Proposal.attachOutageEvidence); null when none was attached. */
  outageEvidence: Maybe<OfferOutageEvidence>;
  /** The planned cutover onto our network. */
  plannedCutoverAt: Scalars['DateTime']['output'];
  /** Who makes the offer: Lifeboat Networks. */
  providerName: Scalars['String']['output'];
  /** A short reference to quote (same as Proposal.reference). */
  reference: Scalars['String']['output'];
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** sent while it can be accepted; accepted in the answer to acceptProposal. */
  status: ProposalStatus;
  /** The credit for months prepaid to the current provider. */
  switchCredit: SwitchCredit;
  /** Contract term in months. */
  termMonths: Scalars['Int']['output'];
  /** The campaign’s IANA time zone, to show dates in. */
  timeZone: Maybe<Scalars['String']['output']>;
  /** What the offer costs. */
  totals: ProposalTotals;
  /** The offer may be accepted until then. */
  validUntil: Scalars['DateTime']['output'];
};

/** The proposal as it now stands. */
export type ProposalPayload = {
  __typename?: 'ProposalPayload';
  /** The proposal after the change. */
  proposal: Proposal;
};

/** Who a proposal was emailed to. */
export type ProposalRecipient = {
  __typename?: 'ProposalRecipient';
  /** The address the mail server accepted the message for. */
  email: Scalars['String']['output'];
  /** The contact’s name. */
  name: Scalars['String']['output'];
};

/** Who accepted the offer for the customer. */
export type ProposalSigner = {
  __typename?: 'ProposalSigner';
  /** Their email address. */
  email: Scalars['String']['output'];
  /** Their full name. */
  name: Scalars['String']['output'];
  /** Their job title. */
  title: Scalars['String']['output'];
};

/** A proposal’s life: draft → pending_approval (discount beyond the rep’s limit) → approved → sent (the acceptance link is live until validUntil) → accepted | expired; any live one becomes superseded when a revised draft is made for the deal. A rejected proposal goes back to draft with its rejectionReason. */
export type ProposalStatus =
  | 'accepted'
  | 'approved'
  | 'draft'
  | 'expired'
  | 'pending_approval'
  | 'sent'
  | 'superseded';

/** What the offer costs (libs/domain `proposalTotals`): the discount applies to monthly charges only. */
export type ProposalTotals = {
  __typename?: 'ProposalTotals';
  /** The discount on the monthly subtotal (rounded once, half away from zero). */
  monthlyDiscount: Money;
  /** Σ quantity × monthly unit price. */
  monthlySubtotal: Money;
  /** What the customer pays each month. */
  monthlyTotal: Money;
  /** The one-time fees. */
  oneTimeTotal: Money;
  /** The switch credit deducted. */
  switchCredit: Money;
  /** Monthly total × term + one-time fees − switch credit, never below 0. */
  totalOverTerm: Money;
};

/** A proposal and the version you read: submit, approve, send. */
export type ProposalVersionInput = {
  /** The proposal’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
};

/** A collective’s deal, proposed (or proposed again after a rejection or a withdrawal). Refused with BAD_USER_INPUT naming the field when a value is wrong. */
export type ProposeCollectiveTermsInput = {
  /** The collective. */
  collectiveId: Scalars['ID']['input'];
  /** Conditions agreed (up to 5,000 characters). */
  conditions?: InputMaybe<Scalars['String']['input']>;
  /** Discount on the monthly charges, in percent (0 to 100, at most two decimals). */
  discountPercent: Scalars['Float']['input'];
  /** The agreement’s version you last read; omit (or null) for the collective’s first terms. A stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Contract term in months, 1 to 120. */
  termMonths: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** An import and its progress; null if it is not in your campaigns. */
  accountImport: Maybe<AccountImport>;
  /** Accounts of your campaigns, filtered and ordered (most urgent first by default). */
  accounts: AccountConnection;
  /** Every call made through an API key — reads, changes, refused and failed calls — newest first, each with its operation and outcome (admins only). */
  apiKeyCalls: AuditEntryConnection;
  /** Every API key, newest first (admins only). */
  apiKeys: ApiKeyConnection;
  /** Who changed an object and how, oldest first unless `order` says otherwise. Empty for an object you may not see. */
  auditTrail: AuditEntryConnection;
  /** A hand-out and its progress; null if it is not in your campaigns. */
  bulkAssignment: Maybe<BulkAssignment>;
  /** How many accounts a hand-out would give to whom (managers of the campaign, admins): the same plan startBulkAssignment carries out if nothing changes meanwhile. */
  bulkAssignmentPreview: BulkAssignmentPreview;
  /** The campaigns you work in (all of them for an admin), by name; archived ones only when asked for. */
  campaigns: CampaignConnection;
  /** One collective, by id. NOT_FOUND when it does not exist or is of a campaign you are not in. */
  collective: Collective;
  /** The customer collectives of a campaign, by name. NOT_FOUND for a campaign you are not in. */
  collectives: CollectiveConnection;
  /** Collectives whose terms wait for approval (status pending_approval), oldest first, in the campaigns you are in (or in one of them): the approvals inbox’s second list, beside proposals. */
  collectivesAwaitingApproval: Array<Collective>;
  /** The signed-in user. API keys have no user: they get FORBIDDEN. */
  me: User;
  /** Whether migrations fit before the rival goes dark: the campaign’s migrations not yet done, laid into weeks within its weekly capacity. */
  migrationPlan: MigrationPlan;
  /** A campaign’s migrations, by target cutover (then id). */
  migrations: MigrationConnection;
  /** What to do next: your open deals and the claimable accounts of your campaigns, by queue priority (highest first: what working it today rather than tomorrow is worth; see `QueueItem.priority`). */
  myQueue: QueueItemConnection;
  /** Any object by its global id; null when there is none you may see. */
  node: Maybe<Node>;
  /** Your notifications, newest first, with how many are unread. Only yours: nobody sees another user’s. */
  notifications: NotificationConnection;
  /** Deals of your campaigns, filtered and ordered (soonest due first by default). */
  opportunities: OpportunityConnection;
  /** Whether proposals can be sent by email from Lifeboat (else the acceptance link is copied by hand), and what is missing. */
  outgoingMail: OutgoingMail;
  /** One outreach, with its progress. NOT_FOUND when it does not exist or is of a campaign you are not in. */
  outreach: Outreach;
  /** The outreaches of a campaign, newest first. NOT_FOUND for a campaign you are not in. */
  outreaches: OutreachConnection;
  /** A campaign’s batches of personal offers, newest first, a page at a time, with their progress (managers of the campaign, admins). NOT_FOUND for a campaign you are not in. */
  personalOfferBatches: PersonalOfferBatchConnection;
  /** The personal offer behind a link (public, no sign-in), with the cutover weeks it may pick. NOT_FOUND for a forged link; BAD_USER_INPUT with fields [{ field: "token", reason: "used" | "expired" }] once accepted or past its validity. */
  personalOfferByToken: PersonalOffer;
  /** A campaign’s pipeline dashboard, computed by the database from one consistent snapshot (`asOf`). A snapshot is served again for up to 30 s (LIFEBOAT_DASHBOARD_CACHE_SECONDS) unless the campaign changed since. Managers and the campaign’s reps may read it; another campaign is NOT_FOUND. */
  pipelineDashboard: PipelineDashboard;
  /** The offer behind an acceptance link (public, no sign-in). NOT_FOUND for a forged, used or superseded link; BAD_USER_INPUT with fields [{ field: "token", reason: "expired" }] once past its validity. */
  proposalByToken: ProposalOffer;
  /** Proposals you may see, newest first; filter by campaign, deal or status (pending_approval: what awaits approval). */
  proposals: ProposalConnection;
  /** Whether the job queue board is on, and where (admins only). */
  queueBoard: QueueBoard;
  /** Will we make it? The campaign’s race against the rival’s shutdown, simulated from its accounts with an open deal or none yet, its deals’ stage histories (estimates: prior, blend or history), the rival’s shutdown scenarios still ahead (else its expected shutdown), the campaign’s rules (migration lead times, weekly migration capacity) and its team’s active reps. The work queue’s order (queue priority) over 1000 runs gives the spend won and migrated before each scenario’s date (P10/P50/P90 by week) and the customers most likely to go dark; the policy comparison races every order of work over 200 runs; the staffing advice searches the reps and weekly migration capacity that reach `targetSharePercent` of what an unlimited team would capture (50 runs an evaluation; how: see RaceStaffingAdvice). Managers of the campaign and admins may read it (a rep: FORBIDDEN; a campaign the caller cannot see: NOT_FOUND). The simulations run off the request thread; an answer is served again for up to 60 s while the campaign’s data is unchanged. */
  raceForecast: RaceForecast;
  /** The failing competitors Lifeboat tracks, by name. */
  rivals: RivalConnection;
  /** Finds accounts and people of your campaigns by name (the search box, Ctrl+K). */
  search: SearchResults;
  /** Every user, by name (admins only). */
  users: UserConnection;
  /** A webhook’s deliveries, newest first (at most `first`, up to 200). */
  webhookDeliveries: Array<WebhookDelivery>;
  /** The webhooks you administer, oldest first (at most `first`, up to 200). */
  webhooks: Array<Webhook>;
};


export type QueryAccountImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minUrgency?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountOrder>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  rivalId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Segment>;
  stage?: InputMaybe<Stage>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryApiKeyCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  apiKeyId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: AuditTrailOrder;
};


export type QueryBulkAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulkAssignmentPreviewArgs = {
  input: BulkAssignmentInput;
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCollectiveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCollectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCollectivesAwaitingApprovalArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMigrationPlanArgs = {
  campaignId: Scalars['ID']['input'];
};


export type QueryMigrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  closedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  closedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  cycleBucket?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  rivalId?: InputMaybe<Scalars['ID']['input']>;
  segment?: InputMaybe<Segment>;
  stage?: InputMaybe<Stage>;
};


export type QueryOutreachArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutreachesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonalOfferBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonalOfferByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryPipelineDashboardArgs = {
  campaignId: Scalars['ID']['input'];
  period?: InputMaybe<DashboardPeriodInput>;
};


export type QueryProposalByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  opportunityId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ProposalStatus>;
};


export type QueryRaceForecastArgs = {
  campaignId: Scalars['ID']['input'];
  dailyActionsPerRep?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  targetSharePercent?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRivalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
  webhookId: Scalars['ID']['input'];
};


export type QueryWebhooksArgs = {
  first?: Scalars['Int']['input'];
};

/** The job queue board (Bull Board), for admins: whether this installation has one. */
export type QueueBoard = {
  __typename?: 'QueueBoard';
  /** Whether the board is on: only with Redis (REDIS_URL), where jobs go through BullMQ. */
  enabled: Scalars['Boolean']['output'];
  /** Where it is served: /admin/queues. */
  path: Scalars['String']['output'];
};

/** A shutdown of the rival still ahead, as it bears on this deal: the last day to sign for the migration to fit, and the chances of making it. */
export type QueueDeadline = {
  __typename?: 'QueueDeadline';
  /** Whole days left to sign (negative once past). */
  daysToSign: Scalars['Int']['output'];
  /** When the rival’s network goes dark in it. */
  goesDarkAt: Scalars['DateTime']['output'];
  /** The same chance if it waits a day. */
  laterPercent: Scalars['Float']['output'];
  /** Calendar days the account’s segment needs to migrate (the campaign’s rules). */
  migrationLeadDays: Scalars['Int']['output'];
  /** Chance, percent, that the deal is won by `signBy` if worked today. */
  nowPercent: Scalars['Float']['output'];
  /** The shutdown scenario; null when it is the rival’s expected shutdown date (no scenario ahead). */
  scenarioId: Maybe<Scalars['ID']['output']>;
  /** The last moment to sign for the migration to fit before the network goes dark. */
  signBy: Scalars['DateTime']['output'];
  /** Its weight among the scenarios ahead, percent. */
  weightPercent: Scalars['Float']['output'];
};

/** What to do next: an account, its deal, and why it is in your queue. */
export type QueueItem = {
  __typename?: 'QueueItem';
  /** The account. */
  account: Account;
  /** When the deal is due. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Its open deal, if any. */
  opportunity: Maybe<Opportunity>;
  /** Why it is where it is in your queue: the priority and the deadlines it comes from, as of now. */
  priority: QueuePriority;
  /** Why it is in your queue. */
  reason: QueueReason;
  /**
   * The reason in English words, e.g. “Overdue by 2 hours: make the first contact.”
   * @deprecated English only: word `reason` with the deal’s stage and `dueAt` in the reader’s language instead. Kept for integrations and logs.
   */
  reasonText: Scalars['String']['output'];
  /** The account’s urgency, 0–100. */
  urgency: Scalars['Int']['output'];
  /** Why it is that urgent. */
  urgencyFactors: Array<UrgencyFactor>;
};

/** A page of your queue, in its order. */
export type QueueItemConnection = {
  __typename?: 'QueueItemConnection';
  /** The items of this page. */
  edges: Array<QueueItemEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items your queue holds, counted up to 1,000: when `totalCountCapped`, more than that. */
  totalCount: Scalars['Int']['output'];
  /** Whether the queue holds more than 1,000 items (show “1,000+”). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A QueueItem in a list, with its cursor. */
export type QueueItemEdge = {
  __typename?: 'QueueItemEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The QueueItem. */
  node: QueueItem;
};

/** An outreach: who (a filtered list of the campaign’s accounts, or a collective’s members: one of the two) and what (a template in one language). */
export type QueueOutreachInput = {
  /** The body (plain text, 1 to 20,000 characters), with {{merge fields}}: contactName, accountName, rivalName, shutdownDate, switchCredit, offerLink. */
  body: Scalars['String']['input'];
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** A collective of the campaign: its member accounts. */
  collectiveId?: InputMaybe<Scalars['ID']['input']>;
  /** Only count the recipients and check the template, queuing nothing (default false). */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which of its accounts (the accounts list’s filters). Give this or collectiveId; neither: every account of the campaign. */
  filter?: InputMaybe<AccountListFilterInput>;
  /** The template’s language (en or fr). */
  language: OutreachLanguage;
  /** The subject (1 to 300 characters), with {{merge fields}}. */
  subject: Scalars['String']['input'];
};

/** The outreach queued (null on a dry run) and who it reaches. */
export type QueueOutreachPayload = {
  __typename?: 'QueueOutreachPayload';
  /** The merge fields the template uses. */
  mergeFields: Array<Scalars['String']['output']>;
  /** The outreach, queued; null on a dry run. */
  outreach: Maybe<Outreach>;
  /** Contacts it mails: one mail each (an address shared by several contacts is mailed once). */
  recipients: Scalars['Int']['output'];
  /** Contacts skipped because their address is on the suppression list (unsubscribed, bounced). */
  suppressed: Scalars['Int']['output'];
  /** Contacts with no recorded source (where they came from, the lawful basis): an outreach including any is refused. */
  unsourced: Scalars['Int']['output'];
  /** The first 50 unsourced contacts, by account and name: record their source, or narrow the list. */
  unsourcedContacts: Array<OutreachContact>;
  /** With {{offerLink}} in the template: accounts of the list left out because they have no live personal offer (won, lost, expired, never offered); 0 otherwise. */
  withoutOffer: Scalars['Int']['output'];
};

/** Why the queue puts an entry where it is (libs/domain `computeQueuePriority`): the monthly spend a day’s wait is expected to cost, won and migrated before the rival goes dark; then the spend expected in time; a bonus when overdue. Computed as of the read. */
export type QueuePriority = {
  __typename?: 'QueuePriority';
  /** The shutdowns ahead, earliest first: when to sign for each (empty when no date is known). */
  deadlines: Array<QueueDeadline>;
  /** The monthly spend expected to be won and migrated in time if worked today. */
  expectedInTime: Money;
  /** The chance of that, percent, over the scenarios ahead (of winning at all when no date is ahead). */
  inTimePercent: Scalars['Float']['output'];
  /** What being overdue adds (0 when it is not). */
  overdueBonus: Money;
  /** The priority, in the campaign’s currency’s minor units: the queue’s order, highest first. */
  value: Money;
  /** The monthly spend expected to be lost if the deal waits a day. */
  waitingCost: Money;
};

/** Why an item is in your queue. */
export type QueueReason =
  /** Nobody owns this account yet: claim it. */
  | 'CLAIMABLE'
  /** Your deal is due within a day. */
  | 'DUE_SOON'
  /** Your deal is in play: keep it moving. */
  | 'FOLLOW_UP'
  /** Your deal is past its due time. */
  | 'OVERDUE';

/** A count over the runs of the race: percentiles and mean. */
export type RaceCountBand = {
  __typename?: 'RaceCountBand';
  /** The mean. */
  mean: Scalars['Float']['output'];
  /** P10: 9 runs in 10 did better. */
  p10: Scalars['Float']['output'];
  /** P50, the median. */
  p50: Scalars['Float']['output'];
  /** P90: 1 run in 10 did better. */
  p90: Scalars['Float']['output'];
};

/** What a stage estimate rests on: prior (no exit from the stage seen yet), blend (fewer than 30 exits: the prior still weighs at least a quarter), history. */
export type RaceEstimateSource =
  | 'blend'
  | 'history'
  | 'prior';

/** Will we make it? The campaign’s race against the rival’s shutdown, simulated (libs/domain `simulateRace`, seeded: the same data, time and seed give the same answer). */
export type RaceForecast = {
  __typename?: 'RaceForecast';
  /** Accounts in the race: those with an open deal and those with no deal yet. */
  accounts: Scalars['Int']['output'];
  /** The moment the race starts from (when it was computed). */
  asOf: Scalars['DateTime']['output'];
  /** The campaign. */
  campaignId: Scalars['ID']['output'];
  /** Runs of each policy in `policies`. */
  comparisonRuns: Scalars['Int']['output'];
  /** How long the simulations took (ms, wall clock), when this answer was computed. */
  computeMs: Scalars['Int']['output'];
  /** Actions a rep takes on deals each business day. */
  dailyActionsPerRep: Scalars['Int']['output'];
  /** The stage estimates the race rests on. */
  estimates: Array<RaceStageEstimate>;
  /** The work queue’s spend won and migrated, mean, weighted over the scenarios by their probabilities. */
  expectedSpendMigrated: Money;
  /** The 20 customers with the most spend likely to go dark with the work queue. */
  goingDark: Array<RaceGoingDark>;
  /** Their monthly spend with the rival. */
  monthlySpend: Money;
  /** Of those, with an open deal. */
  openDeals: Scalars['Int']['output'];
  /** The work queue against the simple rules, on the same luck. */
  policies: Array<RacePolicyComparison>;
  /** Reps in the race: the campaign team’s active reps. */
  reps: Scalars['Int']['output'];
  /** Runs of the work queue’s forecast (`scenarios`, `goingDark`). */
  runs: Scalars['Int']['output'];
  /** Per scenario ahead (by date), the work queue’s race. */
  scenarios: Array<RaceForecastScenario>;
  /** The seed of the runs. */
  seed: Scalars['Int']['output'];
  /** False when the rival has neither a shutdown scenario nor an expected shutdown ahead: there is no race to forecast, and the lists are empty. */
  shutdownAhead: Scalars['Boolean']['output'];
  /** Null when there is no race (see `shutdownAhead`). */
  staffing: Maybe<RaceStaffingAdvice>;
  /** The campaign’s time zone (weeks are Monday to Sunday there). */
  timeZone: Scalars['String']['output'];
  /** The campaign’s weekly migration capacity, in workload units. */
  weeklyMigrationCapacity: Scalars['Int']['output'];
};

/** The work queue’s race read at one shutdown scenario’s date. */
export type RaceForecastScenario = {
  __typename?: 'RaceForecastScenario';
  /** Customers won and migrated by then. */
  accountsMigrated: RaceCountBand;
  /** When the network goes dark. */
  goesDarkAt: Scalars['DateTime']['output'];
  /** The scenario’s label; null for the rival’s expected shutdown. */
  label: Maybe<Scalars['String']['output']>;
  /** Its probability in whole percent (100 for the rival’s own date). */
  probabilityPercent: Scalars['Int']['output'];
  /** The shutdown scenario; null when the race uses the rival’s expected shutdown (it has no scenario ahead). */
  scenarioId: Maybe<Scalars['ID']['output']>;
  /** Customers signed but not migrated by then (mean over the runs): they go dark on our contract. */
  signedButDarkAccounts: Scalars['Float']['output'];
  /** Their monthly spend (mean over the runs). */
  signedButDarkSpend: Money;
  /** Monthly spend won and migrated before the network goes dark: what the race captures. */
  spendMigrated: RaceMoneyBand;
  /** Monthly spend won (signed) by then. */
  spendWon: RaceMoneyBand;
  /** Week by week, from the current week to the scenario’s. */
  weeks: Array<RaceForecastWeek>;
};

/** One week of a scenario, cumulative from now to the end of the week (or to the scenario’s date, in its last week). */
export type RaceForecastWeek = {
  __typename?: 'RaceForecastWeek';
  /** … and cut over (migrated) by then. */
  spendMigrated: RaceMoneyBand;
  /** Monthly spend of the customers won by then. */
  spendWon: RaceMoneyBand;
  /** Monday 00:00 in the campaign’s time zone. */
  weekStart: Scalars['DateTime']['output'];
};

/** A customer likely to still be on the rival when its network goes dark (neither migrated to us nor gone elsewhere). */
export type RaceGoingDark = {
  __typename?: 'RaceGoingDark';
  /** The account. */
  accountId: Scalars['ID']['output'];
  /** Its name. */
  accountName: Scalars['String']['output'];
  /** The chance (0–1) it goes dark, weighted over the scenarios by their probabilities. */
  chance: Scalars['Float']['output'];
  /** chance × monthly spend: what the list is ordered by, largest first. */
  expectedSpendDark: Money;
  /** Its monthly spend with the rival. */
  monthlySpend: Money;
  /** Its segment (which sets its migration lead time). */
  segment: Segment;
  /** Its open deal’s stage; null when it has no deal yet. */
  stage: Maybe<Stage>;
};

/** A monthly spend over the runs of the race: 10th, 50th and 90th percentiles and the mean (rounded to minor units). */
export type RaceMoneyBand = {
  __typename?: 'RaceMoneyBand';
  /** The mean. */
  mean: Money;
  /** P10: 9 runs in 10 did better. */
  p10: Money;
  /** P50, the median. */
  p50: Money;
  /** P90: 1 run in 10 did better. */
  p90: Money;
};

/** An order of work in the race simulator: queue_v2 = the work queue as the product orders it now (queue priority); queue = its former order (overdue, then urgency); first_come; largest_spend; no_backup_first; shortest_lead_first (migration lead time). */
export type RacePolicy =
  | 'first_come'
  | 'largest_spend'
  | 'no_backup_first'
  | 'queue'
  | 'queue_v2'
  | 'shortest_lead_first';

/** One order of work raced on the same customers’ luck as the others (`RaceForecast.comparisonRuns` runs). */
export type RacePolicyComparison = {
  __typename?: 'RacePolicyComparison';
  /** Spend won and migrated, mean, weighted over the scenarios by their probabilities. */
  expectedSpendMigrated: Money;
  /** Spend won, mean, weighted over the scenarios. */
  expectedSpendWon: Money;
  /** The order of work. */
  policy: RacePolicy;
  /** Per scenario ahead, by date. */
  scenarios: Array<RacePolicyScenario>;
};

/** One policy in one scenario (same order as `RaceForecast.scenarios`). */
export type RacePolicyScenario = {
  __typename?: 'RacePolicyScenario';
  /** The scenario’s date. */
  goesDarkAt: Scalars['DateTime']['output'];
  /** Signed but not migrated by then: customers (mean). */
  signedButDarkAccounts: Scalars['Float']['output'];
  /** Their monthly spend (mean). */
  signedButDarkSpend: Money;
  /** Monthly spend won and migrated before the network goes dark. */
  spendMigrated: RaceMoneyBand;
  /** Monthly spend won by then (mean). */
  spendWon: Money;
  /** Mean spend migrated ÷ first come’s; null when first come captures nothing. */
  timesFirstCome: Maybe<Scalars['Float']['output']>;
};

/** The team the work queue needs to capture a target share of what an unlimited team would (expected spend won and migrated, weighted over the scenarios). How it is searched: (1) unlimited = enough reps to act on every account every business day (⌈accounts ÷ daily actions per rep⌉, at least today’s team) and no migration capacity limit; target = share × what that captures. (2) repsNeeded = the fewest reps reaching the target with migration capacity unlimited: bisection between 0 and the unlimited team (geometric once both ends are positive), probing today’s team first, until the bracket is within 10 % or one rep. (3) weeklyMigrationCapacityNeeded = with that many reps, the least weekly capacity (workload units) reaching the target, by the same bisection between 1 and the whole workload, probing today’s capacity first. Each evaluation races `runs` runs with the same seed (common random numbers); the answers are the upper ends of the brackets, i.e. teams seen to reach the target. Above 500 accounts the search races a systematic sample of 500 (every k-th by spend) with each rep’s daily actions and the weekly capacity scaled by the sample’s share of the accounts and of the workload, and scales spend and capacity back (`sampledAccounts`). */
export type RaceStaffingAdvice = {
  __typename?: 'RaceStaffingAdvice';
  /** What that team captures. */
  adviceSpendMigrated: Maybe<Money>;
  /** Whether today’s team already reaches the target. */
  currentReachesTarget: Scalars['Boolean']['output'];
  /** Today’s active reps. */
  currentReps: Scalars['Int']['output'];
  /** What today’s team captures (same runs). */
  currentSpendMigrated: Money;
  /** Today’s weekly migration capacity (workload units). */
  currentWeeklyMigrationCapacity: Scalars['Int']['output'];
  /** Evaluations (races) the search made. */
  evaluations: Scalars['Int']['output'];
  /** Reps needed (null when nothing can be captured any more). */
  repsNeeded: Maybe<Scalars['Int']['output']>;
  /** Runs of each evaluation. */
  runs: Scalars['Int']['output'];
  /** Accounts the search raced: all of them, or a sample of 500 above that. */
  sampledAccounts: Scalars['Int']['output'];
  /** The target, in percent of the unlimited team’s capture. */
  targetSharePercent: Scalars['Int']['output'];
  /** The target: share × unlimited. */
  targetSpendMigrated: Money;
  /** The reps the search took as unlimited. */
  unlimitedReps: Scalars['Int']['output'];
  /** What an unlimited team captures. */
  unlimitedSpendMigrated: Money;
  /** Weekly migration capacity needed with that many reps, in workload units. */
  weeklyMigrationCapacityNeeded: Maybe<Scalars['Int']['output']>;
};

/** What the race assumes of one open stage (libs/domain `estimateRace`): from the campaign’s deal histories, pulled towards priors where they are thin. */
export type RaceStageEstimate = {
  __typename?: 'RaceStageEstimate';
  /** Where deals go from it. */
  exits: Array<RaceStageExit>;
  /** Mean calendar days a customer takes in the stage. */
  meanDays: Scalars['Float']['output'];
  /** Exits from the stage seen in the campaign’s history. */
  observedExits: Scalars['Int']['output'];
  /** The prior’s share of the estimate (0–1). */
  priorShare: Scalars['Float']['output'];
  /** What the estimate rests on. */
  source: RaceEstimateSource;
  /** The open stage. */
  stage: Stage;
};

/** Where a deal goes when it leaves a stage, and how likely. */
export type RaceStageExit = {
  __typename?: 'RaceStageExit';
  /** 0–1. */
  probability: Scalars['Float']['output'];
  /** The stage it goes to. */
  stage: Stage;
};

/** Records that the spokesperson agreed to the approved deal. */
export type RecordCollectiveTermsSignedInput = {
  /** The collective. */
  collectiveId: Scalars['ID']['input'];
  /** The agreement’s version you last read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Who signed for the collective (1 to 200 characters), usually its spokesperson. */
  signedByName: Scalars['String']['input'];
};

/** Something that happened to a rival. */
export type RecordDistressEventInput = {
  /** The rival’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What happened. */
  kind: DistressKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['input'];
  /** The rival it happened to. */
  rivalId: Scalars['ID']['input'];
  /** How serious, from 1 (minor) to 5 (fatal). */
  severity: Scalars['Int']['input'];
  /** The shutdown date the event announces: required for shutdown_warning, optional for liquidation_ordered. While a shutdown scenario governs the rival's date, the event keeps the date it announces but the rival's date stays the scenarios'. Between 1990 and 2100, and not more than a year in the past. */
  shutdownAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where it was reported: an http(s) URL. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** What happened, in a sentence or two (1 to 2,000 characters). */
  summary: Scalars['String']['input'];
};

/** The recorded event and the rival as it now stands. */
export type RecordDistressEventPayload = {
  __typename?: 'RecordDistressEventPayload';
  /** The event as recorded. */
  distressEvent: DistressEvent;
  /** The rival, with its health and shutdown date after the event. */
  rival: Rival;
};

/** An outage of a rival, as seen on its status page, in the press or by its customers. */
export type RecordOutageInput = {
  /** When it ended: after the start, not in the future; null while it goes on. */
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The incident’s id at its source (e.g. a Statuspage incident id), unique per rival: recording an outage with an id already recorded for the rival updates that outage instead of adding one. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** How bad: major, partial or degraded. */
  impact: OutageImpact;
  /** The rival whose service was down. */
  rivalId: Scalars['ID']['input'];
  /** The services it touched (at least one, each once). */
  services: Array<ServiceKind>;
  /** Where it was reported: an http(s) URL. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** When it started (not in the future; counted from the start of that minute). */
  startedAt: Scalars['DateTime']['input'];
  /** What happened, in a sentence or two (1 to 2,000 characters). */
  summary: Scalars['String']['input'];
};

/** The outage as recorded and its rival. */
export type RecordOutagePayload = {
  __typename?: 'RecordOutagePayload';
  /** false when an outage with the same externalId existed and was updated instead. */
  created: Scalars['Boolean']['output'];
  /** The outage as recorded (or as updated, when its externalId was already recorded). */
  outage: Outage;
  /** Its rival. */
  rival: Rival;
};

/** A refresh token from `login` or a previous `refreshSession`. */
export type RefreshSessionInput = {
  /** The refresh token; it is replaced by a new one at each use. */
  refreshToken: Scalars['String']['input'];
};

/** Sends a collective’s deal back to draft, with the reason. */
export type RejectCollectiveTermsInput = {
  /** The collective. */
  collectiveId: Scalars['ID']['input'];
  /** The agreement’s version you last read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (1 to 2,000 characters). */
  reason: Scalars['String']['input'];
};

/** A refused discount: the proposal goes back to draft with the reason. */
export type RejectProposalInput = {
  /** The proposal’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
  /** Why, for the rep (1 to 2,000 characters). */
  reason: Scalars['String']['input'];
};

/** Takes a user out of a campaign’s team. */
export type RemoveCampaignMemberInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The member to remove. Refused (BAD_USER_INPUT) while they own accounts with an open deal in the campaign — reassign those first (assignAccount), so no customer is left without a rep — and for the team’s last manager. */
  userId: Scalars['ID']['input'];
};

/** Removes an outage recorded by mistake. */
export type RemoveOutageInput = {
  /** The outage’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The outage. */
  outageId: Scalars['ID']['input'];
};

/** What was removed. */
export type RemoveOutagePayload = {
  __typename?: 'RemoveOutagePayload';
  /** The id of the removed outage. */
  removedOutageId: Scalars['ID']['output'];
  /** Its rival. */
  rival: Rival;
};

/** The removed feed’s id (its suggestions stay, without their feed). */
export type RemoveRivalFeedPayload = {
  __typename?: 'RemoveRivalFeedPayload';
  /** The id of the feed removed. */
  removedFeedId: Scalars['ID']['output'];
};

/** The scenario to remove. */
export type RemoveShutdownScenarioInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The scenario. */
  id: Scalars['ID']['input'];
};

/** The delivery queued again. */
export type ReplayWebhookDeliveryPayload = {
  __typename?: 'ReplayWebhookDeliveryPayload';
  /** The delivery, pending again. */
  delivery: WebhookDelivery;
};

/** Addresses the mail server reported as bouncing for good (an asynchronous bounce report, e.g. from the provider’s webhook or a DSN). */
export type ReportEmailBouncesInput = {
  /** What the report said (kept with each suppression, up to 500 characters). */
  detail?: InputMaybe<Scalars['String']['input']>;
  /** The addresses (1 to 1,000). */
  emails: Array<Scalars['String']['input']>;
};

/** What a bounce report changed. */
export type ReportEmailBouncesPayload = {
  __typename?: 'ReportEmailBouncesPayload';
  /** Addresses that were on it already. */
  alreadySuppressed: Scalars['Int']['output'];
  /** Contacts marked as bounced (every contact with one of the addresses). */
  contactsMarked: Scalars['Int']['output'];
  /** Addresses put on the suppression list now. */
  suppressed: Scalars['Int']['output'];
};

/** Revokes an API key: it stops working at once. */
export type RevokeApiKeyInput = {
  /** The key. */
  apiKeyId: Scalars['ID']['input'];
};

/** A failing competitor whose customers a campaign races to win. */
export type Rival = Node & {
  __typename?: 'Rival';
  /** Its availability per calendar month against the availability its SLA claims (see `Availability` for the rules). */
  availability: Availability;
  /** The availability its SLA claims, in percent (e.g. 99.9), if known. */
  claimedAvailabilityPercent: Maybe<Scalars['Float']['output']>;
  /** ISO 3166-1 alpha-2 country code of its home market. */
  country: Scalars['String']['output'];
  /** Its most recent distress events (up to 50), newest first. */
  distressEvents: Array<DistressEvent>;
  /** Its feeds (status page, news, webhook), oldest first, each with its last poll and last error. */
  feeds: Array<RivalFeed>;
  /** How far gone it is. */
  health: RivalHealth;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** The rival’s name, e.g. KPNQwest. */
  name: Scalars['String']['output'];
  /** Its most recent outages (up to 200), newest first by start. */
  outages: Array<Outage>;
  /** What it sells. */
  services: Array<ServiceKind>;
  /** When its network may go dark, if known. */
  shutdownExpectedAt: Maybe<Scalars['DateTime']['output']>;
  /** Its shutdown scenarios, by date. The earliest credible one (probability at least 20 %) governs its shutdownExpectedAt. */
  shutdownScenarios: Array<ShutdownScenario>;
  /** What its feeds suggest happened: pending ones first, then the newest; at most `first` (default 50, at most 200). */
  suggestedEvents: Array<SuggestedDistressEvent>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** A failing competitor whose customers a campaign races to win. */
export type RivalAvailabilityArgs = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  months?: Scalars['Int']['input'];
};


/** A failing competitor whose customers a campaign races to win. */
export type RivalSuggestedEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SuggestedEventStatus>;
};

/** A page of Rival items in a stable order. */
export type RivalConnection = {
  __typename?: 'RivalConnection';
  /** The items of this page. */
  edges: Array<RivalEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A Rival in a list, with its cursor. */
export type RivalEdge = {
  __typename?: 'RivalEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The Rival. */
  node: Rival;
};

/** A source of signals about a rival, polled by Lifeboat (status page, news) or posting to it (webhook). */
export type RivalFeed = {
  __typename?: 'RivalFeed';
  /** Whether it is polled (or accepts signals); a paused feed keeps its suggestions. */
  active: Scalars['Boolean']['output'];
  /** Whether each new suggestion is recorded as a distress event at once (at or above `autoRecordMinSeverity`). */
  autoRecord: Scalars['Boolean']['output'];
  /** With autoRecord, the least severity recorded at once (1 to 5); below it a suggestion waits for a manager. Null: every severity. */
  autoRecordMinSeverity: Maybe<Scalars['Int']['output']>;
  /** Failed polls in a row: 0 when the last poll succeeded. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the last poll failed (consecutiveFailures > 0): the feed needs a look. */
  failing: Scalars['Boolean']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Where its signals come from. */
  kind: RivalFeedKind;
  /** Why the last failed poll failed, in plain words (kept after a later success, see lastErrorAt). */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the last failure happened. */
  lastErrorAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was last polled, successfully or not. */
  lastPolledAt: Maybe<Scalars['DateTime']['output']>;
  /** When it last answered usefully (new items or 304 Not Modified). */
  lastSuccessAt: Maybe<Scalars['DateTime']['output']>;
  /** A name for people, e.g. "KPNQwest status page". */
  name: Scalars['String']['output'];
  /** When it is polled next (null for a paused or webhook feed). */
  nextPollAt: Maybe<Scalars['DateTime']['output']>;
  /** Seconds between two polls when it answers (60 to 86400); after failures the wait doubles each time, up to 6 hours. */
  pollIntervalSeconds: Scalars['Int']['output'];
  /** For a webhook feed, the path other tools POST signed signals to (on Lifeboat’s address); null otherwise. */
  signalPath: Maybe<Scalars['String']['output']>;
  /** What is polled (a status page’s base URL, a feed’s URL); null for a webhook feed. */
  url: Maybe<Scalars['String']['output']>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A feed, by id. */
export type RivalFeedIdInput = {
  /** The feed. */
  id: Scalars['ID']['input'];
};

/** Where a rival’s signals come from. */
export type RivalFeedKind =
  /** An Atom news feed, read like RSS. */
  | 'atom'
  /** An RSS 2.0 news feed. Each item suggests an event whose kind comes from its words (English and French). */
  | 'rss'
  /** An Atlassian Statuspage: its base URL; `/api/v2/incidents.json` is polled. Each incident suggests an outage. */
  | 'statuspage'
  /** Signals posted by another tool to `POST /signals/<feed id>`, signed with the feed’s secret. */
  | 'webhook';

/** The feed as it now stands. */
export type RivalFeedPayload = {
  __typename?: 'RivalFeedPayload';
  /** The feed as it now stands. */
  feed: RivalFeed;
};

/** How far gone a rival is: operating → distressed → insolvent → liquidating → shut_down. */
export type RivalHealth =
  | 'distressed'
  | 'insolvent'
  | 'liquidating'
  | 'operating'
  | 'shut_down';

/** The rival after the change. */
export type RivalPayload = {
  __typename?: 'RivalPayload';
  /** The rival, with its new version. */
  rival: Rival;
};

/** A service the account buys from the rival. */
export type RivalService = {
  __typename?: 'RivalService';
  /** What kind of service. */
  kind: ServiceKind;
  /** What it costs a month in all, with the rival. */
  monthlyCost: Money;
  /** How many (circuits, racks, sites…). */
  quantity: Scalars['Int']['output'];
};

/** A service the account buys from the rival. */
export type RivalServiceInput = {
  /** What kind. */
  kind: ServiceKind;
  /** Monthly cost in all, in minor units (0 or more). */
  monthlyCost: Scalars['SafeInt']['input'];
  /** How many (at least 1). */
  quantity: Scalars['Int']['input'];
};

/** admin: everything; manager: the campaigns whose team they lead; rep: works deals. */
export type Role =
  | 'admin'
  | 'manager'
  | 'rep';

/** What a later scenario saves compared with the governing one. */
export type SavedByDelay = {
  __typename?: 'SavedByDelay';
  /** Customers that could be cut over by this scenario’s date but not by the governing one’s: won ones the migration plan cuts over in between, and open deals or prospects whose segment fits the one-week cycle and its migration lead time before this date but not the governing one. */
  accounts: Scalars['Int']['output'];
  /** Their monthly spend with the rival. */
  monthlySpend: Money;
};

/** What a search found in your campaigns: accounts and people, by name. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** Accounts whose name has words starting with every word searched: names that start with the text first, then A to Z. */
  accounts: AccountConnection;
  /** People whose name has words starting with every word searched (each with its `account`), in the same order. */
  contacts: ContactConnection;
};


/** What a search found in your campaigns: accounts and people, by name. */
export type SearchResultsAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a search found in your campaigns: accounts and people, by name. */
export type SearchResultsContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of customer an account is, which sets its migration lead time. */
export type Segment =
  | 'colocation'
  | 'enterprise_vpn'
  | 'hosting'
  | 'isp_wholesale'
  | 'smb_web';

/** The sent proposal and its acceptance link, given this once. */
export type SendProposalPayload = {
  __typename?: 'SendProposalPayload';
  /** The path of the customer’s acceptance page, `/accept/<token>`, to append to the web app’s origin. The token is single-use and shown only here: Lifeboat keeps only its digest. */
  acceptancePath: Scalars['String']['output'];
  /** The proposal, now sent, with its validity. */
  proposal: Proposal;
};

/** A kind of service a provider sells. */
export type ServiceKind =
  | 'colocation'
  | 'hosting'
  | 'ip_transit'
  | 'voice'
  | 'vpn'
  | 'web_hosting';

/** A campaign’s weekly migration capacity, set by one of its managers. */
export type SetMigrationCapacityInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The campaign’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Workload units the migration team can cut over in one week (1 to 100,000). */
  weeklyCapacity: Scalars['Int']['input'];
};

/** The campaign’s new capacity and the plan it gives. */
export type SetMigrationCapacityPayload = {
  __typename?: 'SetMigrationCapacityPayload';
  /** The migration plan with the new capacity (its `campaign` has the new version). */
  migrationPlan: MigrationPlan;
};

/** One way a rival’s shutdown may go (e.g. liquidation ordered → dark in 12 days; delay granted → dark on 1 July). Credible: a probability of at least 20 %. The earliest credible scenario governs: the rival’s shutdownExpectedAt is its date, and deadlines, urgency and the migration plan follow it. */
export type ShutdownScenario = Node & {
  __typename?: 'ShutdownScenario';
  /** Credible: a probability of at least 20 %. The earliest credible scenario governs: the rival’s shutdownExpectedAt is its date, and deadlines, urgency and the migration plan follow it. */
  credible: Scalars['Boolean']['output'];
  /** When the rival’s network goes dark in this scenario. */
  goesDarkAt: Scalars['DateTime']['output'];
  /** Whether it is the earliest credible scenario, the one whose date the rival’s shutdownExpectedAt follows. */
  governing: Scalars['Boolean']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** What happens in it, e.g. “Liquidation ordered”. */
  label: Scalars['String']['output'];
  /** How likely it is, in whole percent (0 to 100). A rival’s scenarios are alternatives: theirs add up to at most 100. */
  probabilityPercent: Scalars['Int']['output'];
  /** The rival it is a scenario of. */
  rival: Rival;
  /** A note on its source, e.g. “the administrator at the hearing”. */
  sourceNote: Maybe<Scalars['String']['output']>;
  /** Where it comes from: an http(s) URL (court ruling, press). */
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** What goes dark in one shutdown scenario, for one campaign against the rival. */
export type ShutdownScenarioImpact = {
  __typename?: 'ShutdownScenarioImpact';
  /** Customers of the campaign that cannot be cut over by its date even if all goes to plan: won ones the migration plan cuts over later, and open deals or accounts with no deal yet whose segment can no longer fit the one-week cycle and its migration lead time before it. Lost and migrated customers never count. */
  accountsGoingDark: Scalars['Int']['output'];
  /** Of those, won customers whose planned cutover falls after the date. */
  migrationsTooLate: Scalars['Int']['output'];
  /** Their monthly spend with the rival. */
  monthlySpendGoingDark: Money;
  /** Deals of the campaign still open (neither won nor lost), whether or not they can still make it. */
  openDeals: Scalars['Int']['output'];
  /** Of those, open deals and accounts with no deal yet (their segment can no longer fit the one-week cycle and its migration before the date). */
  outOfTime: Scalars['Int']['output'];
  /** For a scenario later than the governing one: what the delay would save. Null otherwise. */
  savedByDelay: Maybe<SavedByDelay>;
  /** The scenario. */
  scenario: ShutdownScenario;
};

/** The scenario after the change and the rival as it now stands (its shutdownExpectedAt follows the governing scenario). */
export type ShutdownScenarioPayload = {
  __typename?: 'ShutdownScenarioPayload';
  /** The rival, with its scenarios and shutdown date after the change. */
  rival: Rival;
  /** The scenario as saved; null after a removal. */
  shutdownScenario: Maybe<ShutdownScenario>;
};

/** Where a deal stands: identified → contacted → proposal_sent → negotiating → won | lost. */
export type Stage =
  | 'contacted'
  | 'identified'
  | 'lost'
  | 'negotiating'
  | 'proposal_sent'
  | 'won';

/** Business days a deal may spend in each open stage before it is overdue. */
export type StageDueBusinessDays = {
  __typename?: 'StageDueBusinessDays';
  /** contacted → proposal_sent. */
  contacted: Scalars['Int']['output'];
  /** identified → contacted. */
  identified: Scalars['Int']['output'];
  /** negotiating → signed. */
  negotiating: Scalars['Int']['output'];
  /** proposal_sent → signed. */
  proposal_sent: Scalars['Int']['output'];
};

/** Business days a deal may spend in each open stage before it is overdue (1 to 60 each); left out: unchanged. */
export type StageDueBusinessDaysInput = {
  /** contacted → proposal_sent. */
  contacted?: InputMaybe<Scalars['Int']['input']>;
  /** identified → contacted. */
  identified?: InputMaybe<Scalars['Int']['input']>;
  /** negotiating → signed. */
  negotiating?: InputMaybe<Scalars['Int']['input']>;
  /** proposal_sent → signed. */
  proposal_sent?: InputMaybe<Scalars['Int']['input']>;
};

/** The hand-out, queued. */
export type StartBulkAssignmentPayload = {
  __typename?: 'StartBulkAssignmentPayload';
  /** The hand-out and its progress (poll bulkAssignment(id)). */
  bulkAssignment: BulkAssignment;
};

/** A status page incident as the page described it when last polled: enough to make an outage record from it. */
export type StatuspageIncident = {
  __typename?: 'StatuspageIncident';
  /** The names of the components (services) it touched. */
  components: Array<Scalars['String']['output']>;
  /** none, minor, major or critical. */
  impact: Maybe<Scalars['String']['output']>;
  /** The incident’s id on the status page (the suggestion’s dedup key). */
  incidentId: Scalars['String']['output'];
  /** The incident’s title on the status page. */
  name: Scalars['String']['output'];
  /** When it was resolved; null while it lasts. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The incident’s page. */
  shortlink: Maybe<Scalars['String']['output']>;
  /** When it started (started_at, else created_at). */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** investigating, identified, monitoring, resolved or postmortem. */
  status: Maybe<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Progress of a hand-out (startBulkAssignment), after each committed batch, until it completes. */
  bulkAssignmentProgress: BulkAssignmentProgress;
  /** A tick each time something changes in the campaign (deals, imports, the rival’s distress events): refetch the dashboard. */
  dashboardRefresh: DashboardRefresh;
  /** Progress of an import, after each committed chunk, until it completes or fails. */
  importProgress: ImportProgress;
  /** Each new notification of the signed-in user, as it is created (over graphql-ws, authenticated with connectionParams.authorization). */
  notificationAdded: Notification;
  /** Deals of a campaign as they move or change: every change of a deal (stage, terms, owner), whoever makes it (over graphql-ws, authenticated with connectionParams.authorization). */
  opportunityChanged: OpportunityChange;
};


export type SubscriptionBulkAssignmentProgressArgs = {
  bulkAssignmentId: Scalars['ID']['input'];
};


export type SubscriptionDashboardRefreshArgs = {
  campaignId: Scalars['ID']['input'];
};


export type SubscriptionImportProgressArgs = {
  importId: Scalars['ID']['input'];
};


export type SubscriptionOpportunityChangedArgs = {
  campaignId: Scalars['ID']['input'];
};

/** What a feed suggests happened to a rival: a manager confirms it (it becomes a distress event) or dismisses it. */
export type SuggestedDistressEvent = {
  __typename?: 'SuggestedDistressEvent';
  /** When Lifeboat first saw it. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was confirmed or dismissed. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed or dismissed it (a person, or the feed’s rule). */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** The kind of the feed it came from. */
  feedKind: Maybe<RivalFeedKind>;
  /** The feed it came from (null once the feed was removed). */
  feedName: Maybe<Scalars['String']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** For a status page incident, its structured data (start, end, impact, components). */
  incident: Maybe<StatuspageIncident>;
  /** The kind suggested (from the incident’s impact, or the item’s words). */
  kind: DistressKind;
  /** When it was published (or the incident started). */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The severity suggested, 1 (minor) to 5 (fatal). */
  severity: Scalars['Int']['output'];
  /** Where it was reported: the item’s link, the incident’s page. */
  sourceUrl: Maybe<Scalars['String']['output']>;
  /** Pending, confirmed or dismissed. */
  status: SuggestedEventStatus;
  /** The item’s text (tags removed) or the incident’s latest update. */
  summary: Maybe<Scalars['String']['output']>;
  /** The item’s or incident’s title. */
  title: Scalars['String']['output'];
};

/** A suggestion, by id. */
export type SuggestedEventIdInput = {
  /** The suggestion. */
  id: Scalars['ID']['input'];
};

/** The suggestion as it now stands. */
export type SuggestedEventPayload = {
  __typename?: 'SuggestedEventPayload';
  /** The suggestion as it now stands. */
  suggestion: SuggestedDistressEvent;
};

/** Where a suggested distress event stands. */
export type SuggestedEventStatus =
  /** Recorded as a distress event (by a manager, or by its feed’s rule). */
  | 'confirmed'
  /** Dismissed by a manager: it does not count. */
  | 'dismissed'
  /** Waiting for a manager to confirm or dismiss it. */
  | 'pending';

/** The credit for what the customer prepaid to the rival past the planned cutover: remaining days / 30 × its monthly spend with the rival × the campaign’s credit rate, capped at the campaign’s cap in months of the proposal’s monthly total. */
export type SwitchCredit = {
  __typename?: 'SwitchCredit';
  /** The credit. */
  amount: Money;
  /** Whether the cap reduced the credit. */
  capped: Scalars['Boolean']['output'];
  /** Whole calendar days of prepaid rival service past the planned cutover. */
  prepaidDaysRemaining: Scalars['Int']['output'];
  /** The same in months of 30 days, two decimals (for display). */
  prepaidMonthsRemaining: Scalars['Float']['output'];
};

/** The switch credit for months the customer prepaid to the rival. */
export type SwitchCreditInput = {
  /** Cap, in months of the proposal’s monthly value (0 to 24). */
  capMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Percent of the rival spend credited per prepaid month (0 to 100). */
  ratePercent?: InputMaybe<Scalars['Float']['input']>;
};

/** The credit for months the customer prepaid to the rival. */
export type SwitchCreditSettings = {
  __typename?: 'SwitchCreditSettings';
  /** Cap, in months of the proposal’s monthly value. */
  capMonths: Scalars['Int']['output'];
  /** Percent of the rival spend credited per prepaid month. */
  ratePercent: Scalars['Float']['output'];
};

/** A user in a campaign’s dedicated team. */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** When they joined the team. */
  addedAt: Scalars['DateTime']['output'];
  /** manager or rep. */
  teamRole: TeamRole;
  /** The user. */
  user: Maybe<User>;
};

/** A member’s place in a campaign team: manager (leads it) or rep. */
export type TeamRole =
  | 'manager'
  | 'rep';

/** Changes to an account: only the fields given change. */
export type UpdateAccountInput = {
  /** Other providers courting it. */
  competingBidders?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Contacts to add (no id) or edit (with id). */
  contacts?: InputMaybe<Array<ContactChangeInput>>;
  /** When its contract with the rival ends. */
  contractEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** ISO 3166-1 alpha-2 country codes (e.g. FR, DE). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The key an import deduplicates on (unique in the campaign). */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** Whether it has another provider to fall back on (default false). */
  hasBackupProvider?: InputMaybe<Scalars['Boolean']['input']>;
  /** The account. */
  id: Scalars['ID']['input'];
  /** The lawful basis relied on for the contacts this update adds (default legitimate_interests). */
  lawfulBasis?: InputMaybe<LawfulBasis>;
  /** What it spends a month with the rival, in minor units. */
  monthlySpend?: InputMaybe<Scalars['SafeInt']['input']>;
  /** The customer’s name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Until when it prepaid the rival. */
  prepaidUntil?: InputMaybe<Scalars['DateTime']['input']>;
  /** Contacts to remove. */
  removeContactIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether the rival is its principal operator (default false). */
  rivalIsPrincipalOperator?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it buys from the rival (replaces the whole list on update). */
  rivalServices?: InputMaybe<Array<RivalServiceInput>>;
  /** What kind of customer. */
  segment?: InputMaybe<Segment>;
};

/** The account after the change. */
export type UpdateAccountPayload = {
  __typename?: 'UpdateAccountPayload';
  /** The account as it now stands. */
  account: Account;
};

/** Changes a campaign’s rules. Give only what changes: every field left out (or null) keeps its value. A bad value is refused with BAD_USER_INPUT naming the field, and nothing is written. */
export type UpdateCampaignSettingsInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Discount limits. */
  discountLimits?: InputMaybe<DiscountLimitsInput>;
  /** The campaign’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Migration lead time per segment, in calendar days. */
  migrationLeadDays?: InputMaybe<MigrationLeadDaysInput>;
  /** Outage weights in the rival’s availability, per impact. */
  outageImpactWeights?: InputMaybe<OutageImpactWeightsInput>;
  /** Calendar days a sent proposal stays valid (1 to 90). */
  proposalValidityDays?: InputMaybe<Scalars['Int']['input']>;
  /** Stage due times, in business days. */
  stageDueBusinessDays?: InputMaybe<StageDueBusinessDaysInput>;
  /** Switch credit. */
  switchCredit?: InputMaybe<SwitchCreditInput>;
  /** IANA time zone of its business days and local times, e.g. Europe/Paris. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Urgency weights. */
  urgencyWeights?: InputMaybe<UrgencyWeightsInput>;
  /** Workload units the migration team cuts over in a week (1 to 100,000). */
  weeklyMigrationCapacity?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a collective: only the fields given change; null clears forumUrl, announcedCancellationAt, spokespersonId or notes. */
export type UpdateCollectiveInput = {
  /** The date it announced for collective cancellations (between 1990 and 2100, as every date); null clears it. */
  announcedCancellationAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The member count it claims (0 to 1,000,000). */
  claimedMembers?: InputMaybe<Scalars['Int']['input']>;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Its forum: an http(s) URL; null clears it. */
  forumUrl?: InputMaybe<Scalars['String']['input']>;
  /** The collective. */
  id: Scalars['ID']['input'];
  /** Its name (1 to 200 characters), unique in the campaign. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes (up to 5,000 characters); null clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Its spokesperson, a contact of an account of the campaign; null clears it. */
  spokespersonId?: InputMaybe<Scalars['ID']['input']>;
};

/** A change to a migration, by a manager of its campaign. */
export type UpdateMigrationInput = {
  /** The migration’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The migration to change. */
  migrationId: Scalars['ID']['input'];
  /** The new status. */
  status?: InputMaybe<MigrationStatus>;
  /** The new target cutover (the latest acceptable one for the plan). Between 1990 and 2100, and not more than a year in the past. */
  targetCutoverAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The new workload, in workload units (0 to 100,000). */
  workload?: InputMaybe<Scalars['Int']['input']>;
};

/** The migration as it now stands. */
export type UpdateMigrationPayload = {
  __typename?: 'UpdateMigrationPayload';
  /** The migration after the change. */
  migration: Migration;
};

/** Changes to a deal’s terms: only the fields given change. */
export type UpdateOpportunityInput = {
  /** When you expect to close it. Between 1990 and 2100, and not more than a year in the past. */
  expectedCloseAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Monthly value, in minor units (0 or more). */
  monthlyValue?: InputMaybe<Scalars['SafeInt']['input']>;
  /** A free note (up to 5,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** One-time fees, in minor units (0 or more). */
  oneTimeValue?: InputMaybe<Scalars['SafeInt']['input']>;
  /** The deal. */
  opportunityId: Scalars['ID']['input'];
  /** Win probability in percent (0 to 100); null to go back to the stage’s default. */
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** Term in months (1 to 120). */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** The deal after the change. */
export type UpdateOpportunityPayload = {
  __typename?: 'UpdateOpportunityPayload';
  /** The deal as it now stands. */
  opportunity: Opportunity;
};

/** Changes an outage: give only what changes (a field left out keeps its value). */
export type UpdateOutageInput = {
  /** When it ended. Left out: unchanged; null: it goes on (reopened). */
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The outage’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** How bad. */
  impact?: InputMaybe<OutageImpact>;
  /** The outage. */
  outageId: Scalars['ID']['input'];
  /** The services it touched (at least one, each once). */
  services?: InputMaybe<Array<ServiceKind>>;
  /** Where it was reported: an http(s) URL. Left out: unchanged; null: removed. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** When it started. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What happened (1 to 2,000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** The outage as it now stands. */
export type UpdateOutagePayload = {
  __typename?: 'UpdateOutagePayload';
  /** The outage after the change. */
  outage: Outage;
};

/** A change to a draft proposal; totals and the switch credit are recomputed. */
export type UpdateProposalInput = {
  /** Attach the account’s outage evidence: the rival’s outages that touched what it buys and the availability they leave against the claimed SLA, shown to the customer with the offer and on its printed copy (default false). */
  attachOutageEvidence?: InputMaybe<Scalars['Boolean']['input']>;
  /** Discount on the monthly charges, in percent with at most two decimals. */
  discountPercent?: InputMaybe<Scalars['Float']['input']>;
  /** The proposal’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The lines, replacing the current ones (1 to 50). */
  lines?: InputMaybe<Array<ProposalLineInput>>;
  /** The planned cutover the switch credit is reckoned from. Between 1990 and 2100, and not more than a year in the past. */
  plannedCutoverAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The proposal (it must be a draft). */
  proposalId: Scalars['ID']['input'];
  /** Contract term in months, 1 to 120. */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** What changes on a feed; the fields given change. Pausing keeps its suggestions; resuming or a new URL polls it at once. */
export type UpdateRivalFeedInput = {
  /** false pauses the feed, true resumes it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether new suggestions are recorded at once. */
  autoRecord?: InputMaybe<Scalars['Boolean']['input']>;
  /** With autoRecord, the least severity recorded at once (1 to 5). */
  autoRecordMinSeverity?: InputMaybe<Scalars['Int']['input']>;
  /** Record every severity (clears autoRecordMinSeverity). */
  clearAutoRecordMinSeverity?: InputMaybe<Scalars['Boolean']['input']>;
  /** The feed’s version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The feed. */
  id: Scalars['ID']['input'];
  /** Its new name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Seconds between two polls (60 to 86400). */
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Its new URL (http or https, a public address); it is polled afresh. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a rival: only the fields given change; `clearShutdown` or `clearClaimedAvailability` empty those. */
export type UpdateRivalInput = {
  /** The availability its SLA claims, in percent. */
  claimedAvailabilityPercent?: InputMaybe<Scalars['Float']['input']>;
  /** True: the claimed availability is no longer known (empties it). */
  clearClaimedAvailability?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: the shutdown date is no longer known (empties it). */
  clearShutdown?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 3166-1 alpha-2 code of its home market. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** How far gone it is. */
  health?: InputMaybe<RivalHealth>;
  /** The rival. */
  id: Scalars['ID']['input'];
  /** Its name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** What it sells (replaces the list). */
  services?: InputMaybe<Array<ServiceKind>>;
  /** When its network may go dark: in the future. Refused (BAD_USER_INPUT) while a shutdown scenario governs the date (Rival.shutdownScenarios): change the scenarios instead; so is clearShutdown. */
  shutdownExpectedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to a shutdown scenario: only the fields given change; null clears sourceUrl or sourceNote. */
export type UpdateShutdownScenarioInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** When the network goes dark in it: a new date must be in the future. */
  goesDarkAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The scenario. */
  id: Scalars['ID']['input'];
  /** What happens in it (1 to 200 characters). */
  label?: InputMaybe<Scalars['String']['input']>;
  /** How likely, in whole percent from 0 to 100. */
  probabilityPercent?: InputMaybe<Scalars['Int']['input']>;
  /** A note on its source; null clears it. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /** Where it comes from: an http(s) URL; null clears it. */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** False deactivates them: they are signed out everywhere and cannot sign in. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Their language. */
  locale?: InputMaybe<Locale>;
  /** Their full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Their role. */
  role?: InputMaybe<Role>;
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** Changes to a webhook; omitted fields stay. */
export type UpdateWebhookInput = {
  /** Pause (false) or resume (true) deliveries. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new list of events. */
  events?: InputMaybe<Array<WebhookEvent>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The webhook. */
  id: Scalars['ID']['input'];
  /** A new URL (same rules as at creation). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What no_recent_contact counts from: the last contact, the day the account was added, or nothing (never contacted, no date). */
export type UrgencyContactSince =
  | 'added'
  | 'last_contact'
  | 'never';

/** One reason an account is urgent, and the points it adds: a code with its parameters, for the reader to word. */
export type UrgencyFactor = {
  __typename?: 'UrgencyFactor';
  /** Which factor. */
  key: UrgencyFactorKey;
  /** What its words need besides the account and its rival (days left, spend, countries, days without contact). */
  params: UrgencyFactorParams;
  /** Points it adds to the score. */
  points: Scalars['Int']['output'];
  /**
   * Why, in English words as of when the urgency was computed, e.g. “KPNQwest’s network may go dark in 5 days”.
   * @deprecated English only, and frozen at the computation: word `key` and `params` (with the account’s and rival’s names) in the reader’s language instead. Kept for integrations written before `params`.
   */
  reason: Scalars['String']['output'];
};

/** What makes an account urgent (see DESIGN.md §4, urgency). */
export type UrgencyFactorKey =
  | 'collective_cancellation'
  | 'monthly_spend'
  | 'multi_country'
  | 'no_backup_provider'
  | 'no_recent_contact'
  | 'rival_insolvent_no_date'
  | 'rival_liquidating_no_date'
  | 'rival_outages'
  | 'rival_principal_operator'
  | 'rival_shut_down'
  | 'shutdown_within_7_days'
  | 'shutdown_within_14_days'
  | 'shutdown_within_30_days'
  | 'shutdown_within_90_days';

/** What a factor’s words need besides its account and rival: each key fills its own, the others are null. */
export type UrgencyFactorParams = {
  __typename?: 'UrgencyFactorParams';
  /** no_recent_contact: business days without contact (null when never contacted and no date is known). */
  businessDays: Maybe<Scalars['Int']['output']>;
  /** multi_country: the distinct ISO country codes, sorted. */
  countries: Maybe<Array<Scalars['String']['output']>>;
  /** rival_outages: the days looked back (30). */
  days: Maybe<Scalars['Int']['output']>;
  /** shutdown_within_*: whole days until the expected shutdown, rounded up (0: now); collective_cancellation: whole days until the collective’s announced cancellations (0: today or passed); as of when the urgency was computed. */
  daysLeft: Maybe<Scalars['Int']['output']>;
  /** monthly_spend: what the account spends a month with the rival. */
  monthlySpend: Maybe<Money>;
  /** rival_outages: how many of the rival’s outages touched a service the account buys within the last `days` days. */
  outages: Maybe<Scalars['Int']['output']>;
  /** no_recent_contact: what the days without contact count from. */
  since: Maybe<UrgencyContactSince>;
};

/** Points each urgency factor adds (0–100). */
export type UrgencyWeights = {
  __typename?: 'UrgencyWeights';
  /** The account’s customer collective announced its members’ cancellations within 14 days (or the date passed). */
  collectiveCancellation: Scalars['Int']['output'];
  /** Rival insolvent, no shutdown date known. */
  insolventNoDate: Scalars['Int']['output'];
  /** Rival liquidating, no shutdown date known. */
  liquidatingNoDate: Scalars['Int']['output'];
  /** Most points the monthly spend can add (log scale). */
  monthlySpendMax: Scalars['Int']['output'];
  /** Three or more countries. */
  multiCountry: Scalars['Int']['output'];
  /** The account has no backup provider. */
  noBackupProvider: Scalars['Int']['output'];
  /** No contact for 3 business days in an early stage. */
  noRecentContact: Scalars['Int']['output'];
  /** Two or more of the rival’s outages touched the account’s services in the last 30 days. */
  rivalOutages: Scalars['Int']['output'];
  /** The rival is the account’s principal operator. */
  rivalPrincipalOperator: Scalars['Int']['output'];
  /** Rival already shut down, account not migrated. */
  shutDownNotMigrated: Scalars['Int']['output'];
  /** Shutdown within 7 days. */
  shutdownWithin7Days: Scalars['Int']['output'];
  /** Shutdown within 14 days. */
  shutdownWithin14Days: Scalars['Int']['output'];
  /** Shutdown within 30 days. */
  shutdownWithin30Days: Scalars['Int']['output'];
  /** Shutdown within 90 days. */
  shutdownWithin90Days: Scalars['Int']['output'];
};

/** Points each urgency factor adds (whole numbers, 0 to 100; the score is capped at 100). */
export type UrgencyWeightsInput = {
  /** The account’s customer collective announced its members’ cancellations within 14 days (or the date passed). */
  collectiveCancellation?: InputMaybe<Scalars['Int']['input']>;
  /** Rival insolvent, no shutdown date known. */
  insolventNoDate?: InputMaybe<Scalars['Int']['input']>;
  /** Rival liquidating, no shutdown date known. */
  liquidatingNoDate?: InputMaybe<Scalars['Int']['input']>;
  /** Most points the monthly spend can add (log scale). */
  monthlySpendMax?: InputMaybe<Scalars['Int']['input']>;
  /** Three or more countries. */
  multiCountry?: InputMaybe<Scalars['Int']['input']>;
  /** The account has no backup provider. */
  noBackupProvider?: InputMaybe<Scalars['Int']['input']>;
  /** No contact for 3 business days in an early stage. */
  noRecentContact?: InputMaybe<Scalars['Int']['input']>;
  /** Two or more of the rival’s outages touched the account’s services in the last 30 days. */
  rivalOutages?: InputMaybe<Scalars['Int']['input']>;
  /** The rival is the account’s principal operator. */
  rivalPrincipalOperator?: InputMaybe<Scalars['Int']['input']>;
  /** Rival already shut down, account not migrated. */
  shutDownNotMigrated?: InputMaybe<Scalars['Int']['input']>;
  /** Shutdown within 7 days. */
  shutdownWithin7Days?: InputMaybe<Scalars['Int']['input']>;
  /** Shutdown within 14 days. */
  shutdownWithin14Days?: InputMaybe<Scalars['Int']['input']>;
  /** Shutdown within 30 days. */
  shutdownWithin30Days?: InputMaybe<Scalars['Int']['input']>;
  /** Shutdown within 90 days. */
  shutdownWithin90Days?: InputMaybe<Scalars['Int']['input']>;
};

/** A person who signs in to Lifeboat: an admin, a manager or a rep. */
export type User = Node & {
  __typename?: 'User';
  /** False once deactivated: they can no longer sign in. */
  active: Scalars['Boolean']['output'];
  /** Sign-in email address. */
  email: Scalars['String']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** When they last signed in. */
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** Their language. */
  locale: Locale;
  /** Full name, as colleagues see it. */
  name: Scalars['String']['output'];
  /** What they may do. */
  role: Role;
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A page of User items in a stable order. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page. */
  edges: Array<UserEdge>;
  /** Whether more items follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds (with the same filters). */
  totalCount: Scalars['Int']['output'];
};

/** A User in a list, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this item; pass it as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** The user after the change. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user. */
  user: User;
};

/** An HTTP endpoint Lifeboat POSTs events to, signed with its secret. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Whether deliveries are made. */
  active: Scalars['Boolean']['output'];
  /** The campaign whose events it receives; null: every campaign. */
  campaignId: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for. */
  description: Maybe<Scalars['String']['output']>;
  /** The events it receives. */
  events: Array<WebhookEvent>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Where events are POSTed (http or https). */
  url: Scalars['String']['output'];
  /** Changes with every update; send it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** One event sent (or to be sent) to one webhook, with its attempts. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the delivery was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When a 2xx answer was received. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event type, e.g. opportunity.won. */
  event: Scalars['String']['output'];
  /** The id of the event (the same for every webhook it goes to). */
  eventId: Scalars['ID']['output'];
  /** Opaque, globally unique id; also the `Lifeboat-Delivery` header. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed (timeout, refused connection…). */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer, if any. */
  lastResponseCode: Maybe<Scalars['Int']['output']>;
  /** The first 500 characters of the last answer’s body. */
  lastResponseExcerpt: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due, while it is retried. */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery is. */
  status: WebhookDeliveryStatus;
};

/** pending: not tried yet; succeeded: a 2xx answer; failed: will be retried; dead: gave up after 8 attempts (replay it by hand). */
export type WebhookDeliveryStatus =
  | 'dead'
  | 'failed'
  | 'pending'
  | 'succeeded';

/** An event a webhook may receive; the delivery’s `Lifeboat-Event` header names it with a dot (opportunity.won). */
export type WebhookEvent =
  | 'distress_event_recorded'
  | 'import_finished'
  | 'opportunity_lost'
  | 'opportunity_moved'
  | 'opportunity_won'
  | 'proposal_accepted'
  | 'proposal_sent';

/** Which webhook or delivery. */
export type WebhookIdInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
};

/** The changed webhook. */
export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** The webhook. */
  webhook: Webhook;
};

export type AccountsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Segment>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<Stage>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  minUrgency?: InputMaybe<Scalars['Int']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<AccountOrder>;
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AccountEdge', cursor: string, node: { __typename?: 'Account', id: string, version: number, name: string, segment: Segment, countries: Array<string>, urgency: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, owner: { __typename?: 'User', id: string, name: string } | null, currentOpportunity: { __typename?: 'Opportunity', id: string, stage: Stage, overdue: boolean, dueAt: string | null } | null } }> } };

export type AccountDetailFragment = { __typename?: 'Account', id: string, version: number, name: string, segment: Segment, countries: Array<string>, contractEndsAt: string | null, prepaidUntil: string | null, hasBackupProvider: boolean, rivalIsPrincipalOperator: boolean, competingBidders: Array<string>, externalRef: string | null, lastContactAt: string | null, createdAt: string, urgency: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null, urgencyFactors: Array<{ __typename?: 'UrgencyFactor', key: UrgencyFactorKey, points: number, params: { __typename?: 'UrgencyFactorParams', daysLeft: number | null } }>, owner: { __typename?: 'User', id: string, name: string } | null, campaign: { __typename?: 'Campaign', id: string, name: string }, rival: { __typename?: 'Rival', id: string, name: string, shutdownExpectedAt: string | null }, rivalServices: Array<{ __typename?: 'RivalService', kind: ServiceKind, quantity: number, monthlyCost: { __typename?: 'Money', amount: number, currency: string } }>, contacts: Array<{ __typename?: 'Contact', id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null, decisionMaker: boolean, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null }>, activities: Array<{ __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null }>, currentOpportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, stageEnteredAt: string, dueAt: string | null, overdue: boolean, probability: number, termMonths: number, lostReason: LostReason | null, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, migration: { __typename?: 'Migration', id: string, status: MigrationStatus, targetCutoverAt: string, workload: number } | null, proposals: Array<{ __typename?: 'Proposal', id: string, reference: string, status: ProposalStatus, createdAt: string, sentAt: string | null, validUntil: string | null, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string } } }> } | null };

export type AccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string, version: number, name: string, segment: Segment, countries: Array<string>, contractEndsAt: string | null, prepaidUntil: string | null, hasBackupProvider: boolean, rivalIsPrincipalOperator: boolean, competingBidders: Array<string>, externalRef: string | null, lastContactAt: string | null, createdAt: string, urgency: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null, urgencyFactors: Array<{ __typename?: 'UrgencyFactor', key: UrgencyFactorKey, points: number, params: { __typename?: 'UrgencyFactorParams', daysLeft: number | null } }>, owner: { __typename?: 'User', id: string, name: string } | null, campaign: { __typename?: 'Campaign', id: string, name: string }, rival: { __typename?: 'Rival', id: string, name: string, shutdownExpectedAt: string | null }, rivalServices: Array<{ __typename?: 'RivalService', kind: ServiceKind, quantity: number, monthlyCost: { __typename?: 'Money', amount: number, currency: string } }>, contacts: Array<{ __typename?: 'Contact', id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null, decisionMaker: boolean, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null }>, activities: Array<{ __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null }>, currentOpportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, stageEnteredAt: string, dueAt: string | null, overdue: boolean, probability: number, termMonths: number, lostReason: LostReason | null, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, migration: { __typename?: 'Migration', id: string, status: MigrationStatus, targetCutoverAt: string, workload: number } | null, proposals: Array<{ __typename?: 'Proposal', id: string, reference: string, status: ProposalStatus, createdAt: string, sentAt: string | null, validUntil: string | null, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string } } }> } | null }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal' }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type ClaimAccountMutationVariables = Exact<{
  input: ClaimAccountInput;
}>;


export type ClaimAccountMutation = { __typename?: 'Mutation', claimAccount: { __typename?: 'ClaimAccountPayload', account: { __typename?: 'Account', id: string, version: number, owner: { __typename?: 'User', id: string, name: string } | null } } };

export type EraseContactMutationVariables = Exact<{
  input: EraseContactInput;
}>;


export type EraseContactMutation = { __typename?: 'Mutation', eraseContact: { __typename?: 'EraseContactPayload', account: { __typename?: 'Account', id: string, version: number, name: string, segment: Segment, countries: Array<string>, contractEndsAt: string | null, prepaidUntil: string | null, hasBackupProvider: boolean, rivalIsPrincipalOperator: boolean, competingBidders: Array<string>, externalRef: string | null, lastContactAt: string | null, createdAt: string, urgency: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null, urgencyFactors: Array<{ __typename?: 'UrgencyFactor', key: UrgencyFactorKey, points: number, params: { __typename?: 'UrgencyFactorParams', daysLeft: number | null } }>, owner: { __typename?: 'User', id: string, name: string } | null, campaign: { __typename?: 'Campaign', id: string, name: string }, rival: { __typename?: 'Rival', id: string, name: string, shutdownExpectedAt: string | null }, rivalServices: Array<{ __typename?: 'RivalService', kind: ServiceKind, quantity: number, monthlyCost: { __typename?: 'Money', amount: number, currency: string } }>, contacts: Array<{ __typename?: 'Contact', id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null, decisionMaker: boolean, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null }>, activities: Array<{ __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null }>, currentOpportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, stageEnteredAt: string, dueAt: string | null, overdue: boolean, probability: number, termMonths: number, lostReason: LostReason | null, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, migration: { __typename?: 'Migration', id: string, status: MigrationStatus, targetCutoverAt: string, workload: number } | null, proposals: Array<{ __typename?: 'Proposal', id: string, reference: string, status: ProposalStatus, createdAt: string, sentAt: string | null, validUntil: string | null, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string } } }> } | null }, erasure: { __typename?: 'ContactErasure', contactId: string, activities: number, auditEntries: number, events: number, webhookDeliveries: number, notifications: number, signedProposalsKept: number } } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'UpdateAccountPayload', account: { __typename?: 'Account', id: string, version: number, name: string, segment: Segment, countries: Array<string>, contractEndsAt: string | null, prepaidUntil: string | null, hasBackupProvider: boolean, rivalIsPrincipalOperator: boolean, competingBidders: Array<string>, externalRef: string | null, lastContactAt: string | null, createdAt: string, urgency: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null, urgencyFactors: Array<{ __typename?: 'UrgencyFactor', key: UrgencyFactorKey, points: number, params: { __typename?: 'UrgencyFactorParams', daysLeft: number | null } }>, owner: { __typename?: 'User', id: string, name: string } | null, campaign: { __typename?: 'Campaign', id: string, name: string }, rival: { __typename?: 'Rival', id: string, name: string, shutdownExpectedAt: string | null }, rivalServices: Array<{ __typename?: 'RivalService', kind: ServiceKind, quantity: number, monthlyCost: { __typename?: 'Money', amount: number, currency: string } }>, contacts: Array<{ __typename?: 'Contact', id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null, decisionMaker: boolean, source: { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis } | null }>, activities: Array<{ __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null }>, currentOpportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, stageEnteredAt: string, dueAt: string | null, overdue: boolean, probability: number, termMonths: number, lostReason: LostReason | null, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, migration: { __typename?: 'Migration', id: string, status: MigrationStatus, targetCutoverAt: string, workload: number } | null, proposals: Array<{ __typename?: 'Proposal', id: string, reference: string, status: ProposalStatus, createdAt: string, sentAt: string | null, validUntil: string | null, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string } } }> } | null } } };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { __typename?: 'Mutation', logActivity: { __typename?: 'LogActivityPayload', activity: { __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null }, account: { __typename?: 'Account', id: string, version: number, urgency: number, lastContactAt: string | null }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, stageEnteredAt: string, dueAt: string | null, overdue: boolean, probability: number } | null, stageChange: { __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null } | null } };

export type QuickLogDealQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuickLogDealQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account' }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity', id: string, version: number, stage: Stage, proposals: Array<{ __typename?: 'Proposal', id: string, status: ProposalStatus }> }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal' }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type AssignAccountMutationVariables = Exact<{
  input: AssignAccountInput;
}>;


export type AssignAccountMutation = { __typename?: 'Mutation', assignAccount: { __typename?: 'AssignAccountPayload', account: { __typename?: 'Account', id: string, version: number, owner: { __typename?: 'User', id: string, name: string } | null } } };

export type BulkAssignmentPreviewQueryVariables = Exact<{
  input: BulkAssignmentInput;
}>;


export type BulkAssignmentPreviewQuery = { __typename?: 'Query', bulkAssignmentPreview: { __typename?: 'BulkAssignmentPreview', total: number, strategy: DistributionStrategy, shares: Array<{ __typename?: 'BulkAssignmentShare', repId: string, openAccounts: number, count: number, rep: { __typename?: 'User', id: string, name: string } | null }> } };

export type StartBulkAssignmentMutationVariables = Exact<{
  input: BulkAssignmentInput;
}>;


export type StartBulkAssignmentMutation = { __typename?: 'Mutation', startBulkAssignment: { __typename?: 'StartBulkAssignmentPayload', bulkAssignment: { __typename?: 'BulkAssignment', id: string, status: BulkAssignmentStatus, total: number, done: number } } };

export type BulkAssignmentProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkAssignmentProgressQuery = { __typename?: 'Query', bulkAssignment: { __typename?: 'BulkAssignment', id: string, status: BulkAssignmentStatus, total: number, done: number, assignedCount: number, skippedCount: number } | null };

export type AdminUsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale, active: boolean, lastLoginAt: string | null, version: number } }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'InviteUserPayload', invitationToken: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale, active: boolean, lastLoginAt: string | null, version: number } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, name: string, role: Role, locale: Locale, active: boolean, version: number } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, email: string } } };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, campaignId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, campaignId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, description: string | null, events: Array<WebhookEvent>, campaignId: string | null, active: boolean, createdAt: string, version: number }> };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreateWebhookPayload', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, description: string | null, events: Array<WebhookEvent>, campaignId: string | null, active: boolean, createdAt: string, version: number } } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'WebhookPayload', webhook: { __typename?: 'Webhook', id: string, url: string, description: string | null, events: Array<WebhookEvent>, active: boolean, version: number } } };

export type DeleteWebhookMutationVariables = Exact<{
  input: WebhookIdInput;
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: { __typename?: 'DeleteWebhookPayload', deletedId: string } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: Scalars['ID']['input'];
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: Array<{ __typename?: 'WebhookDelivery', id: string, event: string, eventId: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null, lastResponseCode: number | null, lastResponseExcerpt: string | null, lastError: string | null }> };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  input: WebhookIdInput;
}>;


export type ReplayWebhookDeliveryMutation = { __typename?: 'Mutation', replayWebhookDelivery: { __typename?: 'ReplayWebhookDeliveryPayload', delivery: { __typename?: 'WebhookDelivery', id: string, event: string, eventId: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null, lastResponseCode: number | null, lastResponseExcerpt: string | null, lastError: string | null } } };

export type PendingApprovalsQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PendingApprovalsQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalConnection', totalCount: number, edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, discountPercent: number, requiredApproval: ApprovalLevel, submittedAt: string | null, createdBy: string, termMonths: number, currency: string, rejectionReason: string | null, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, account: { __typename?: 'Account', id: string, name: string, owner: { __typename?: 'User', id: string, name: string } | null, campaign: { __typename?: 'Campaign', id: string, name: string } } } }> } };

export type ApproveProposalMutationVariables = Exact<{
  input: ProposalVersionInput;
}>;


export type ApproveProposalMutation = { __typename?: 'Mutation', approveProposal: { __typename?: 'ProposalPayload', proposal: { __typename?: 'Proposal', id: string, version: number, status: ProposalStatus, approvedAt: string | null, approvedBy: string | null } } };

export type RejectProposalMutationVariables = Exact<{
  input: RejectProposalInput;
}>;


export type RejectProposalMutation = { __typename?: 'Mutation', rejectProposal: { __typename?: 'ProposalPayload', proposal: { __typename?: 'Proposal', id: string, version: number, status: ProposalStatus, rejectionReason: string | null } } };

export type AccountHistorySourcesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountHistorySourcesQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string, opportunities: Array<{ __typename?: 'Opportunity', id: string, proposals: Array<{ __typename?: 'Proposal', id: string, reference: string }>, migration: { __typename?: 'Migration', id: string } | null }> }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal' }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type AuditTrailQueryVariables = Exact<{
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<AuditTrailOrder>;
}>;


export type AuditTrailQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, at: string, actorType: ActorType, actorLabel: string, action: string, entityType: string, entityId: string, changes: Array<{ __typename?: 'FieldChange', field: string, before: any | null, after: any | null }> } }> } };

export type CampaignCycleRulesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CampaignCycleRulesQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, name: string, rival: { __typename?: 'Rival', id: string, name: string, shutdownExpectedAt: string | null }, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, stageDueBusinessDays: { __typename?: 'StageDueBusinessDays', identified: number, contacted: number, proposal_sent: number, negotiating: number }, migrationLeadDays: { __typename?: 'MigrationLeadDays', enterprise_vpn: number, isp_wholesale: number, hosting: number, colocation: number, smb_web: number } } } }> } };

export type CampaignAdminFieldsFragment = { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, currency: string, version: number, rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null }, counts: { __typename?: 'CampaignCountsModel', accounts: number, openOpportunities: number, overdueOpportunities: number, won: number, lost: number, unassignedAccounts: number }, team: Array<{ __typename?: 'TeamMember', teamRole: TeamRole, addedAt: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean } | null }>, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, weeklyMigrationCapacity: number, proposalValidityDays: number, stageDueBusinessDays: { __typename?: 'StageDueBusinessDays', identified: number, contacted: number, proposal_sent: number, negotiating: number }, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, migrationLeadDays: { __typename?: 'MigrationLeadDays', enterprise_vpn: number, isp_wholesale: number, hosting: number, colocation: number, smb_web: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number }, urgencyWeights: { __typename?: 'UrgencyWeights', shutdownWithin7Days: number, shutdownWithin14Days: number, shutdownWithin30Days: number, shutdownWithin90Days: number, shutDownNotMigrated: number, insolventNoDate: number, liquidatingNoDate: number, noBackupProvider: number, rivalPrincipalOperator: number, monthlySpendMax: number, multiCountry: number, noRecentContact: number, rivalOutages: number, collectiveCancellation: number }, outageImpactWeights: { __typename?: 'OutageImpactWeightSettings', major: number, partial: number, degraded: number } } };

export type AdminCampaignSettingsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AdminCampaignSettingsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, currency: string, version: number, rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null }, counts: { __typename?: 'CampaignCountsModel', accounts: number, openOpportunities: number, overdueOpportunities: number, won: number, lost: number, unassignedAccounts: number }, team: Array<{ __typename?: 'TeamMember', teamRole: TeamRole, addedAt: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean } | null }>, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, weeklyMigrationCapacity: number, proposalValidityDays: number, stageDueBusinessDays: { __typename?: 'StageDueBusinessDays', identified: number, contacted: number, proposal_sent: number, negotiating: number }, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, migrationLeadDays: { __typename?: 'MigrationLeadDays', enterprise_vpn: number, isp_wholesale: number, hosting: number, colocation: number, smb_web: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number }, urgencyWeights: { __typename?: 'UrgencyWeights', shutdownWithin7Days: number, shutdownWithin14Days: number, shutdownWithin30Days: number, shutdownWithin90Days: number, shutDownNotMigrated: number, insolventNoDate: number, liquidatingNoDate: number, noBackupProvider: number, rivalPrincipalOperator: number, monthlySpendMax: number, multiCountry: number, noRecentContact: number, rivalOutages: number, collectiveCancellation: number }, outageImpactWeights: { __typename?: 'OutageImpactWeightSettings', major: number, partial: number, degraded: number } } } }> } };

export type UpdateCampaignSettingsMutationVariables = Exact<{
  input: UpdateCampaignSettingsInput;
}>;


export type UpdateCampaignSettingsMutation = { __typename?: 'Mutation', updateCampaignSettings: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, currency: string, version: number, rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null }, counts: { __typename?: 'CampaignCountsModel', accounts: number, openOpportunities: number, overdueOpportunities: number, won: number, lost: number, unassignedAccounts: number }, team: Array<{ __typename?: 'TeamMember', teamRole: TeamRole, addedAt: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean } | null }>, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, weeklyMigrationCapacity: number, proposalValidityDays: number, stageDueBusinessDays: { __typename?: 'StageDueBusinessDays', identified: number, contacted: number, proposal_sent: number, negotiating: number }, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, migrationLeadDays: { __typename?: 'MigrationLeadDays', enterprise_vpn: number, isp_wholesale: number, hosting: number, colocation: number, smb_web: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number }, urgencyWeights: { __typename?: 'UrgencyWeights', shutdownWithin7Days: number, shutdownWithin14Days: number, shutdownWithin30Days: number, shutdownWithin90Days: number, shutDownNotMigrated: number, insolventNoDate: number, liquidatingNoDate: number, noBackupProvider: number, rivalPrincipalOperator: number, monthlySpendMax: number, multiCountry: number, noRecentContact: number, rivalOutages: number, collectiveCancellation: number }, outageImpactWeights: { __typename?: 'OutageImpactWeightSettings', major: number, partial: number, degraded: number } } } } };

export type AddCampaignMemberMutationVariables = Exact<{
  input: AddCampaignMemberInput;
}>;


export type AddCampaignMemberMutation = { __typename?: 'Mutation', addCampaignMember: { __typename?: 'CampaignMemberPayload', campaign: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, currency: string, version: number, rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null }, counts: { __typename?: 'CampaignCountsModel', accounts: number, openOpportunities: number, overdueOpportunities: number, won: number, lost: number, unassignedAccounts: number }, team: Array<{ __typename?: 'TeamMember', teamRole: TeamRole, addedAt: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean } | null }>, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, weeklyMigrationCapacity: number, proposalValidityDays: number, stageDueBusinessDays: { __typename?: 'StageDueBusinessDays', identified: number, contacted: number, proposal_sent: number, negotiating: number }, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, migrationLeadDays: { __typename?: 'MigrationLeadDays', enterprise_vpn: number, isp_wholesale: number, hosting: number, colocation: number, smb_web: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number }, urgencyWeights: { __typename?: 'UrgencyWeights', shutdownWithin7Days: number, shutdownWithin14Days: number, shutdownWithin30Days: number, shutdownWithin90Days: number, shutDownNotMigrated: number, insolventNoDate: number, liquidatingNoDate: number, noBackupProvider: number, rivalPrincipalOperator: number, monthlySpendMax: number, multiCountry: number, noRecentContact: number, rivalOutages: number, collectiveCancellation: number }, outageImpactWeights: { __typename?: 'OutageImpactWeightSettings', major: number, partial: number, degraded: number } } } } };

export type RemoveCampaignMemberMutationVariables = Exact<{
  input: RemoveCampaignMemberInput;
}>;


export type RemoveCampaignMemberMutation = { __typename?: 'Mutation', removeCampaignMember: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, currency: string, version: number, rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null }, counts: { __typename?: 'CampaignCountsModel', accounts: number, openOpportunities: number, overdueOpportunities: number, won: number, lost: number, unassignedAccounts: number }, team: Array<{ __typename?: 'TeamMember', teamRole: TeamRole, addedAt: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean } | null }>, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, weeklyMigrationCapacity: number, proposalValidityDays: number, stageDueBusinessDays: { __typename?: 'StageDueBusinessDays', identified: number, contacted: number, proposal_sent: number, negotiating: number }, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, migrationLeadDays: { __typename?: 'MigrationLeadDays', enterprise_vpn: number, isp_wholesale: number, hosting: number, colocation: number, smb_web: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number }, urgencyWeights: { __typename?: 'UrgencyWeights', shutdownWithin7Days: number, shutdownWithin14Days: number, shutdownWithin30Days: number, shutdownWithin90Days: number, shutDownNotMigrated: number, insolventNoDate: number, liquidatingNoDate: number, noBackupProvider: number, rivalPrincipalOperator: number, monthlySpendMax: number, multiCountry: number, noRecentContact: number, rivalOutages: number, collectiveCancellation: number }, outageImpactWeights: { __typename?: 'OutageImpactWeightSettings', major: number, partial: number, degraded: number } } } } };

export type CampaignsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, name: string, currency: string, status: CampaignStatus, rival: { __typename?: 'Rival', id: string, name: string, health: RivalHealth, shutdownExpectedAt: string | null }, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, proposalValidityDays: number, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } }, team: Array<{ __typename?: 'TeamMember', teamRole: TeamRole, user: { __typename?: 'User', id: string, name: string } | null }> } }> } };

export type CollectiveFieldsFragment = { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } };

export type CollectiveAgreementFieldsFragment = { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number };

export type CollectivesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CollectivesQuery = { __typename?: 'Query', collectives: { __typename?: 'CollectiveConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CollectiveEdge', node: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } } }> } };

export type CollectiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CollectiveQuery = { __typename?: 'Query', collective: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null, campaign: { __typename?: 'Campaign', id: string, name: string }, spokesperson: { __typename?: 'Contact', id: string, name: string, title: string | null, email: string | null, phone: string | null, account: { __typename?: 'Account', id: string, name: string } } | null, members: { __typename?: 'CollectiveMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CollectiveMemberEdge', node: { __typename?: 'CollectiveMember', state: CollectiveMemberState, addedAt: string, account: { __typename?: 'Account', id: string, name: string, owner: { __typename?: 'User', id: string, name: string } | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string }> } } }> }, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } } };

export type CreateCollectiveMutationVariables = Exact<{
  input: CreateCollectiveInput;
}>;


export type CreateCollectiveMutation = { __typename?: 'Mutation', createCollective: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } } } };

export type UpdateCollectiveMutationVariables = Exact<{
  input: UpdateCollectiveInput;
}>;


export type UpdateCollectiveMutation = { __typename?: 'Mutation', updateCollective: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } } } };

export type AddCollectiveMembersMutationVariables = Exact<{
  input: CollectiveMembersInput;
}>;


export type AddCollectiveMembersMutation = { __typename?: 'Mutation', addCollectiveMembers: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } } } };

export type RemoveCollectiveMembersMutationVariables = Exact<{
  input: CollectiveMembersInput;
}>;


export type RemoveCollectiveMembersMutation = { __typename?: 'Mutation', removeCollectiveMembers: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } } } };

export type LinkCollectiveMembersByNameMutationVariables = Exact<{
  input: LinkCollectiveMembersByNameInput;
}>;


export type LinkCollectiveMembersByNameMutation = { __typename?: 'Mutation', linkCollectiveMembersByName: { __typename?: 'CollectiveNameMatch', unmatched: Array<string>, ambiguous: Array<string>, collective: { __typename?: 'Collective', id: string, version: number, name: string, forumUrl: string | null, claimedMembers: number, announcedCancellationAt: string | null, notes: string | null, progress: { __typename?: 'CollectiveProgress', claimed: number, linked: number, won: number, pending: number, lost: number, untouched: number } }, matched: Array<{ __typename?: 'Account', id: string, name: string }>, inOtherCollective: Array<{ __typename?: 'Account', id: string, name: string }> } };

export type CollectiveAccountSearchQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  search: Scalars['String']['input'];
}>;


export type CollectiveAccountSearchQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', id: string, name: string, collective: { __typename?: 'Collective', id: string, name: string } | null } }> } };

export type AccountCollectiveQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountCollectiveQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string, collective: { __typename?: 'Collective', id: string, name: string, claimedMembers: number, announcedCancellationAt: string | null } | null }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', id: string }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type ProposeCollectiveTermsMutationVariables = Exact<{
  input: ProposeCollectiveTermsInput;
}>;


export type ProposeCollectiveTermsMutation = { __typename?: 'Mutation', proposeCollectiveTerms: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null } } };

export type ApproveCollectiveTermsMutationVariables = Exact<{
  input: CollectiveTermsVersionInput;
}>;


export type ApproveCollectiveTermsMutation = { __typename?: 'Mutation', approveCollectiveTerms: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null } } };

export type RejectCollectiveTermsMutationVariables = Exact<{
  input: RejectCollectiveTermsInput;
}>;


export type RejectCollectiveTermsMutation = { __typename?: 'Mutation', rejectCollectiveTerms: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null } } };

export type RecordCollectiveTermsSignedMutationVariables = Exact<{
  input: RecordCollectiveTermsSignedInput;
}>;


export type RecordCollectiveTermsSignedMutation = { __typename?: 'Mutation', recordCollectiveTermsSigned: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null } } };

export type WithdrawCollectiveTermsMutationVariables = Exact<{
  input: CollectiveTermsVersionInput;
}>;


export type WithdrawCollectiveTermsMutation = { __typename?: 'Mutation', withdrawCollectiveTerms: { __typename?: 'CollectivePayload', collective: { __typename?: 'Collective', id: string, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null } } };

export type DeleteCollectiveMutationVariables = Exact<{
  input: DeleteCollectiveInput;
}>;


export type DeleteCollectiveMutation = { __typename?: 'Mutation', deleteCollective: { __typename?: 'DeleteCollectivePayload', deletedId: string, unlinked: number } };

export type CollectivesAwaitingApprovalQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CollectivesAwaitingApprovalQuery = { __typename?: 'Query', collectivesAwaitingApproval: Array<{ __typename?: 'Collective', id: string, name: string, claimedMembers: number, campaign: { __typename?: 'Campaign', id: string, name: string }, agreement: { __typename?: 'CollectiveAgreement', status: CollectiveAgreementStatus, discountPercent: number, termMonths: number, conditions: string | null, requiredApproval: ApprovalLevel, rejectionReason: string | null, proposedBy: string, submittedAt: string, approvedAt: string | null, approvedBy: string | null, signedAt: string | null, signedByName: string | null, signatureRecordedBy: string | null, withdrawnAt: string | null, version: number } | null }> };

export type PipelineDashboardQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  period?: InputMaybe<DashboardPeriodInput>;
}>;


export type PipelineDashboardQuery = { __typename?: 'Query', pipelineDashboard: { __typename?: 'PipelineDashboard', asOf: string, timeZone: string, period: { __typename?: 'DashboardPeriod', from: string, to: string }, campaign: { __typename?: 'Campaign', id: string, name: string, currency: string }, shutdown: { __typename?: 'DashboardShutdown', daysLeft: number | null, health: RivalHealth, shutdownExpectedAt: string | null, rival: { __typename?: 'Rival', id: string, name: string } }, overdue: { __typename?: 'DashboardOverdue', count: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, deals: Array<{ __typename?: 'DashboardOverdueDeal', opportunityId: string, accountId: string, accountName: string, stage: Stage, dueAt: string, hoursOverdue: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, owner: { __typename?: 'DashboardUser', id: string, name: string } | null }> }, migrationPlan: { __typename?: 'DashboardMigrationPlan', planned: number, willGoDark: number, willGoDarkAccounts: Array<string>, late: number, overCapacityWeeks: number, lastCutoverAt: string | null }, openPipeline: { __typename?: 'DashboardPipelineTotals', deals: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, weightedValue: { __typename?: 'Money', amount: number, currency: string } }, capture: { __typename?: 'DashboardCapture', wonShareOfSpend: number | null, total: { __typename?: 'DashboardCaptureBucket', accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }, won: { __typename?: 'DashboardCaptureBucket', accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }, open: { __typename?: 'DashboardCaptureBucket', accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }, lost: { __typename?: 'DashboardCaptureBucket', accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }, untouched: { __typename?: 'DashboardCaptureBucket', accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }, lostTo: Array<{ __typename?: 'DashboardLostToBidder', bidder: string | null, accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }> }, conversions: Array<{ __typename?: 'DashboardStageConversion', fromStage: Stage, toStage: Stage, entered: number, converted: number, rate: number | null }>, stageTimes: Array<{ __typename?: 'DashboardStageTime', stage: Stage, stays: number, medianHours: number | null, medianAllowedHours: number | null, dueBusinessDays: number, staysPastDue: number }>, stages: Array<{ __typename?: 'DashboardStage', stage: Stage, deals: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, weightedValue: { __typename?: 'Money', amount: number, currency: string } }>, cycleTime: { __typename?: 'DashboardCycleTime', targetHours: number, medianHours: number | null, measuredDeals: number, withinTarget: number, withinTargetShare: number | null, buckets: Array<{ __typename?: 'DashboardCycleBucket', fromDays: number, toDays: number | null, deals: number }> }, forecast: { __typename?: 'DashboardForecast', untilShutdown: boolean, weeklyMigrationCapacity: number, weeks: Array<{ __typename?: 'DashboardForecastWeek', weekStart: string, deals: number, migrationCapacity: number, plannedWorkload: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, weightedValue: { __typename?: 'Money', amount: number, currency: string } }>, beyondHorizon: { __typename?: 'DashboardForecastBucket', deals: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, weightedValue: { __typename?: 'Money', amount: number, currency: string } }, unscheduled: { __typename?: 'DashboardForecastBucket', deals: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, weightedValue: { __typename?: 'Money', amount: number, currency: string } }, overdue: { __typename?: 'DashboardForecastBucket', deals: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, weightedValue: { __typename?: 'Money', amount: number, currency: string } } }, reps: Array<{ __typename?: 'DashboardRep', teamRole: TeamRole | null, openDeals: number, overdueDeals: number, wonDeals: number, lostDeals: number, activities: number, user: { __typename?: 'DashboardUser', id: string, name: string }, openMonthlyValue: { __typename?: 'Money', amount: number, currency: string } }> } };

export type DashboardDealsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  stage?: InputMaybe<Stage>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  closedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  closedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  cycleBucket?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DashboardDealsQuery = { __typename?: 'Query', opportunities: { __typename?: 'OpportunityConnection', totalCount: number, edges: Array<{ __typename?: 'OpportunityEdge', node: { __typename?: 'Opportunity', id: string, stage: Stage, dueAt: string | null, overdue: boolean, probability: number, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, account: { __typename?: 'Account', id: string, name: string, owner: { __typename?: 'User', id: string, name: string } | null } } }> } };

export type DashboardRefreshSubscriptionVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type DashboardRefreshSubscription = { __typename?: 'Subscription', dashboardRefresh: { __typename?: 'DashboardRefresh', at: string, campaignId: string, reason: string } };

export type RaceMoneyBandFieldsFragment = { __typename?: 'RaceMoneyBand', p10: { __typename?: 'Money', amount: number, currency: string }, p50: { __typename?: 'Money', amount: number, currency: string }, p90: { __typename?: 'Money', amount: number, currency: string } };

export type RaceForecastQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  targetSharePercent?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RaceForecastQuery = { __typename?: 'Query', raceForecast: { __typename?: 'RaceForecast', campaignId: string, asOf: string, timeZone: string, runs: number, comparisonRuns: number, accounts: number, openDeals: number, reps: number, dailyActionsPerRep: number, weeklyMigrationCapacity: number, shutdownAhead: boolean, computeMs: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, expectedSpendMigrated: { __typename?: 'Money', amount: number, currency: string }, scenarios: Array<{ __typename?: 'RaceForecastScenario', scenarioId: string | null, label: string | null, goesDarkAt: string, probabilityPercent: number, signedButDarkAccounts: number, spendWon: { __typename?: 'RaceMoneyBand', p10: { __typename?: 'Money', amount: number, currency: string }, p50: { __typename?: 'Money', amount: number, currency: string }, p90: { __typename?: 'Money', amount: number, currency: string } }, spendMigrated: { __typename?: 'RaceMoneyBand', p10: { __typename?: 'Money', amount: number, currency: string }, p50: { __typename?: 'Money', amount: number, currency: string }, p90: { __typename?: 'Money', amount: number, currency: string } }, signedButDarkSpend: { __typename?: 'Money', amount: number, currency: string }, weeks: Array<{ __typename?: 'RaceForecastWeek', weekStart: string, spendWon: { __typename?: 'RaceMoneyBand', p10: { __typename?: 'Money', amount: number, currency: string }, p50: { __typename?: 'Money', amount: number, currency: string }, p90: { __typename?: 'Money', amount: number, currency: string } }, spendMigrated: { __typename?: 'RaceMoneyBand', p10: { __typename?: 'Money', amount: number, currency: string }, p50: { __typename?: 'Money', amount: number, currency: string }, p90: { __typename?: 'Money', amount: number, currency: string } } }> }>, goingDark: Array<{ __typename?: 'RaceGoingDark', accountId: string, accountName: string, segment: Segment, stage: Stage | null, chance: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }>, policies: Array<{ __typename?: 'RacePolicyComparison', policy: RacePolicy, expectedSpendMigrated: { __typename?: 'Money', amount: number, currency: string }, scenarios: Array<{ __typename?: 'RacePolicyScenario', goesDarkAt: string, signedButDarkAccounts: number, timesFirstCome: number | null, spendMigrated: { __typename?: 'RaceMoneyBand', mean: { __typename?: 'Money', amount: number, currency: string } }, signedButDarkSpend: { __typename?: 'Money', amount: number, currency: string } }> }>, staffing: { __typename?: 'RaceStaffingAdvice', targetSharePercent: number, runs: number, evaluations: number, unlimitedReps: number, currentReps: number, currentWeeklyMigrationCapacity: number, currentReachesTarget: boolean, repsNeeded: number | null, weeklyMigrationCapacityNeeded: number | null, unlimitedSpendMigrated: { __typename?: 'Money', amount: number, currency: string }, targetSpendMigrated: { __typename?: 'Money', amount: number, currency: string }, currentSpendMigrated: { __typename?: 'Money', amount: number, currency: string }, adviceSpendMigrated: { __typename?: 'Money', amount: number, currency: string } | null } | null, estimates: Array<{ __typename?: 'RaceStageEstimate', stage: Stage, meanDays: number, observedExits: number, source: RaceEstimateSource, priorShare: number, exits: Array<{ __typename?: 'RaceStageExit', stage: Stage, probability: number }> }> } };

export type SessionUserFieldsFragment = { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale };

export type SessionFieldsFragment = { __typename?: 'LoginPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale } };

export type AdminUserFieldsFragment = { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale, active: boolean, lastLoginAt: string | null, version: number };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, campaignId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type WebhookFieldsFragment = { __typename?: 'Webhook', id: string, url: string, description: string | null, events: Array<WebhookEvent>, campaignId: string | null, active: boolean, createdAt: string, version: number };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, event: string, eventId: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null, lastResponseCode: number | null, lastResponseExcerpt: string | null, lastError: string | null };

export type LeadSourceFieldsFragment = { __typename?: 'LeadSource', kind: LeadSourceKind, importId: string | null, fileName: string | null, recordedBy: string, recordedAt: string, lawfulBasis: LawfulBasis };

export type ActivityFieldsFragment = { __typename?: 'Activity', id: string, kind: ActivityKind, occurredAt: string, authorLabel: string, body: string, outcome: string | null, outcomeCode: CallOutcome | null, nextStepAt: string | null, nextStep: string | null, systemEvent: { __typename?: 'ActivitySystemEvent', from: Stage | null, to: Stage | null, lostReason: LostReason | null, note: string | null, termMonths: number | null, validUntil: string | null, signerName: string | null, signerTitle: string | null, recipientName: string | null, recipientEmail: string | null, resent: boolean | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } | null };

export type ProposalTotalsFieldsFragment = { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale } } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'LoginPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale } } };

export type LogoutMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, email: string, role: Role, locale: Locale } };

export type AccountImportFieldsFragment = { __typename?: 'AccountImport', id: string, campaignId: string, fileName: string | null, status: ImportStatus, rowsDone: number, totalRows: number, insertedCount: number, updatedCount: number, failedCount: number, failureReason: string | null, submittedBy: string, createdAt: string, startedAt: string | null, finishedAt: string | null };

export type ImportAccountsMutationVariables = Exact<{
  input: ImportAccountsInput;
}>;


export type ImportAccountsMutation = { __typename?: 'Mutation', importAccounts: { __typename?: 'ImportAccountsPayload', accountImport: { __typename?: 'AccountImport', id: string, campaignId: string, fileName: string | null, status: ImportStatus, rowsDone: number, totalRows: number, insertedCount: number, updatedCount: number, failedCount: number, failureReason: string | null, submittedBy: string, createdAt: string, startedAt: string | null, finishedAt: string | null } } };

export type AccountImportProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountImportProgressQuery = { __typename?: 'Query', accountImport: { __typename?: 'AccountImport', id: string, campaignId: string, fileName: string | null, status: ImportStatus, rowsDone: number, totalRows: number, insertedCount: number, updatedCount: number, failedCount: number, failureReason: string | null, submittedBy: string, createdAt: string, startedAt: string | null, finishedAt: string | null } | null };

export type AccountImportErrorsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type AccountImportErrorsQuery = { __typename?: 'Query', accountImport: { __typename?: 'AccountImport', id: string, errors: Array<{ __typename?: 'ImportRowError', line: number, field: string, reason: string, code: ImportRowErrorCode | null, params: { __typename?: 'ImportRowErrorParams', value: string | null, max: number | null } }> } | null };

export type OpportunityChangedSubscriptionVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type OpportunityChangedSubscription = { __typename?: 'Subscription', opportunityChanged: { __typename?: 'OpportunityChange', event: string, opportunityId: string, accountId: string | null, campaignId: string, stage: string | null, previousStage: string | null, at: string } };

export type ImportProgressSubscriptionVariables = Exact<{
  importId: Scalars['ID']['input'];
}>;


export type ImportProgressSubscription = { __typename?: 'Subscription', importProgress: { __typename?: 'ImportProgress', importId: string, status: string, rowsDone: number, totalRows: number, at: string } };

export type MigrationRowFragment = { __typename?: 'Migration', id: string, version: number, status: MigrationStatus, targetCutoverAt: string, workload: number };

export type MigrationPlanFieldsFragment = { __typename?: 'MigrationPlan', weeklyCapacity: number, timeZone: string, rivalShutdownExpectedAt: string | null, overCapacityWeeks: number, willGoDarkMigrationIds: Array<string>, campaign: { __typename?: 'Campaign', id: string, name: string, version: number, rival: { __typename?: 'Rival', id: string, name: string } }, weeks: Array<{ __typename?: 'MigrationPlanWeek', weekStart: string, load: number, capacity: number, overCapacity: boolean, migrationIds: Array<string> }>, placements: Array<{ __typename?: 'MigrationPlacement', accountName: string, weekStart: string, plannedCutoverAt: string, willGoDark: boolean, late: boolean, migration: { __typename?: 'Migration', id: string, version: number, status: MigrationStatus, targetCutoverAt: string, workload: number, account: { __typename?: 'Account', id: string }, opportunity: { __typename?: 'Opportunity', id: string, monthlyValue: { __typename?: 'Money', amount: number, currency: string } } } }> };

export type MigrationPlanQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type MigrationPlanQuery = { __typename?: 'Query', migrationPlan: { __typename?: 'MigrationPlan', weeklyCapacity: number, timeZone: string, rivalShutdownExpectedAt: string | null, overCapacityWeeks: number, willGoDarkMigrationIds: Array<string>, campaign: { __typename?: 'Campaign', id: string, name: string, version: number, rival: { __typename?: 'Rival', id: string, name: string } }, weeks: Array<{ __typename?: 'MigrationPlanWeek', weekStart: string, load: number, capacity: number, overCapacity: boolean, migrationIds: Array<string> }>, placements: Array<{ __typename?: 'MigrationPlacement', accountName: string, weekStart: string, plannedCutoverAt: string, willGoDark: boolean, late: boolean, migration: { __typename?: 'Migration', id: string, version: number, status: MigrationStatus, targetCutoverAt: string, workload: number, account: { __typename?: 'Account', id: string }, opportunity: { __typename?: 'Opportunity', id: string, monthlyValue: { __typename?: 'Money', amount: number, currency: string } } } }> } };

export type MigrationsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MigrationsQuery = { __typename?: 'Query', migrations: { __typename?: 'MigrationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MigrationEdge', node: { __typename?: 'Migration', id: string, version: number, status: MigrationStatus, targetCutoverAt: string, workload: number, account: { __typename?: 'Account', id: string, name: string } } }> } };

export type UpdateMigrationCutoverMutationVariables = Exact<{
  input: UpdateMigrationInput;
}>;


export type UpdateMigrationCutoverMutation = { __typename?: 'Mutation', updateMigration: { __typename?: 'UpdateMigrationPayload', migration: { __typename?: 'Migration', id: string, version: number, status: MigrationStatus, targetCutoverAt: string, workload: number } } };

export type SetMigrationPlanCapacityMutationVariables = Exact<{
  input: SetMigrationCapacityInput;
}>;


export type SetMigrationPlanCapacityMutation = { __typename?: 'Mutation', setMigrationCapacity: { __typename?: 'SetMigrationCapacityPayload', migrationPlan: { __typename?: 'MigrationPlan', weeklyCapacity: number, timeZone: string, rivalShutdownExpectedAt: string | null, overCapacityWeeks: number, willGoDarkMigrationIds: Array<string>, campaign: { __typename?: 'Campaign', id: string, name: string, version: number, rival: { __typename?: 'Rival', id: string, name: string } }, weeks: Array<{ __typename?: 'MigrationPlanWeek', weekStart: string, load: number, capacity: number, overCapacity: boolean, migrationIds: Array<string> }>, placements: Array<{ __typename?: 'MigrationPlacement', accountName: string, weekStart: string, plannedCutoverAt: string, willGoDark: boolean, late: boolean, migration: { __typename?: 'Migration', id: string, version: number, status: MigrationStatus, targetCutoverAt: string, workload: number, account: { __typename?: 'Account', id: string }, opportunity: { __typename?: 'Opportunity', id: string, monthlyValue: { __typename?: 'Money', amount: number, currency: string } } } }> } } };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number, unreadCount: number, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, read: boolean, createdAt: string, subjectType: string | null, subjectId: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', markedIds: Array<string>, unreadCount: number } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, read: boolean, createdAt: string, subjectType: string | null, subjectId: string | null } };

export type QueueBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueBoardQuery = { __typename?: 'Query', queueBoard: { __typename?: 'QueueBoard', enabled: boolean, path: string } };

export type OpenQueueBoardMutationVariables = Exact<{
  input?: InputMaybe<OpenQueueBoardInput>;
}>;


export type OpenQueueBoardMutation = { __typename?: 'Mutation', openQueueBoard: { __typename?: 'OpenQueueBoardPayload', url: string, expiresAt: string } };

export type OutreachFieldsFragment = { __typename?: 'Outreach', id: string, status: OutreachStatus, language: OutreachLanguage, subject: string, body: string, createdBy: string, createdAt: string, finishedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string }, collective: { __typename?: 'Collective', id: string, name: string } | null, progress: { __typename?: 'OutreachProgress', recipients: number, queued: number, sent: number, bounced: number, failed: number, uncertain: number, suppressed: number, cancelled: number, unsubscribed: number, skippedSuppressed: number, resentAfterInterruption: number, offerOpened: number, offerAccepted: number } };

export type QueueOutreachMutationVariables = Exact<{
  input: QueueOutreachInput;
}>;


export type QueueOutreachMutation = { __typename?: 'Mutation', queueOutreach: { __typename?: 'QueueOutreachPayload', recipients: number, suppressed: number, unsourced: number, withoutOffer: number, mergeFields: Array<string>, unsourcedContacts: Array<{ __typename?: 'OutreachContact', id: string, name: string, email: string, accountId: string, accountName: string }>, outreach: { __typename?: 'Outreach', id: string, status: OutreachStatus } | null } };

export type OutreachQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutreachQuery = { __typename?: 'Query', outreach: { __typename?: 'Outreach', id: string, status: OutreachStatus, language: OutreachLanguage, subject: string, body: string, createdBy: string, createdAt: string, finishedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string }, collective: { __typename?: 'Collective', id: string, name: string } | null, progress: { __typename?: 'OutreachProgress', recipients: number, queued: number, sent: number, bounced: number, failed: number, uncertain: number, suppressed: number, cancelled: number, unsubscribed: number, skippedSuppressed: number, resentAfterInterruption: number, offerOpened: number, offerAccepted: number } } };

export type OutreachesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OutreachesQuery = { __typename?: 'Query', outreaches: { __typename?: 'OutreachConnection', totalCount: number, edges: Array<{ __typename?: 'OutreachEdge', node: { __typename?: 'Outreach', id: string, status: OutreachStatus, language: OutreachLanguage, subject: string, body: string, createdBy: string, createdAt: string, finishedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string }, collective: { __typename?: 'Collective', id: string, name: string } | null, progress: { __typename?: 'OutreachProgress', recipients: number, queued: number, sent: number, bounced: number, failed: number, uncertain: number, suppressed: number, cancelled: number, unsubscribed: number, skippedSuppressed: number, resentAfterInterruption: number, offerOpened: number, offerAccepted: number } } }> } };

export type CancelOutreachMutationVariables = Exact<{
  input: CancelOutreachInput;
}>;


export type CancelOutreachMutation = { __typename?: 'Mutation', cancelOutreach: { __typename?: 'OutreachPayload', outreach: { __typename?: 'Outreach', id: string, status: OutreachStatus, language: OutreachLanguage, subject: string, body: string, createdBy: string, createdAt: string, finishedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string }, collective: { __typename?: 'Collective', id: string, name: string } | null, progress: { __typename?: 'OutreachProgress', recipients: number, queued: number, sent: number, bounced: number, failed: number, uncertain: number, suppressed: number, cancelled: number, unsubscribed: number, skippedSuppressed: number, resentAfterInterruption: number, offerOpened: number, offerAccepted: number } } } };

export type GeneratePersonalOffersMutationVariables = Exact<{
  input: GeneratePersonalOffersInput;
}>;


export type GeneratePersonalOffersMutation = { __typename?: 'Mutation', generatePersonalOffers: { __typename?: 'GeneratePersonalOffersPayload', count: number, batch: { __typename?: 'PersonalOfferBatch', id: string, status: string } | null } };

export type PersonalOfferBatchesQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonalOfferBatchesQuery = { __typename?: 'Query', personalOfferBatches: { __typename?: 'PersonalOfferBatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PersonalOfferBatchEdge', cursor: string, node: { __typename?: 'PersonalOfferBatch', id: string, status: string, discountPercent: number, approvalLevel: string, termMonths: number, expiresAt: string, collectiveId: string | null, createdBy: string, createdAt: string, finishedAt: string | null, progress: { __typename?: 'PersonalOfferProgress', generated: number, opened: number, accepted: number, expired: number } } }> } };

export type AccountPersonalOffersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountPersonalOffersQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string, personalOffers: { __typename?: 'AccountPersonalOfferConnection', totalCount: number, edges: Array<{ __typename?: 'AccountPersonalOfferEdge', node: { __typename?: 'AccountPersonalOffer', id: string, status: string, discountPercent: number, termMonths: number, expiresAt: string, openedAt: string | null, acceptedAt: string | null, cutoverWeekStart: string | null, createdAt: string, link: string | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string } | null } }> } }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal' }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type PersonalOfferFieldsFragment = { __typename?: 'PersonalOffer', status: string, customerName: string, currency: string, termMonths: number, discountPercent: number, expiresAt: string, timeZone: string, shutdownAt: string | null, cutoverAt: string | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, weeks: Array<{ __typename?: 'CutoverWeekOption', weekStart: string, cutoverAt: string, switchCredit: { __typename?: 'SwitchCredit', prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } }>, acceptedTotals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } | null };

export type PersonalOfferByTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PersonalOfferByTokenQuery = { __typename?: 'Query', personalOfferByToken: { __typename?: 'PersonalOffer', status: string, customerName: string, currency: string, termMonths: number, discountPercent: number, expiresAt: string, timeZone: string, shutdownAt: string | null, cutoverAt: string | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, weeks: Array<{ __typename?: 'CutoverWeekOption', weekStart: string, cutoverAt: string, switchCredit: { __typename?: 'SwitchCredit', prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } }>, acceptedTotals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } | null } };

export type AcceptPersonalOfferMutationVariables = Exact<{
  input: AcceptPersonalOfferInput;
}>;


export type AcceptPersonalOfferMutation = { __typename?: 'Mutation', acceptPersonalOffer: { __typename?: 'AcceptPersonalOfferPayload', offer: { __typename?: 'PersonalOffer', status: string, customerName: string, currency: string, termMonths: number, discountPercent: number, expiresAt: string, timeZone: string, shutdownAt: string | null, cutoverAt: string | null, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, weeks: Array<{ __typename?: 'CutoverWeekOption', weekStart: string, cutoverAt: string, switchCredit: { __typename?: 'SwitchCredit', prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } }>, acceptedTotals: { __typename?: 'ProposalTotals', monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } | null } } };

export type PipelineDealsQueryVariables = Exact<{
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<Stage>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  segment?: InputMaybe<Segment>;
  rivalId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PipelineDealsQuery = { __typename?: 'Query', opportunities: { __typename?: 'OpportunityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'OpportunityEdge', node: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, dueAt: string | null, overdue: boolean, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, account: { __typename?: 'Account', id: string, name: string, segment: Segment, owner: { __typename?: 'User', id: string, name: string } | null, rival: { __typename?: 'Rival', id: string, name: string } } } }> } };

export type PipelineDealFragment = { __typename?: 'Opportunity', id: string, version: number, stage: Stage, dueAt: string | null, overdue: boolean, monthlyValue: { __typename?: 'Money', amount: number, currency: string }, account: { __typename?: 'Account', id: string, name: string, segment: Segment, owner: { __typename?: 'User', id: string, name: string } | null, rival: { __typename?: 'Rival', id: string, name: string } } };

export type DealQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DealQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account' }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity', id: string, version: number, stage: Stage, dueAt: string | null, overdue: boolean }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal' }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type MoveOpportunityMutationVariables = Exact<{
  input: MoveOpportunityInput;
}>;


export type MoveOpportunityMutation = { __typename?: 'Mutation', moveOpportunity: { __typename?: 'MoveOpportunityPayload', opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage, stageEnteredAt: string, dueAt: string | null, overdue: boolean, probability: number } } };

export type ProposalDetailFragment = { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } };

export type ProposalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account' }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type DraftProposalMutationVariables = Exact<{
  input: DraftProposalInput;
}>;


export type DraftProposalMutation = { __typename?: 'Mutation', draftProposal: { __typename?: 'DraftProposalPayload', proposal: { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } } } };

export type UpdateProposalMutationVariables = Exact<{
  input: UpdateProposalInput;
}>;


export type UpdateProposalMutation = { __typename?: 'Mutation', updateProposal: { __typename?: 'ProposalPayload', proposal: { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } } } };

export type SubmitProposalMutationVariables = Exact<{
  input: ProposalVersionInput;
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal: { __typename?: 'ProposalPayload', proposal: { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } } } };

export type SendProposalMutationVariables = Exact<{
  input: ProposalVersionInput;
}>;


export type SendProposalMutation = { __typename?: 'Mutation', sendProposal: { __typename?: 'SendProposalPayload', acceptancePath: string, proposal: { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } } } };

export type OfferDetailFragment = { __typename?: 'ProposalOffer', reference: string, status: ProposalStatus, customerName: string, providerName: string, currency: string, discountPercent: number, termMonths: number, plannedCutoverAt: string, sentAt: string, validUntil: string, acceptedAt: string | null, timeZone: string | null, outageEvidence: { __typename?: 'OfferOutageEvidence', providerName: string, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, timeZone: string, weights: { __typename?: 'OutageImpactWeights', major: number, partial: number, degraded: number }, months: Array<{ __typename?: 'MonthAvailability', month: string, minutes: number, elapsedMinutes: number, weightedDowntimeMinutes: number, availabilityPercent: number, allowedDowntimeMinutes: number | null, shortfallMinutes: number | null }>, outages: Array<{ __typename?: 'OfferOutage', startedAt: string, endedAt: string | null, impact: OutageImpact, services: Array<ServiceKind>, summary: string, sourceUrl: string | null }> } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } };

export type ProposalByTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ProposalByTokenQuery = { __typename?: 'Query', proposalByToken: { __typename?: 'ProposalOffer', reference: string, status: ProposalStatus, customerName: string, providerName: string, currency: string, discountPercent: number, termMonths: number, plannedCutoverAt: string, sentAt: string, validUntil: string, acceptedAt: string | null, timeZone: string | null, outageEvidence: { __typename?: 'OfferOutageEvidence', providerName: string, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, timeZone: string, weights: { __typename?: 'OutageImpactWeights', major: number, partial: number, degraded: number }, months: Array<{ __typename?: 'MonthAvailability', month: string, minutes: number, elapsedMinutes: number, weightedDowntimeMinutes: number, availabilityPercent: number, allowedDowntimeMinutes: number | null, shortfallMinutes: number | null }>, outages: Array<{ __typename?: 'OfferOutage', startedAt: string, endedAt: string | null, impact: OutageImpact, services: Array<ServiceKind>, summary: string, sourceUrl: string | null }> } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } } };

export type AcceptProposalMutationVariables = Exact<{
  input: AcceptProposalInput;
}>;


export type AcceptProposalMutation = { __typename?: 'Mutation', acceptProposal: { __typename?: 'AcceptProposalPayload', offer: { __typename?: 'ProposalOffer', reference: string, status: ProposalStatus, customerName: string, providerName: string, currency: string, discountPercent: number, termMonths: number, plannedCutoverAt: string, sentAt: string, validUntil: string, acceptedAt: string | null, timeZone: string | null, outageEvidence: { __typename?: 'OfferOutageEvidence', providerName: string, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, timeZone: string, weights: { __typename?: 'OutageImpactWeights', major: number, partial: number, degraded: number }, months: Array<{ __typename?: 'MonthAvailability', month: string, minutes: number, elapsedMinutes: number, weightedDowntimeMinutes: number, availabilityPercent: number, allowedDowntimeMinutes: number | null, shortfallMinutes: number | null }>, outages: Array<{ __typename?: 'OfferOutage', startedAt: string, endedAt: string | null, impact: OutageImpact, services: Array<ServiceKind>, summary: string, sourceUrl: string | null }> } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } } } } };

export type OutgoingMailQueryVariables = Exact<{ [key: string]: never; }>;


export type OutgoingMailQuery = { __typename?: 'Query', outgoingMail: { __typename?: 'OutgoingMail', enabled: boolean, missing: Array<string> } };

export type ProposalRecipientsQueryVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type ProposalRecipientsQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string, campaign: { __typename?: 'Campaign', id: string, name: string }, contacts: Array<{ __typename?: 'Contact', id: string, name: string, title: string | null, email: string | null, decisionMaker: boolean }> }
    | { __typename?: 'AccountImport' }
    | { __typename?: 'Activity' }
    | { __typename?: 'ApiKey' }
    | { __typename?: 'AuditEntry' }
    | { __typename?: 'BulkAssignment' }
    | { __typename?: 'Campaign' }
    | { __typename?: 'Collective' }
    | { __typename?: 'Contact' }
    | { __typename?: 'DistressEvent' }
    | { __typename?: 'Migration' }
    | { __typename?: 'Opportunity' }
    | { __typename?: 'Outage' }
    | { __typename?: 'Outreach' }
    | { __typename?: 'Proposal' }
    | { __typename?: 'Rival' }
    | { __typename?: 'ShutdownScenario' }
    | { __typename?: 'User' }
    | { __typename?: 'Webhook' }
    | { __typename?: 'WebhookDelivery' }
   | null };

export type EmailProposalMutationVariables = Exact<{
  input: EmailProposalInput;
}>;


export type EmailProposalMutation = { __typename?: 'Mutation', emailProposal: { __typename?: 'EmailProposalPayload', resent: boolean, subject: string, recipient: { __typename?: 'ProposalRecipient', name: string, email: string }, proposal: { __typename?: 'Proposal', id: string, version: number, reference: string, status: ProposalStatus, currency: string, discountPercent: number, attachOutageEvidence: boolean, termMonths: number, plannedCutoverAt: string, requiredApproval: ApprovalLevel, rejectionReason: string | null, sentAt: string | null, validUntil: string | null, acceptedAt: string | null, createdAt: string, signer: { __typename?: 'ProposalSigner', name: string, title: string, email: string } | null, lines: Array<{ __typename?: 'ProposalLine', serviceKind: ServiceKind, description: string | null, quantity: number, monthlyUnitPrice: { __typename?: 'Money', amount: number, currency: string }, oneTimeFee: { __typename?: 'Money', amount: number, currency: string }, monthlyAmount: { __typename?: 'Money', amount: number, currency: string } }>, switchCredit: { __typename?: 'SwitchCredit', capped: boolean, prepaidDaysRemaining: number, prepaidMonthsRemaining: number, amount: { __typename?: 'Money', amount: number, currency: string } }, totals: { __typename?: 'ProposalTotals', monthlySubtotal: { __typename?: 'Money', amount: number, currency: string }, monthlyDiscount: { __typename?: 'Money', amount: number, currency: string }, monthlyTotal: { __typename?: 'Money', amount: number, currency: string }, oneTimeTotal: { __typename?: 'Money', amount: number, currency: string }, switchCredit: { __typename?: 'Money', amount: number, currency: string }, totalOverTerm: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, version: number, stage: Stage }, account: { __typename?: 'Account', id: string, name: string, countries: Array<string>, prepaidUntil: string | null, monthlySpend: { __typename?: 'Money', amount: number, currency: string }, campaign: { __typename?: 'Campaign', id: string, settings: { __typename?: 'CampaignSettingsModel', timeZone: string, discountLimits: { __typename?: 'DiscountLimits', repPercent: number, managerPercent: number }, switchCredit: { __typename?: 'SwitchCreditSettings', ratePercent: number, capMonths: number } } } } } } };

export type MyQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyQueueQuery = { __typename?: 'Query', myQueue: { __typename?: 'QueueItemConnection', totalCount: number, totalCountCapped: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'QueueItemEdge', cursor: string, node: { __typename?: 'QueueItem', reason: QueueReason, dueAt: string | null, urgency: number, urgencyFactors: Array<{ __typename?: 'UrgencyFactor', key: UrgencyFactorKey, points: number, params: { __typename?: 'UrgencyFactorParams', daysLeft: number | null } }>, account: { __typename?: 'Account', id: string, version: number, name: string, countries: Array<string>, lastContactAt: string | null, createdAt: string, rival: { __typename?: 'Rival', id: string, name: string, shutdownExpectedAt: string | null }, monthlySpend: { __typename?: 'Money', amount: number, currency: string } }, opportunity: { __typename?: 'Opportunity', id: string, stage: Stage, overdue: boolean } | null, priority: { __typename?: 'QueuePriority', deadlines: Array<{ __typename?: 'QueueDeadline', goesDarkAt: string, weightPercent: number, migrationLeadDays: number, signBy: string, nowPercent: number, laterPercent: number }> } } }> } };

export type AdminRivalFieldsFragment = { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, version: number };

export type AdminRivalsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminRivalsQuery = { __typename?: 'Query', rivals: { __typename?: 'RivalConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RivalEdge', node: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, version: number } }> } };

export type CreateRivalMutationVariables = Exact<{
  input: CreateRivalInput;
}>;


export type CreateRivalMutation = { __typename?: 'Mutation', createRival: { __typename?: 'RivalPayload', rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, version: number } } };

export type UpdateRivalMutationVariables = Exact<{
  input: UpdateRivalInput;
}>;


export type UpdateRivalMutation = { __typename?: 'Mutation', updateRival: { __typename?: 'RivalPayload', rival: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, version: number } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, name: string, status: CampaignStatus, version: number } } };

export type CloseCampaignMutationVariables = Exact<{
  input: CampaignStatusInput;
}>;


export type CloseCampaignMutation = { __typename?: 'Mutation', closeCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } } };

export type ArchiveCampaignMutationVariables = Exact<{
  input: CampaignStatusInput;
}>;


export type ArchiveCampaignMutation = { __typename?: 'Mutation', archiveCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, status: CampaignStatus, version: number } } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'CreateAccountPayload', account: { __typename?: 'Account', id: string, name: string, version: number } } };

export type RivalSignalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RivalSignalsQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', id: string, feeds: Array<{ __typename?: 'RivalFeed', id: string, kind: RivalFeedKind, name: string, url: string | null, signalPath: string | null, active: boolean, autoRecord: boolean, autoRecordMinSeverity: number | null, pollIntervalSeconds: number, lastPolledAt: string | null, lastSuccessAt: string | null, lastError: string | null, lastErrorAt: string | null, consecutiveFailures: number, failing: boolean, nextPollAt: string | null, version: number }>, suggestedEvents: Array<{ __typename?: 'SuggestedDistressEvent', id: string, kind: DistressKind, severity: number, title: string, summary: string | null, sourceUrl: string | null, publishedAt: string | null, createdAt: string, status: SuggestedEventStatus, feedName: string | null, feedKind: RivalFeedKind | null, decidedBy: string | null, incident: { __typename?: 'StatuspageIncident', incidentId: string, impact: string | null, startedAt: string | null, resolvedAt: string | null, components: Array<string> } | null }> }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type AddRivalFeedMutationVariables = Exact<{
  input: AddRivalFeedInput;
}>;


export type AddRivalFeedMutation = { __typename?: 'Mutation', addRivalFeed: { __typename?: 'AddRivalFeedPayload', secret: string | null, feed: { __typename?: 'RivalFeed', id: string, signalPath: string | null } } };

export type UpdateRivalFeedMutationVariables = Exact<{
  input: UpdateRivalFeedInput;
}>;


export type UpdateRivalFeedMutation = { __typename?: 'Mutation', updateRivalFeed: { __typename?: 'RivalFeedPayload', feed: { __typename?: 'RivalFeed', id: string, active: boolean, version: number } } };

export type RemoveRivalFeedMutationVariables = Exact<{
  input: RivalFeedIdInput;
}>;


export type RemoveRivalFeedMutation = { __typename?: 'Mutation', removeRivalFeed: { __typename?: 'RemoveRivalFeedPayload', removedFeedId: string } };

export type PollRivalFeedNowMutationVariables = Exact<{
  input: RivalFeedIdInput;
}>;


export type PollRivalFeedNowMutation = { __typename?: 'Mutation', pollRivalFeedNow: { __typename?: 'RivalFeedPayload', feed: { __typename?: 'RivalFeed', id: string, failing: boolean, lastError: string | null, lastPolledAt: string | null } } };

export type ConfirmSuggestedEventMutationVariables = Exact<{
  input: ConfirmSuggestedEventInput;
}>;


export type ConfirmSuggestedEventMutation = { __typename?: 'Mutation', confirmSuggestedEvent: { __typename?: 'ConfirmSuggestedEventPayload', suggestion: { __typename?: 'SuggestedDistressEvent', id: string, status: SuggestedEventStatus }, distressEvent: { __typename?: 'DistressEvent', id: string } } };

export type DismissSuggestedEventMutationVariables = Exact<{
  input: SuggestedEventIdInput;
}>;


export type DismissSuggestedEventMutation = { __typename?: 'Mutation', dismissSuggestedEvent: { __typename?: 'SuggestedEventPayload', suggestion: { __typename?: 'SuggestedDistressEvent', id: string, status: SuggestedEventStatus } } };

export type RivalOutagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  months: Scalars['Int']['input'];
}>;


export type RivalOutagesQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', claimedAvailabilityPercent: number | null, id: string, outages: Array<{ __typename?: 'Outage', id: string, startedAt: string, endedAt: string | null, impact: OutageImpact, services: Array<ServiceKind>, summary: string, sourceUrl: string | null, version: number }>, availability: { __typename?: 'Availability', timeZone: string, claimedAvailabilityPercent: number | null, weights: { __typename?: 'OutageImpactWeights', major: number, partial: number, degraded: number }, months: Array<{ __typename?: 'MonthAvailability', month: string, minutes: number, elapsedMinutes: number, weightedDowntimeMinutes: number, availabilityPercent: number, allowedDowntimeMinutes: number | null, shortfallMinutes: number | null }> } }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type RecordOutageMutationVariables = Exact<{
  input: RecordOutageInput;
}>;


export type RecordOutageMutation = { __typename?: 'Mutation', recordOutage: { __typename?: 'RecordOutagePayload', created: boolean, outage: { __typename?: 'Outage', id: string, startedAt: string, endedAt: string | null, impact: OutageImpact, services: Array<ServiceKind>, summary: string, sourceUrl: string | null, version: number } } };

export type UpdateOutageMutationVariables = Exact<{
  input: UpdateOutageInput;
}>;


export type UpdateOutageMutation = { __typename?: 'Mutation', updateOutage: { __typename?: 'UpdateOutagePayload', outage: { __typename?: 'Outage', id: string, endedAt: string | null, version: number } } };

export type RemoveOutageMutationVariables = Exact<{
  input: RemoveOutageInput;
}>;


export type RemoveOutageMutation = { __typename?: 'Mutation', removeOutage: { __typename?: 'RemoveOutagePayload', removedOutageId: string } };

export type OutageEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  months: Scalars['Int']['input'];
}>;


export type OutageEvidenceQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', name: string, id: string, campaign: { __typename?: 'Campaign', id: string, name: string, rival: { __typename?: 'Rival', id: string, name: string, claimedAvailabilityPercent: number | null } }, outageEvidence: { __typename?: 'OutageEvidence', services: Array<ServiceKind>, outages: Array<{ __typename?: 'Outage', id: string, startedAt: string, endedAt: string | null, impact: OutageImpact, services: Array<ServiceKind>, summary: string, sourceUrl: string | null }>, availability: { __typename?: 'Availability', timeZone: string, claimedAvailabilityPercent: number | null, weights: { __typename?: 'OutageImpactWeights', major: number, partial: number, degraded: number }, months: Array<{ __typename?: 'MonthAvailability', month: string, minutes: number, elapsedMinutes: number, weightedDowntimeMinutes: number, availabilityPercent: number, allowedDowntimeMinutes: number | null, shortfallMinutes: number | null }> } } | null }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', id: string }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type RivalWatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RivalWatchQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null, services: Array<ServiceKind>, version: number, id: string, distressEvents: Array<{ __typename?: 'DistressEvent', id: string, kind: DistressKind, occurredAt: string, recordedAt: string, severity: number, sourceUrl: string | null, summary: string, announcedShutdownAt: string | null }> }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type RecordRivalEventMutationVariables = Exact<{
  input: RecordDistressEventInput;
}>;


export type RecordRivalEventMutation = { __typename?: 'Mutation', recordDistressEvent: { __typename?: 'RecordDistressEventPayload', distressEvent: { __typename?: 'DistressEvent', id: string, kind: DistressKind, occurredAt: string, recordedAt: string, severity: number, sourceUrl: string | null, summary: string, announcedShutdownAt: string | null, impact: { __typename?: 'DistressEventImpact', status: DistressImpactStatus, accountsRecomputed: number, urgencyChanged: number, deadlinesChanged: number, computedAt: string | null } }, rival: { __typename?: 'Rival', id: string, health: RivalHealth, shutdownExpectedAt: string | null, version: number } } };

export type DistressEventImpactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DistressEventImpactQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string, impact: { __typename?: 'DistressEventImpact', status: DistressImpactStatus, accountsRecomputed: number, urgencyChanged: number, deadlinesChanged: number, computedAt: string | null } }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', id: string }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type RivalsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RivalsQuery = { __typename?: 'Query', rivals: { __typename?: 'RivalConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RivalEdge', node: { __typename?: 'Rival', id: string, name: string, country: string, health: RivalHealth, shutdownExpectedAt: string | null, services: Array<ServiceKind>, claimedAvailabilityPercent: number | null, distressEvents: Array<{ __typename?: 'DistressEvent', id: string, kind: DistressKind, occurredAt: string, severity: number, summary: string }> } }> } };

export type RecordDistressEventMutationVariables = Exact<{
  input: RecordDistressEventInput;
}>;


export type RecordDistressEventMutation = { __typename?: 'Mutation', recordDistressEvent: { __typename?: 'RecordDistressEventPayload', distressEvent: { __typename?: 'DistressEvent', id: string, kind: DistressKind, occurredAt: string, severity: number, summary: string }, rival: { __typename?: 'Rival', id: string, health: RivalHealth, shutdownExpectedAt: string | null, version: number } } };

export type GlobalSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  campaignId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GlobalSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', id: string, name: string, segment: Segment } }> }, contacts: { __typename?: 'ContactConnection', edges: Array<{ __typename?: 'ContactEdge', node: { __typename?: 'Contact', id: string, name: string, title: string | null, account: { __typename?: 'Account', id: string, name: string } } }> } } };

export type ShutdownScenarioFieldsFragment = { __typename?: 'ShutdownScenario', id: string, version: number, label: string, goesDarkAt: string, probabilityPercent: number, credible: boolean, governing: boolean, sourceUrl: string | null, sourceNote: string | null };

export type RivalShutdownScenariosQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RivalShutdownScenariosQuery = { __typename?: 'Query', node:
    | { __typename?: 'Account', id: string }
    | { __typename?: 'AccountImport', id: string }
    | { __typename?: 'Activity', id: string }
    | { __typename?: 'ApiKey', id: string }
    | { __typename?: 'AuditEntry', id: string }
    | { __typename?: 'BulkAssignment', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Collective', id: string }
    | { __typename?: 'Contact', id: string }
    | { __typename?: 'DistressEvent', id: string }
    | { __typename?: 'Migration', id: string }
    | { __typename?: 'Opportunity', id: string }
    | { __typename?: 'Outage', id: string }
    | { __typename?: 'Outreach', id: string }
    | { __typename?: 'Proposal', id: string }
    | { __typename?: 'Rival', shutdownExpectedAt: string | null, id: string, shutdownScenarios: Array<{ __typename?: 'ShutdownScenario', id: string, version: number, label: string, goesDarkAt: string, probabilityPercent: number, credible: boolean, governing: boolean, sourceUrl: string | null, sourceNote: string | null }> }
    | { __typename?: 'ShutdownScenario', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Webhook', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
   | null };

export type ShutdownScenarioImpactsQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type ShutdownScenarioImpactsQuery = { __typename?: 'Query', migrationPlan: { __typename?: 'MigrationPlan', campaign: { __typename?: 'Campaign', id: string, rival: { __typename?: 'Rival', id: string, name: string } }, shutdownScenarios: Array<{ __typename?: 'ShutdownScenarioImpact', accountsGoingDark: number, migrationsTooLate: number, openDeals: number, outOfTime: number, scenario: { __typename?: 'ShutdownScenario', id: string, version: number, label: string, goesDarkAt: string, probabilityPercent: number, credible: boolean, governing: boolean, sourceUrl: string | null, sourceNote: string | null }, monthlySpendGoingDark: { __typename?: 'Money', amount: number, currency: string }, savedByDelay: { __typename?: 'SavedByDelay', accounts: number, monthlySpend: { __typename?: 'Money', amount: number, currency: string } } | null }> } };

export type AddShutdownScenarioMutationVariables = Exact<{
  input: AddShutdownScenarioInput;
}>;


export type AddShutdownScenarioMutation = { __typename?: 'Mutation', addShutdownScenario: { __typename?: 'ShutdownScenarioPayload', shutdownScenario: { __typename?: 'ShutdownScenario', id: string, version: number, label: string, goesDarkAt: string, probabilityPercent: number, credible: boolean, governing: boolean, sourceUrl: string | null, sourceNote: string | null } | null, rival: { __typename?: 'Rival', id: string, version: number, shutdownExpectedAt: string | null } } };

export type UpdateShutdownScenarioMutationVariables = Exact<{
  input: UpdateShutdownScenarioInput;
}>;


export type UpdateShutdownScenarioMutation = { __typename?: 'Mutation', updateShutdownScenario: { __typename?: 'ShutdownScenarioPayload', shutdownScenario: { __typename?: 'ShutdownScenario', id: string, version: number, label: string, goesDarkAt: string, probabilityPercent: number, credible: boolean, governing: boolean, sourceUrl: string | null, sourceNote: string | null } | null, rival: { __typename?: 'Rival', id: string, version: number, shutdownExpectedAt: string | null } } };

export type RemoveShutdownScenarioMutationVariables = Exact<{
  input: RemoveShutdownScenarioInput;
}>;


export type RemoveShutdownScenarioMutation = { __typename?: 'Mutation', removeShutdownScenario: { __typename?: 'ShutdownScenarioPayload', rival: { __typename?: 'Rival', id: string, version: number, shutdownExpectedAt: string | null } } };

export const LeadSourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}}]}}]} as unknown as DocumentNode<LeadSourceFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"resent"}}]}}]}}]} as unknown as DocumentNode<ActivityFieldsFragment, unknown>;
export const AccountDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalIsPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"competingBidders"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rivalServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"resent"}}]}}]}}]} as unknown as DocumentNode<AccountDetailFragment, unknown>;
export const CampaignAdminFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdminFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"proposalValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueBusinessDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"proposal_sent"}},{"kind":"Field","name":{"kind":"Name","value":"negotiating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise_vpn"}},{"kind":"Field","name":{"kind":"Name","value":"isp_wholesale"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"colocation"}},{"kind":"Field","name":{"kind":"Name","value":"smb_web"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin7Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin14Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutDownNotMigrated"}},{"kind":"Field","name":{"kind":"Name","value":"insolventNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"liquidatingNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"noBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpendMax"}},{"kind":"Field","name":{"kind":"Name","value":"multiCountry"}},{"kind":"Field","name":{"kind":"Name","value":"noRecentContact"}},{"kind":"Field","name":{"kind":"Name","value":"rivalOutages"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveCancellation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageImpactWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignAdminFieldsFragment, unknown>;
export const CollectiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<CollectiveFieldsFragment, unknown>;
export const CollectiveAgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CollectiveAgreementFieldsFragment, unknown>;
export const RaceMoneyBandFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RaceMoneyBandFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RaceMoneyBand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p10"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p50"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<RaceMoneyBandFieldsFragment, unknown>;
export const SessionUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<SessionUserFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const AdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminUserFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const AccountImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<AccountImportFieldsFragment, unknown>;
export const MigrationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]} as unknown as DocumentNode<MigrationRowFragment, unknown>;
export const MigrationPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"rivalShutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacityWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDarkMigrationIds"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDark"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationRow"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]} as unknown as DocumentNode<MigrationPlanFieldsFragment, unknown>;
export const OutreachFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"bounced"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resentAfterInterruption"}},{"kind":"Field","name":{"kind":"Name","value":"offerOpened"}},{"kind":"Field","name":{"kind":"Name","value":"offerAccepted"}}]}}]}}]} as unknown as DocumentNode<OutreachFieldsFragment, unknown>;
export const PersonalOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PersonalOfferFieldsFragment, unknown>;
export const PipelineDealFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineDeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDealFragment, unknown>;
export const ProposalTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ProposalTotalsFieldsFragment, unknown>;
export const ProposalDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ProposalDetailFragment, unknown>;
export const OfferDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outageEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<OfferDetailFragment, unknown>;
export const AdminRivalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminRivalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminRivalFieldsFragment, unknown>;
export const ShutdownScenarioFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShutdownScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShutdownScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"credible"}},{"kind":"Field","name":{"kind":"Name","value":"governing"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}}]}}]} as unknown as DocumentNode<ShutdownScenarioFieldsFragment, unknown>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minUrgency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unassigned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"minUrgency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minUrgency"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalIsPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"competingBidders"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rivalServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"resent"}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const ClaimAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimAccountMutation, ClaimAccountMutationVariables>;
export const EraseContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"auditEntries"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"}},{"kind":"Field","name":{"kind":"Name","value":"signedProposalsKept"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalIsPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"competingBidders"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rivalServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"resent"}}]}}]}}]} as unknown as DocumentNode<EraseContactMutation, EraseContactMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalIsPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"competingBidders"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rivalServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadSourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lawfulBasis"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"resent"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const LogActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nextStepAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"resent"}}]}}]}}]} as unknown as DocumentNode<LogActivityMutation, LogActivityMutationVariables>;
export const QuickLogDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuickLogDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuickLogDealQuery, QuickLogDealQueryVariables>;
export const AssignAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignAccountMutation, AssignAccountMutationVariables>;
export const BulkAssignmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkAssignmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignmentPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repId"}},{"kind":"Field","name":{"kind":"Name","value":"openAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BulkAssignmentPreviewQuery, BulkAssignmentPreviewQueryVariables>;
export const StartBulkAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBulkAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBulkAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<StartBulkAssignmentMutation, StartBulkAssignmentMutationVariables>;
export const BulkAssignmentProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkAssignmentProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"assignedCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}}]}}]}}]} as unknown as DocumentNode<BulkAssignmentProgressQuery, BulkAssignmentProgressQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const PendingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"pending_approval"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PendingApprovalsQuery, PendingApprovalsQueryVariables>;
export const ApproveProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveProposalMutation, ApproveProposalMutationVariables>;
export const RejectProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]}}]} as unknown as DocumentNode<RejectProposalMutation, RejectProposalMutationVariables>;
export const AccountHistorySourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountHistorySources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountHistorySourcesQuery, AccountHistorySourcesQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const CampaignCycleRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignCycleRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueBusinessDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"proposal_sent"}},{"kind":"Field","name":{"kind":"Name","value":"negotiating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise_vpn"}},{"kind":"Field","name":{"kind":"Name","value":"isp_wholesale"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"colocation"}},{"kind":"Field","name":{"kind":"Name","value":"smb_web"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignCycleRulesQuery, CampaignCycleRulesQueryVariables>;
export const AdminCampaignSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCampaignSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdminFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdminFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"proposalValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueBusinessDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"proposal_sent"}},{"kind":"Field","name":{"kind":"Name","value":"negotiating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise_vpn"}},{"kind":"Field","name":{"kind":"Name","value":"isp_wholesale"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"colocation"}},{"kind":"Field","name":{"kind":"Name","value":"smb_web"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin7Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin14Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutDownNotMigrated"}},{"kind":"Field","name":{"kind":"Name","value":"insolventNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"liquidatingNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"noBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpendMax"}},{"kind":"Field","name":{"kind":"Name","value":"multiCountry"}},{"kind":"Field","name":{"kind":"Name","value":"noRecentContact"}},{"kind":"Field","name":{"kind":"Name","value":"rivalOutages"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveCancellation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageImpactWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCampaignSettingsQuery, AdminCampaignSettingsQueryVariables>;
export const UpdateCampaignSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdminFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdminFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"proposalValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueBusinessDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"proposal_sent"}},{"kind":"Field","name":{"kind":"Name","value":"negotiating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise_vpn"}},{"kind":"Field","name":{"kind":"Name","value":"isp_wholesale"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"colocation"}},{"kind":"Field","name":{"kind":"Name","value":"smb_web"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin7Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin14Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutDownNotMigrated"}},{"kind":"Field","name":{"kind":"Name","value":"insolventNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"liquidatingNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"noBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpendMax"}},{"kind":"Field","name":{"kind":"Name","value":"multiCountry"}},{"kind":"Field","name":{"kind":"Name","value":"noRecentContact"}},{"kind":"Field","name":{"kind":"Name","value":"rivalOutages"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveCancellation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageImpactWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignSettingsMutation, UpdateCampaignSettingsMutationVariables>;
export const AddCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCampaignMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdminFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdminFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"proposalValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueBusinessDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"proposal_sent"}},{"kind":"Field","name":{"kind":"Name","value":"negotiating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise_vpn"}},{"kind":"Field","name":{"kind":"Name","value":"isp_wholesale"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"colocation"}},{"kind":"Field","name":{"kind":"Name","value":"smb_web"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin7Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin14Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutDownNotMigrated"}},{"kind":"Field","name":{"kind":"Name","value":"insolventNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"liquidatingNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"noBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpendMax"}},{"kind":"Field","name":{"kind":"Name","value":"multiCountry"}},{"kind":"Field","name":{"kind":"Name","value":"noRecentContact"}},{"kind":"Field","name":{"kind":"Name","value":"rivalOutages"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveCancellation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageImpactWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}}]}}]}}]} as unknown as DocumentNode<AddCampaignMemberMutation, AddCampaignMemberMutationVariables>;
export const RemoveCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCampaignMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignAdminFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignAdminFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAccounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"proposalValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueBusinessDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"contacted"}},{"kind":"Field","name":{"kind":"Name","value":"proposal_sent"}},{"kind":"Field","name":{"kind":"Name","value":"negotiating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise_vpn"}},{"kind":"Field","name":{"kind":"Name","value":"isp_wholesale"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"colocation"}},{"kind":"Field","name":{"kind":"Name","value":"smb_web"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin7Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin14Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownWithin90Days"}},{"kind":"Field","name":{"kind":"Name","value":"shutDownNotMigrated"}},{"kind":"Field","name":{"kind":"Name","value":"insolventNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"liquidatingNoDate"}},{"kind":"Field","name":{"kind":"Name","value":"noBackupProvider"}},{"kind":"Field","name":{"kind":"Name","value":"rivalPrincipalOperator"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpendMax"}},{"kind":"Field","name":{"kind":"Name","value":"multiCountry"}},{"kind":"Field","name":{"kind":"Name","value":"noRecentContact"}},{"kind":"Field","name":{"kind":"Name","value":"rivalOutages"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveCancellation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageImpactWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCampaignMemberMutation, RemoveCampaignMemberMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"proposalValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CollectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collectives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<CollectivesQuery, CollectivesQueryVariables>;
export const CollectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Collective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spokesperson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CollectiveQuery, CollectiveQueryVariables>;
export const CreateCollectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCollective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCollectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCollective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<CreateCollectiveMutation, CreateCollectiveMutationVariables>;
export const UpdateCollectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCollective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCollectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCollective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<UpdateCollectiveMutation, UpdateCollectiveMutationVariables>;
export const AddCollectiveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCollectiveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCollectiveMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<AddCollectiveMembersMutation, AddCollectiveMembersMutationVariables>;
export const RemoveCollectiveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCollectiveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCollectiveMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<RemoveCollectiveMembersMutation, RemoveCollectiveMembersMutationVariables>;
export const LinkCollectiveMembersByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkCollectiveMembersByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCollectiveMembersByNameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCollectiveMembersByName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"ambiguous"}},{"kind":"Field","name":{"kind":"Name","value":"inOtherCollective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"forumUrl"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"untouched"}}]}}]}}]} as unknown as DocumentNode<LinkCollectiveMembersByNameMutation, LinkCollectiveMembersByNameMutationVariables>;
export const CollectiveAccountSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectiveAccountSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectiveAccountSearchQuery, CollectiveAccountSearchQueryVariables>;
export const AccountCollectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountCollective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"announcedCancellationAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountCollectiveQuery, AccountCollectiveQueryVariables>;
export const ProposeCollectiveTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCollectiveTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCollectiveTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCollectiveTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProposeCollectiveTermsMutation, ProposeCollectiveTermsMutationVariables>;
export const ApproveCollectiveTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCollectiveTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveTermsVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCollectiveTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ApproveCollectiveTermsMutation, ApproveCollectiveTermsMutationVariables>;
export const RejectCollectiveTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCollectiveTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectCollectiveTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCollectiveTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RejectCollectiveTermsMutation, RejectCollectiveTermsMutationVariables>;
export const RecordCollectiveTermsSignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCollectiveTermsSigned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCollectiveTermsSignedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCollectiveTermsSigned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordCollectiveTermsSignedMutation, RecordCollectiveTermsSignedMutationVariables>;
export const WithdrawCollectiveTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCollectiveTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveTermsVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCollectiveTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WithdrawCollectiveTermsMutation, WithdrawCollectiveTermsMutationVariables>;
export const DeleteCollectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCollective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCollectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCollective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"unlinked"}}]}}]}}]} as unknown as DocumentNode<DeleteCollectiveMutation, DeleteCollectiveMutationVariables>;
export const CollectivesAwaitingApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectivesAwaitingApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectivesAwaitingApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollectiveAgreementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollectiveAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CollectivesAwaitingApprovalQuery, CollectivesAwaitingApprovalQueryVariables>;
export const PipelineDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardPeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shutdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDark"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDarkAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacityWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"lastCutoverAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wonShareOfSpend"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"won"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"untouched"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bidder"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stageTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stays"}},{"kind":"Field","name":{"kind":"Name","value":"medianHours"}},{"kind":"Field","name":{"kind":"Name","value":"medianAllowedHours"}},{"kind":"Field","name":{"kind":"Name","value":"dueBusinessDays"}},{"kind":"Field","name":{"kind":"Name","value":"staysPastDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycleTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetHours"}},{"kind":"Field","name":{"kind":"Name","value":"medianHours"}},{"kind":"Field","name":{"kind":"Name","value":"measuredDeals"}},{"kind":"Field","name":{"kind":"Name","value":"withinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"withinTargetShare"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untilShutdown"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"migrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"plannedWorkload"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beyondHorizon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unscheduled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamRole"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDeals"}},{"kind":"Field","name":{"kind":"Name","value":"wonDeals"}},{"kind":"Field","name":{"kind":"Name","value":"lostDeals"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"openMonthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDashboardQuery, PipelineDashboardQueryVariables>;
export const DashboardDealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedBefore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleBucket"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedBefore"}}},{"kind":"Argument","name":{"kind":"Name","value":"cycleBucket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleBucket"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DUE_AT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDealsQuery, DashboardDealsQueryVariables>;
export const DashboardRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DashboardRefreshSubscription, DashboardRefreshSubscriptionVariables>;
export const RaceForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaceForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetSharePercent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raceForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetSharePercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetSharePercent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"runs"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonRuns"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"dailyActionsPerRep"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownAhead"}},{"kind":"Field","name":{"kind":"Name","value":"computeMs"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedSpendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spendWon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RaceMoneyBandFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RaceMoneyBandFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedButDarkAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"signedButDarkSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"spendWon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RaceMoneyBandFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RaceMoneyBandFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goingDark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"expectedSpendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"spendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedButDarkAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"signedButDarkSpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timesFirstCome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"runs"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedReps"}},{"kind":"Field","name":{"kind":"Name","value":"unlimitedSpendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetSpendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSpendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentReps"}},{"kind":"Field","name":{"kind":"Name","value":"currentWeeklyMigrationCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"currentReachesTarget"}},{"kind":"Field","name":{"kind":"Name","value":"repsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyMigrationCapacityNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"adviceSpendMigrated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"meanDays"}},{"kind":"Field","name":{"kind":"Name","value":"observedExits"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"priorShare"}},{"kind":"Field","name":{"kind":"Name","value":"exits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RaceMoneyBandFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RaceMoneyBand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p10"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p50"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<RaceForecastQuery, RaceForecastQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ImportAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountImportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ImportAccountsMutation, ImportAccountsMutationVariables>;
export const AccountImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"insertedCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<AccountImportProgressQuery, AccountImportProgressQueryVariables>;
export const AccountImportErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountImportErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountImportErrorsQuery, AccountImportErrorsQueryVariables>;
export const OpportunityChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OpportunityChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"previousStage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<OpportunityChangedSubscription, OpportunityChangedSubscriptionVariables>;
export const ImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDone"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const MigrationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"rivalShutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacityWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDarkMigrationIds"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDark"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationRow"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrationPlanQuery, MigrationPlanQueryVariables>;
export const MigrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Migrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationRow"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]} as unknown as DocumentNode<MigrationsQuery, MigrationsQueryVariables>;
export const UpdateMigrationCutoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMigrationCutover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMigrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMigration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}}]} as unknown as DocumentNode<UpdateMigrationCutoverMutation, UpdateMigrationCutoverMutationVariables>;
export const SetMigrationPlanCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMigrationPlanCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMigrationCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMigrationCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Migration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"workload"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrationPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"rivalShutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacityWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDarkMigrationIds"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"overCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"willGoDark"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrationRow"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetMigrationPlanCapacityMutation, SetMigrationPlanCapacityMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedIds"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const QueueBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<QueueBoardQuery, QueueBoardQueryVariables>;
export const OpenQueueBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenQueueBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenQueueBoardInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openQueueBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<OpenQueueBoardMutation, OpenQueueBoardMutationVariables>;
export const QueueOutreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueOutreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueOutreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueOutreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unsourced"}},{"kind":"Field","name":{"kind":"Name","value":"withoutOffer"}},{"kind":"Field","name":{"kind":"Name","value":"unsourcedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergeFields"}},{"kind":"Field","name":{"kind":"Name","value":"outreach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<QueueOutreachMutation, QueueOutreachMutationVariables>;
export const OutreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"bounced"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resentAfterInterruption"}},{"kind":"Field","name":{"kind":"Name","value":"offerOpened"}},{"kind":"Field","name":{"kind":"Name","value":"offerAccepted"}}]}}]}}]} as unknown as DocumentNode<OutreachQuery, OutreachQueryVariables>;
export const OutreachesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outreaches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreaches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"bounced"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resentAfterInterruption"}},{"kind":"Field","name":{"kind":"Name","value":"offerOpened"}},{"kind":"Field","name":{"kind":"Name","value":"offerAccepted"}}]}}]}}]} as unknown as DocumentNode<OutreachesQuery, OutreachesQueryVariables>;
export const CancelOutreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOutreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOutreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOutreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutreachFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"bounced"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"resentAfterInterruption"}},{"kind":"Field","name":{"kind":"Name","value":"offerOpened"}},{"kind":"Field","name":{"kind":"Name","value":"offerAccepted"}}]}}]}}]} as unknown as DocumentNode<CancelOutreachMutation, CancelOutreachMutationVariables>;
export const GeneratePersonalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GeneratePersonalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratePersonalOffersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatePersonalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<GeneratePersonalOffersMutation, GeneratePersonalOffersMutationVariables>;
export const PersonalOfferBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalOfferBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalOfferBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"approvalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generated"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonalOfferBatchesQuery, PersonalOfferBatchesQueryVariables>;
export const AccountPersonalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPersonalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverWeekStart"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountPersonalOffersQuery, AccountPersonalOffersQueryVariables>;
export const PersonalOfferByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalOfferByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalOfferByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalOfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PersonalOfferByTokenQuery, PersonalOfferByTokenQueryVariables>;
export const AcceptPersonalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPersonalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptPersonalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPersonalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalOfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownAt"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"cutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptPersonalOfferMutation, AcceptPersonalOfferMutationVariables>;
export const PipelineDealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Segment"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rivalId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}},{"kind":"Argument","name":{"kind":"Name","value":"rivalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rivalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineDeal"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineDeal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDealsQuery, PipelineDealsQueryVariables>;
export const DealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<DealQuery, DealQueryVariables>;
export const MoveOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageEnteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOpportunityMutation, MoveOpportunityMutationVariables>;
export const ProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalQuery, ProposalQueryVariables>;
export const DraftProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftProposalMutation, DraftProposalMutationVariables>;
export const UpdateProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProposalMutation, UpdateProposalMutationVariables>;
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const SendProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptancePath"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendProposalMutation, SendProposalMutationVariables>;
export const ProposalByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outageEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}}]}}]} as unknown as DocumentNode<ProposalByTokenQuery, ProposalByTokenQueryVariables>;
export const AcceptProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outageEvidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}}]}}]} as unknown as DocumentNode<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const OutgoingMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutgoingMail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outgoingMail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<OutgoingMailQuery, OutgoingMailQueryVariables>;
export const ProposalRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"decisionMaker"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalRecipientsQuery, ProposalRecipientsQueryVariables>;
export const EmailProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resent"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySubtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalOverTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"attachOutageEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCutoverAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiredApproval"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUnitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidDaysRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidMonthsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"prepaidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"discountLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repPercent"}},{"kind":"Field","name":{"kind":"Name","value":"managerPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"capMonths"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmailProposalMutation, EmailProposalMutationVariables>;
export const MyQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"weightPercent"}},{"kind":"Field","name":{"kind":"Name","value":"migrationLeadDays"}},{"kind":"Field","name":{"kind":"Name","value":"signBy"}},{"kind":"Field","name":{"kind":"Name","value":"nowPercent"}},{"kind":"Field","name":{"kind":"Name","value":"laterPercent"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyQueueQuery, MyQueueQueryVariables>;
export const AdminRivalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRivals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rivals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminRivalFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminRivalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminRivalsQuery, AdminRivalsQueryVariables>;
export const CreateRivalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRival"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRivalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRival"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminRivalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminRivalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateRivalMutation, CreateRivalMutationVariables>;
export const UpdateRivalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRival"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRivalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRival"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminRivalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminRivalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateRivalMutation, UpdateRivalMutationVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const CloseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCampaignMutation, CloseCampaignMutationVariables>;
export const ArchiveCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveCampaignMutation, ArchiveCampaignMutationVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const RivalSignalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RivalSignals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"signalPath"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"autoRecord"}},{"kind":"Field","name":{"kind":"Name","value":"autoRecordMinSeverity"}},{"kind":"Field","name":{"kind":"Name","value":"pollIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"nextPollAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedName"}},{"kind":"Field","name":{"kind":"Name","value":"feedKind"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"components"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RivalSignalsQuery, RivalSignalsQueryVariables>;
export const AddRivalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRivalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRivalFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRivalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signalPath"}}]}}]}}]}}]} as unknown as DocumentNode<AddRivalFeedMutation, AddRivalFeedMutationVariables>;
export const UpdateRivalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRivalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRivalFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRivalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRivalFeedMutation, UpdateRivalFeedMutationVariables>;
export const RemoveRivalFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRivalFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RivalFeedIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRivalFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedFeedId"}}]}}]}}]} as unknown as DocumentNode<RemoveRivalFeedMutation, RemoveRivalFeedMutationVariables>;
export const PollRivalFeedNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PollRivalFeedNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RivalFeedIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollRivalFeedNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}}]}}]}}]}}]} as unknown as DocumentNode<PollRivalFeedNowMutation, PollRivalFeedNowMutationVariables>;
export const ConfirmSuggestedEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSuggestedEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmSuggestedEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSuggestedEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distressEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmSuggestedEventMutation, ConfirmSuggestedEventMutationVariables>;
export const DismissSuggestedEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissSuggestedEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestedEventIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissSuggestedEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DismissSuggestedEventMutation, DismissSuggestedEventMutationVariables>;
export const RivalOutagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RivalOutages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallMinutes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RivalOutagesQuery, RivalOutagesQueryVariables>;
export const RecordOutageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"outage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOutageMutation, RecordOutageMutationVariables>;
export const UpdateOutageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOutage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOutageMutation, UpdateOutageMutationVariables>;
export const RemoveOutageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOutage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOutageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOutage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedOutageId"}}]}}]}}]} as unknown as DocumentNode<RemoveOutageMutation, RemoveOutageMutationVariables>;
export const OutageEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutageEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outageEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"outages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"weightedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDowntimeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallMinutes"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutageEvidenceQuery, OutageEvidenceQueryVariables>;
export const RivalWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RivalWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"distressEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"announcedShutdownAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RivalWatchQuery, RivalWatchQueryVariables>;
export const RecordRivalEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRivalEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDistressEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDistressEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distressEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"announcedShutdownAt"}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountsRecomputed"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesChanged"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRivalEventMutation, RecordRivalEventMutationVariables>;
export const DistressEventImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistressEventImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistressEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accountsRecomputed"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyChanged"}},{"kind":"Field","name":{"kind":"Name","value":"deadlinesChanged"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistressEventImpactQuery, DistressEventImpactQueryVariables>;
export const RivalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rivals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rivals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAvailabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"distressEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RivalsQuery, RivalsQueryVariables>;
export const RecordDistressEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDistressEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDistressEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDistressEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distressEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDistressEventMutation, RecordDistressEventMutationVariables>;
export const GlobalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const RivalShutdownScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RivalShutdownScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rival"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShutdownScenarioFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShutdownScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShutdownScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"credible"}},{"kind":"Field","name":{"kind":"Name","value":"governing"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}}]}}]} as unknown as DocumentNode<RivalShutdownScenariosQuery, RivalShutdownScenariosQueryVariables>;
export const ShutdownScenarioImpactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShutdownScenarioImpacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shutdownScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShutdownScenarioFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountsGoingDark"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpendGoingDark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrationsTooLate"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"}},{"kind":"Field","name":{"kind":"Name","value":"outOfTime"}},{"kind":"Field","name":{"kind":"Name","value":"savedByDelay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySpend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShutdownScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShutdownScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"credible"}},{"kind":"Field","name":{"kind":"Name","value":"governing"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}}]}}]} as unknown as DocumentNode<ShutdownScenarioImpactsQuery, ShutdownScenarioImpactsQueryVariables>;
export const AddShutdownScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddShutdownScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddShutdownScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShutdownScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShutdownScenarioFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShutdownScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShutdownScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"credible"}},{"kind":"Field","name":{"kind":"Name","value":"governing"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}}]}}]} as unknown as DocumentNode<AddShutdownScenarioMutation, AddShutdownScenarioMutationVariables>;
export const UpdateShutdownScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateShutdownScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateShutdownScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShutdownScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shutdownScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShutdownScenarioFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShutdownScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShutdownScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"goesDarkAt"}},{"kind":"Field","name":{"kind":"Name","value":"probabilityPercent"}},{"kind":"Field","name":{"kind":"Name","value":"credible"}},{"kind":"Field","name":{"kind":"Name","value":"governing"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNote"}}]}}]} as unknown as DocumentNode<UpdateShutdownScenarioMutation, UpdateShutdownScenarioMutationVariables>;
export const RemoveShutdownScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveShutdownScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveShutdownScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeShutdownScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"shutdownExpectedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveShutdownScenarioMutation, RemoveShutdownScenarioMutationVariables>;
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { OUTREACH_LANGUAGES, type OutreachLanguage } from '@lifeboat/domain';
import { CampaignModel } from '../campaigns/campaign.model';
import { CollectiveModel } from '../collectives/collective.model';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { enumFrom } from '../common/graphql/scalars';
import { Node } from '../common/graphql/node.model';
import { IsText } from '../common/validation/input-rules';
import { AccountListFilterInput } from '../distribution/dto/bulk-assignment.inputs';

export const OutreachLanguageEnum = enumFrom(OUTREACH_LANGUAGES);
registerEnumType(OutreachLanguageEnum, { name: 'OutreachLanguage', description: 'The language of an outreach’s template: en or fr (dates and amounts are written in it).' });

export const OUTREACH_STATUSES = ['sending', 'completed', 'cancelled'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];
export const OutreachStatusEnum = enumFrom(OUTREACH_STATUSES);
registerEnumType(OutreachStatusEnum, {
  name: 'OutreachStatus',
  description: 'sending (its mails are going out), completed (every mail has an outcome), cancelled (a manager stopped it; what was sent stays sent).',
});

@ObjectType('OutreachProgress', { description: 'Where an outreach’s mails stand, one count per outcome.' })
export class OutreachProgressModel {
  @Field(() => Int, { description: 'Contacts it mails (suppressed addresses skipped when it was queued are not counted).' })
  recipients!: number;

  @Field(() => Int, { description: 'Waiting to be sent, or being sent.' })
  queued!: number;

  @Field(() => Int, { description: 'Accepted by the mail server.' })
  sent!: number;

  @Field(() => Int, { description: 'Refused by the mail server for good (hard bounce): the contact is marked, the address suppressed.' })
  bounced!: number;

  @Field(() => Int, { description: 'Given up after repeated temporary failures.' })
  failed!: number;

  @Field(() => Int, {
    description: 'Handed to the mail server by a sender that stopped before recording its answer, and not sent again: only outreaches finished before such mails were re-sent (see resentAfterInterruption).',
    deprecationReason: 'Such mails are now sent again with the same Message-ID: see resentAfterInterruption. Always 0 for later outreaches.',
  })
  uncertain!: number;

  @Field(() => Int, {
    description:
      'Resent after an interruption: handed to the mail server by a sender that stopped (crashed, killed) before recording the answer, so sent again by the sender that took over, with the same Message-ID — a receiving server that got the first copy drops the second. At most the mails on the wire when it stopped.',
  })
  resentAfterInterruption!: number;

  @Field(() => Int, {
    description:
      'Results: recipients’ accounts whose personal offer was opened after their mail was sent (the offer the mail linked with {{offerLink}}; for a mail without a link, any offer of the account). Counts a first opening only.',
  })
  offerOpened!: number;

  @Field(() => Int, { description: 'Results: recipients’ accounts whose personal offer (as for offerOpened) was accepted after their mail was sent.' })
  offerAccepted!: number;

  @Field(() => Int, { description: 'Skipped because the address was suppressed after the outreach was queued.' })
  suppressed!: number;

  @Field(() => Int, { description: 'Not sent because the outreach was cancelled.' })
  cancelled!: number;

  @Field(() => Int, { description: 'Recipients who unsubscribed through this outreach’s mails.' })
  unsubscribed!: number;

  @Field(() => Int, { description: 'Addresses on the suppression list when it was queued: skipped, never mailed.' })
  skippedSuppressed!: number;
}

@ObjectType('Outreach', {
  implements: () => [Node],
  description: 'A mail sent from a template to a filtered list of a campaign’s accounts or to a collective’s members, once per contact.',
})
export class OutreachModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string;
  collectiveDbId!: string | null;

  @Field(() => OutreachLanguageEnum, { description: 'The template’s language.' })
  language!: OutreachLanguage;

  @Field({ description: 'The subject template.' })
  subject!: string;

  @Field({ description: 'The body template (plain text); every mail ends with a one-click unsubscribe line.' })
  body!: string;

  @Field(() => OutreachStatusEnum, { description: 'sending, completed or cancelled.' })
  status!: OutreachStatus;

  @Field(() => String, { nullable: true, description: 'The accounts-list filter it was sent to, as JSON; null for a collective.' })
  filter!: string | null;

  @Field({ description: 'Who queued it.' })
  createdBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was queued.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it completed or was cancelled.' })
  finishedAt!: Date | null;

  @Field(() => Int, { description: 'Its version.' })
  version!: number;

  @Field(() => CampaignModel, { description: 'Its campaign.' })
  campaign?: CampaignModel;

  @Field(() => CollectiveModel, { nullable: true, description: 'The collective it mails; null for a filtered list.' })
  collective?: CollectiveModel | null;

  @Field(() => OutreachProgressModel, { description: 'Its mails’ outcomes so far.' })
  progress?: OutreachProgressModel;
}

export const OutreachConnection = ConnectionType(OutreachModel, 'Outreach');

@ArgsType()
export class OutreachesArgs extends PageArgs {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;
}

@InputType({ description: 'An outreach: who (a filtered list of the campaign’s accounts, or a collective’s members: one of the two) and what (a template in one language).' })
export class QueueOutreachInput {
  @Field(() => ID, { description: 'The campaign.' })
  @IsString()
  campaignId!: string;

  @Field(() => AccountListFilterInput, { nullable: true, description: 'Which of its accounts (the accounts list’s filters). Give this or collectiveId; neither: every account of the campaign.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountListFilterInput)
  filter?: AccountListFilterInput | null;

  @Field(() => ID, { nullable: true, description: 'A collective of the campaign: its member accounts.' })
  @IsOptional()
  @IsString()
  collectiveId?: string | null;

  @Field(() => OutreachLanguageEnum, { description: 'The template’s language (en or fr).' })
  @IsIn(OUTREACH_LANGUAGES)
  language!: OutreachLanguage;

  @Field({ description: 'The subject (1 to 300 characters), with {{merge fields}}.' })
  @IsText(1, 300, 'subject must be 1 to 300 characters')
  subject!: string;

  @Field({ description: 'The body (plain text, 1 to 20,000 characters), with {{merge fields}}: contactName, accountName, rivalName, shutdownDate, switchCredit, offerLink.' })
  @IsText(1, 20000, 'body must be 1 to 20000 characters')
  body!: string;

  @Field({ nullable: true, description: 'Only count the recipients and check the template, queuing nothing (default false).' })
  @IsOptional()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

@ObjectType('OutreachContact', { description: 'A contact an outreach would reach (shown when it cannot be mailed).' })
export class OutreachContactModel {
  @Field(() => ID, { description: 'The contact’s id.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field({ description: 'Its email address.' })
  email!: string;

  @Field(() => ID, { description: 'Its account’s id.' })
  accountId!: string;

  @Field({ description: 'Its account’s name.' })
  accountName!: string;
}

@ObjectType('QueueOutreachPayload', { description: 'The outreach queued (null on a dry run) and who it reaches.' })
export class QueueOutreachPayload {
  @Field(() => OutreachModel, { nullable: true, description: 'The outreach, queued; null on a dry run.' })
  outreach!: OutreachModel | null;

  @Field(() => Int, { description: 'Contacts it mails: one mail each (an address shared by several contacts is mailed once).' })
  recipients!: number;

  @Field(() => Int, { description: 'Contacts skipped because their address is on the suppression list (unsubscribed, bounced).' })
  suppressed!: number;

  @Field(() => Int, { description: 'Contacts with no recorded source (where they came from, the lawful basis): an outreach including any is refused.' })
  unsourced!: number;

  @Field(() => Int, {
    description: 'With {{offerLink}} in the template: accounts of the list left out because they have no live personal offer (won, lost, expired, never offered); 0 otherwise.',
  })
  withoutOffer!: number;

  @Field(() => [OutreachContactModel], { description: 'The first 50 unsourced contacts, by account and name: record their source, or narrow the list.' })
  unsourcedContacts!: OutreachContactModel[];

  @Field(() => [String], { description: 'The merge fields the template uses.' })
  mergeFields!: string[];
}

@InputType({ description: 'An outreach to stop.' })
export class CancelOutreachInput {
  @Field(() => ID, { description: 'The outreach.' })
  @IsString()
  id!: string;
}

@ObjectType('OutreachPayload', { description: 'The outreach after the change.' })
export class OutreachPayload {
  @Field(() => OutreachModel, { description: 'The outreach.' })
  outreach!: OutreachModel;
}

@InputType({ description: 'Addresses the mail server reported as bouncing for good (an asynchronous bounce report, e.g. from the provider’s webhook or a DSN).' })
export class ReportEmailBouncesInput {
  @Field(() => [String], { description: 'The addresses (1 to 1,000).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'emails must hold at least one address' })
  @ArrayMaxSize(1000, { message: 'emails may hold at most 1000 addresses' })
  @IsEmail({}, { each: true, message: 'each entry of emails must be an email address' })
  emails!: string[];

  @Field(() => String, { nullable: true, description: 'What the report said (kept with each suppression, up to 500 characters).' })
  @IsOptional()
  @IsText(0, 500, 'detail must be at most 500 characters')
  detail?: string | null;
}

@ObjectType('ReportEmailBouncesPayload', { description: 'What a bounce report changed.' })
export class ReportEmailBouncesPayload {
  @Field(() => Int, { description: 'Addresses put on the suppression list now.' })
  suppressed!: number;

  @Field(() => Int, { description: 'Addresses that were on it already.' })
  alreadySuppressed!: number;

  @Field(() => Int, { description: 'Contacts marked as bounced (every contact with one of the addresses).' })
  contactsMarked!: number;
}

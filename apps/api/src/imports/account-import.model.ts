import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LawfulBasis } from '@lifeboat/domain';
import { LawfulBasisEnum } from '../lead-sources/lead-source.model';
import { IMPORT_ROW_ERROR_CODES, type ImportRowErrorCode } from '@lifeboat/shared';
import { Node } from '../common/graphql/node.model';
import { enumFrom } from '../common/graphql/scalars';
import { IMPORT_PRESETS } from './import-file';
import type { ImportStatus } from './imports.repository';

export const ImportStatusEnum = enumFrom(['queued', 'running', 'completed', 'failed'] as const);
registerEnumType(ImportStatusEnum, { name: 'ImportStatus', description: 'Where an import is: queued → running → completed, or failed.' });

export const ImportPresetEnum = enumFrom(IMPORT_PRESETS);
registerEnumType(ImportPresetEnum, {
  name: 'ImportPreset',
  description:
    'A known export layout. salesforce: Account Name, Account ID, Billing Country, Annual Revenue or Monthly Spend, Segment or Type… ' +
    '(labels or API names); hubspot: Company name, Record ID, Country/Region, Annual Revenue…; lifeboat: the mapping field names as headers.',
});

export const ImportRowErrorCodeEnum = enumFrom(IMPORT_ROW_ERROR_CODES);
registerEnumType(ImportRowErrorCodeEnum, {
  name: 'ImportRowErrorCode',
  description: 'Why a row was refused, for an app to word in its reader\'s language (with `params`); `reason` says it in English.',
});

@ObjectType('ImportRowErrorParams', { description: 'What the words of a row error need besides its code and field.' })
export class ImportRowErrorParamsModel {
  @Field(() => String, { nullable: true, description: 'The cell as the file gives it (cut to 200 characters), when the problem is its value.' })
  value!: string | null;

  @Field(() => Int, { nullable: true, description: 'The length limit, for too_long.' })
  max!: number | null;
}

@ObjectType('ImportRowError', { description: 'Why one row (or one of its cells) was not imported.' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'The line of the file where the row starts (the header is line 1).' })
  line!: number;

  @Field({ description: 'The mapping field the problem is in, e.g. contactEmail.' })
  field!: string;

  @Field({ description: 'What is wrong, in English (integrations read it; an app words `code` and `params` in its reader\'s language).' })
  reason!: string;

  @Field(() => ImportRowErrorCodeEnum, { nullable: true, description: 'What is wrong, as a code; null for an error recorded before errors had codes.' })
  code!: ImportRowErrorCode | null;

  @Field(() => ImportRowErrorParamsModel, { description: 'The values the words of `code` need.' })
  params!: ImportRowErrorParamsModel;
}

@ObjectType('AccountImport', { implements: () => [Node], description: 'An import of a customer list into a campaign, and its progress.' })
export class AccountImportModel implements Node {
  @Field(() => ID, { description: 'Opaque, globally unique id.' })
  id!: string;

  dbId!: string;
  campaignDbId!: string;

  @Field(() => ID, { description: 'The campaign the accounts go into.' })
  campaignId!: string;

  @Field(() => ImportStatusEnum, { description: 'Where the import is.' })
  status!: ImportStatus;

  @Field(() => String, { nullable: true, description: 'The file name given at submission.' })
  fileName!: string | null;

  @Field(() => Int, { description: 'Data rows in the file (the header excluded).' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows processed so far, committed.' })
  rowsDone!: number;

  @Field(() => Int, { description: 'Accounts created.' })
  insertedCount!: number;

  @Field(() => Int, { description: 'Existing accounts updated (same external ref, or same name and country).' })
  updatedCount!: number;

  @Field(() => Int, { description: 'Rows refused; see `errors`.' })
  failedCount!: number;

  @Field(() => String, { nullable: true, description: 'Why the whole import failed, when it did.' })
  failureReason!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was submitted.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its first chunk started.' })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it completed or failed.' })
  finishedAt!: Date | null;

  @Field({ description: 'Who submitted it.' })
  submittedBy!: string;

  @Field(() => LawfulBasisEnum, { description: 'The lawful basis stated for the people in the file (recorded as the source of what it brings in).' })
  lawfulBasis!: LawfulBasis;
}

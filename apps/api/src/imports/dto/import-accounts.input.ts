import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { LAWFUL_BASES, SEGMENTS, type LawfulBasis, type Segment } from '@lifeboat/domain';
import { LawfulBasisEnum } from '../../lead-sources/lead-source.model';
import { IMPORT_PRESETS, MAX_IMPORT_BYTES, type ImportPreset } from '../import-file';
import { ImportPresetEnum } from '../account-import.model';
import { SegmentEnum } from '../../common/graphql/domain-enums';

const header = (what: string) => ({ nullable: true, description: `The column header holding ${what}.` });

@InputType({ description: 'Which column of the file holds each account field (headers are matched without regard to case). `name` is required.' })
export class ImportMappingInput {
  @Field(() => String, header('the account name (required)'))
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => String, header('the segment: enterprise_vpn, isp_wholesale, hosting, colocation, smb_web (or "VPN", "ISP", "web hosting"…)'))
  @IsOptional() @IsString() @Length(1, 200)
  segment?: string;

  @Field(() => String, header('the countries: ISO codes or names in English or French, several separated by | , ; or /'))
  @IsOptional() @IsString() @Length(1, 200)
  countries?: string;

  @Field(() => String, header('the monthly spend with the rival, in major units ("12 500,00 €" and "12,500.00" both read as 12500)'))
  @IsOptional() @IsString() @Length(1, 200)
  monthlySpend?: string;

  @Field(() => String, header('the annual revenue or spend, used as monthly spend ÷ 12 when there is no monthly spend'))
  @IsOptional() @IsString() @Length(1, 200)
  annualRevenue?: string;

  @Field(() => String, header('the key of the account in the source system (imports deduplicate on it)'))
  @IsOptional() @IsString() @Length(1, 200)
  externalRef?: string;

  @Field(() => String, header('the contact’s full name'))
  @IsOptional() @IsString() @Length(1, 200)
  contactName?: string;

  @Field(() => String, header('the contact’s email address'))
  @IsOptional() @IsString() @Length(1, 200)
  contactEmail?: string;

  @Field(() => String, header('the contact’s job title'))
  @IsOptional() @IsString() @Length(1, 200)
  contactTitle?: string;

  @Field(() => String, header('the contact’s phone number'))
  @IsOptional() @IsString() @Length(1, 200)
  contactPhone?: string;

  @Field(() => String, header('the end of the prepaid period with the rival (31/12/2002 or 2002-12-31)'))
  @IsOptional() @IsString() @Length(1, 200)
  prepaidUntil?: string;

  @Field(() => String, header('the end of the contract with the rival (31/12/2002 or 2002-12-31)'))
  @IsOptional() @IsString() @Length(1, 200)
  contractEndsAt?: string;

  @Field(() => String, header('whether the account has a backup provider (yes/no, oui/non, true/false, 1/0)'))
  @IsOptional() @IsString() @Length(1, 200)
  hasBackupProvider?: string;

  @Field(() => String, header('whether the rival is its principal operator (yes/no…)'))
  @IsOptional() @IsString() @Length(1, 200)
  rivalIsPrincipalOperator?: string;

  @Field(() => String, header('the name of a customer collective of the campaign the account is a member of (matched ignoring case, accents and punctuation; a name no collective has refuses the row)'))
  @IsOptional() @IsString() @Length(1, 200)
  collective?: string;
}

@InputType({
  description: `A customer list to import. Give the file as \`csv\` (its text) or as \`csvBase64\` (its bytes, for binary-safe upload; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), within the 1 MB of a GraphQL request (larger files, up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB, go as the body of \`POST /imports/{campaignId}\`), separated by , or ; or tabs (detected). Map its columns with \`mapping\`, or name a \`preset\` (default lifeboat).`,
})
export class ImportAccountsInput {
  @Field(() => ID, { description: 'The campaign the accounts go into.' })
  @IsString()
  campaignId!: string;

  @Field(() => String, { nullable: true, description: 'The file’s text.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_IMPORT_BYTES)
  csv?: string | null;

  @Field(() => String, { nullable: true, description: 'The file’s bytes in base64, instead of `csv`.' })
  @IsOptional()
  @IsString()
  @MaxLength(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4)
  csvBase64?: string | null;

  @Field(() => String, { nullable: true, description: 'The file’s name, to show in the import’s history.' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  fileName?: string | null;

  @Field(() => ImportMappingInput, { nullable: true, description: 'Which column holds which field; overrides `preset`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImportMappingInput)
  mapping?: ImportMappingInput | null;

  @Field(() => ImportPresetEnum, { nullable: true, description: 'A known export layout, used when there is no `mapping`.' })
  @IsOptional()
  @IsIn(IMPORT_PRESETS)
  preset?: ImportPreset | null;

  @Field(() => SegmentEnum, { nullable: true, description: 'The segment of rows whose segment cell is empty or unmapped.' })
  @IsOptional()
  @IsIn(SEGMENTS)
  defaultSegment?: Segment | null;

  @Field(() => LawfulBasisEnum, {
    nullable: true,
    description: 'The lawful basis the team relies on for the people in this list (GDPR art. 6(1); default legitimate_interests): recorded as the source of every account and contact it brings in, with the file and who imported it.',
  })
  @IsOptional()
  @IsIn(LAWFUL_BASES)
  lawfulBasis?: LawfulBasis | null;
}

import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LAWFUL_BASES, LEAD_SOURCE_KINDS, type LawfulBasis, type LeadSourceKind } from '@lifeboat/domain';
import { enumFrom } from '../common/graphql/scalars';

export const LeadSourceKindEnum = enumFrom(LEAD_SOURCE_KINDS);
registerEnumType(LeadSourceKindEnum, { name: 'LeadSourceKind', description: 'import: a customer list imported into Lifeboat; manual: entered by hand.' });

export const LawfulBasisEnum = enumFrom(LAWFUL_BASES);
registerEnumType(LawfulBasisEnum, {
  name: 'LawfulBasis',
  description:
    'The lawful basis the team relies on to process a lead’s personal data (GDPR art. 6(1)): consent (a), contract (b), legal_obligation (c), vital_interests (d), public_task (e), legitimate_interests (f; what B2B prospecting usually relies on).',
});

@ObjectType('LeadSource', { description: 'Where an account or a contact came from, and the lawful basis the team relies on for it.' })
export class LeadSourceModel {
  @Field(() => LeadSourceKindEnum, { description: 'An import, or an entry by hand.' })
  kind!: LeadSourceKind;

  @Field(() => ID, { nullable: true, description: 'The import that brought it in (an AccountImport id), for an import.' })
  importId!: string | null;

  @Field(() => String, { nullable: true, description: 'The imported file’s name, for an import (kept when the import is gone).' })
  fileName!: string | null;

  @Field({ description: 'Who imported or entered it (a user’s name, or an API key).' })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  recordedAt!: Date;

  @Field(() => LawfulBasisEnum, { description: 'The lawful basis stated for it.' })
  lawfulBasis!: LawfulBasis;
}

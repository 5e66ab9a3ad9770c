import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId } from '../common/graphql/global-id';
import type { GraphqlContext } from '../common/graphql/loaders';
import { AccountModel, ContactModel } from '../accounts/account.model';
import { LeadSourceModel } from './lead-source.model';
import type { LeadSourceRecord } from './lead-sources.repository';

export function toLeadSourceModel(r: LeadSourceRecord): LeadSourceModel {
  return {
    kind: r.kind,
    importId: r.importId ? toGlobalId('AccountImport', r.importId) : null,
    fileName: r.fileName,
    recordedBy: r.actorLabel,
    recordedAt: r.recordedAt,
    lawfulBasis: r.lawfulBasis,
  };
}

async function sourceOf(sourceDbId: string | null | undefined, ctx: GraphqlContext): Promise<LeadSourceModel | null> {
  if (!sourceDbId) return null;
  const found = await ctx.loaders.leadSource.load(sourceDbId);
  return found ? toLeadSourceModel(found) : null;
}

@Resolver(() => AccountModel)
export class AccountSourceResolver {
  @ResolveField(() => LeadSourceModel, {
    nullable: true,
    description: 'Where the account came from (the import file and who imported it, or who entered it) and the lawful basis stated; null when not recorded (written before Lifeboat recorded sources).',
  })
  source(@Parent() account: AccountModel, @Context() ctx: GraphqlContext): Promise<LeadSourceModel | null> {
    return sourceOf(account.sourceDbId, ctx);
  }
}

@Resolver(() => ContactModel)
export class ContactSourceResolver {
  @ResolveField(() => LeadSourceModel, {
    nullable: true,
    description: 'Where the contact came from and the lawful basis stated; null when not recorded.',
  })
  source(@Parent() contact: ContactModel, @Context() ctx: GraphqlContext): Promise<LeadSourceModel | null> {
    return sourceOf(contact.sourceDbId, ctx);
  }
}

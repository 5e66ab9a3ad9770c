import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { Connection } from '../common/graphql/connection';
import { toAuditEntryModel } from './audit.mapper';
import { AuditEntryConnection, AuditEntryModel } from './audit.model';
import { AuditService } from './audit.service';
import { ApiKeyCallsArgs, AuditTrailArgs } from './dto/audit-trail.args';
import { Roles } from '../common/access/auth.guard';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'Who changed an object and how, oldest first unless `order` says otherwise. Empty for an object you may not see.' })
  async auditTrail(@Args() args: AuditTrailArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<Connection<AuditEntryModel>> {
    const connection = await this.auditService.trail(actor, scope, args.entityId, args);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toAuditEntryModel(e.node) })) };
  }

  @Roles('admin')
  @Query(() => AuditEntryConnection, {
    description:
      'Every call made through an API key — reads, changes, refused and failed calls — newest first, each with its operation and outcome (admins only).',
  })
  async apiKeyCalls(@Args() args: ApiKeyCallsArgs): Promise<Connection<AuditEntryModel>> {
    const connection = await this.auditService.apiKeyCalls(args.apiKeyId, args);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toAuditEntryModel(e.node) })) };
  }
}

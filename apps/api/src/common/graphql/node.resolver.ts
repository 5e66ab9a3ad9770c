import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { RivalsRepository } from '../../rivals/rivals.repository';
import { toDistressEventModel, toRivalModel } from '../../rivals/rival.mapper';
import { AccountsRepository } from '../../accounts/accounts.repository';
import { toAccountModel, toContactModel } from '../../accounts/account.mapper';
import { toCampaignModel } from '../../campaigns/campaign.mapper';
import { PipelineRepository } from '../../pipeline/pipeline.repository';
import { toActivityModel, toOpportunityModel } from '../../pipeline/opportunity.mapper';
import { AuditRepository } from '../../audit/audit.repository';
import { toAuditEntryModel } from '../../audit/audit.mapper';
import { toUserModel } from '../../identity/user.mapper';
import { ProposalsRepository } from '../../contracts/proposals.repository';
import { toProposalModel } from '../../contracts/proposal.mapper';
import { MigrationsRepository } from '../../migrations/migrations.repository';
import { toMigrationModel } from '../../migrations/migration.mapper';
import { ImportsService } from '../../imports/imports.service';
import { toAccountImportModel } from '../../imports/account-import.mapper';
import { BulkAssignmentService } from '../../distribution/bulk-assignment.service';
import { toBulkAssignmentModel } from '../../distribution/bulk-assignment.mapper';
import { WebhooksService } from '../../webhooks/webhooks.service';
import { toDeliveryModel, toWebhookModel } from '../../webhooks/webhook.mapper';
import type { DeliveryRecord, WebhookRecord } from '../../webhooks/webhooks.repository';
import { fromGlobalId } from './global-id';
import { Node } from './node.model';
import type { GraphqlContext } from './loaders';
import type { AccessScope } from '../access/actor';
import { CurrentScope } from '../access/current-actor.decorator';

/**
 * `node(id)`: every lookup goes through a scoped repository or a loader bound to the caller's
 * scope, so an object of another campaign is null, exactly like one that does not exist.
 */
@Resolver(() => Node)
export class NodeResolver {
  constructor(
    private readonly rivals: RivalsRepository,
    private readonly accounts: AccountsRepository,
    private readonly pipeline: PipelineRepository,
    private readonly audit: AuditRepository,
    private readonly proposals: ProposalsRepository,
    private readonly migrations: MigrationsRepository,
    private readonly imports: ImportsService,
    private readonly bulkAssignments: BulkAssignmentService,
    private readonly webhooks: WebhooksService,
  ) {}

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when there is none you may see.' })
  async node(
    @Args('id', { type: () => ID, description: 'A global id from any `id` field.' }) id: string,
    @CurrentScope() scope: AccessScope,
    @Context() ctx: GraphqlContext,
  ): Promise<Node | null> {
    const { type, id: dbId } = fromGlobalId(id);
    switch (type) {
      case 'Rival': {
        const rival = (await this.rivals.getByIds(scope, [dbId])).get(dbId);
        return rival ? toRivalModel(rival) : null;
      }
      case 'DistressEvent': {
        const event = (await this.rivals.getEventsByIds(scope, [dbId])).get(dbId);
        return event ? toDistressEventModel(event) : null;
      }
      case 'Campaign': {
        const campaign = await ctx.loaders.campaign.load(dbId);
        return campaign ? toCampaignModel(campaign) : null;
      }
      case 'User': {
        const user = await ctx.loaders.user.load(dbId);
        return user ? toUserModel(user) : null;
      }
      case 'Account': {
        const account = await ctx.loaders.account.load(dbId);
        return account ? toAccountModel(account) : null;
      }
      case 'Contact': {
        const contact = (await this.accounts.getContactsByIds(scope, [dbId])).get(dbId);
        return contact ? toContactModel(contact) : null;
      }
      case 'Opportunity': {
        const deal = await ctx.loaders.opportunity.load(dbId);
        return deal ? toOpportunityModel(deal) : null;
      }
      case 'Activity': {
        const activity = (await this.pipeline.getActivitiesByIds(scope, [dbId])).get(dbId);
        return activity ? toActivityModel(activity) : null;
      }
      case 'AuditEntry': {
        const entry = (await this.audit.getByIds(scope, [dbId])).get(dbId);
        return entry ? toAuditEntryModel(entry) : null;
      }
      case 'Proposal': {
        const proposal = (await this.proposals.getByIds(scope, [dbId])).get(dbId);
        return proposal ? toProposalModel(proposal) : null;
      }
      case 'Migration': {
        const migration = (await this.migrations.getByIds(scope, [dbId])).get(dbId);
        return migration ? toMigrationModel(migration) : null;
      }
      case 'AccountImport': {
        const found = /^[0-9a-f-]{36}$/i.test(dbId) ? await this.imports.getByDbId(scope, dbId) : null;
        return found ? toAccountImportModel(found) : null;
      }
      case 'BulkAssignment': {
        const found = /^[0-9a-f-]{36}$/i.test(dbId) ? await this.bulkAssignments.getByDbId(scope, dbId) : null;
        return found ? toBulkAssignmentModel(found) : null;
      }
      case 'Webhook': {
        const webhook = await this.webhooks.nodeById(ctx.actor, scope, 'Webhook', dbId);
        return webhook ? toWebhookModel(webhook as WebhookRecord) : null;
      }
      case 'WebhookDelivery': {
        const delivery = await this.webhooks.nodeById(ctx.actor, scope, 'WebhookDelivery', dbId);
        return delivery ? toDeliveryModel(delivery as DeliveryRecord) : null;
      }
      default:
        return null;
    }
  }
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/access/current-actor.decorator';
import { Roles } from '../common/access/auth.guard';
import { toCampaignModel, toTeamMemberModel } from './campaign.mapper';
import { CampaignModel } from './campaign.model';
import { CampaignAdminService } from './campaign-admin.service';
import {
  AddCampaignMemberInput,
  CampaignMemberPayload,
  CampaignPayload,
  CampaignStatusInput,
  CreateCampaignInput,
  RemoveCampaignMemberInput,
  UpdateCampaignSettingsInput,
} from './dto/campaign-admin.inputs';

/** Campaign administration: rules and teams (admins only; managers read them through `campaigns`). */
@Resolver(() => CampaignModel)
export class CampaignAdminResolver {
  constructor(private readonly service: CampaignAdminService) {}

  @Roles('admin')
  @Mutation(() => CampaignPayload, {
    description:
      'Changes a campaign’s rules: stage deadlines, migration lead times, discount limits, switch credit, proposal validity, weekly migration capacity, time zone, urgency weights (admins only; a campaign’s managers read them, and set its weekly capacity with setMigrationCapacity). Audited value by value; the accounts’ urgency and their deals’ due times are then recomputed.',
  })
  async updateCampaignSettings(
    @Args('input', { description: 'The campaign, its version you read, and the settings to change.' }) input: UpdateCampaignSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignPayload> {
    return { campaign: toCampaignModel(await this.service.updateSettings(actor, input)) };
  }

  @Roles('admin')
  @Mutation(() => CampaignMemberPayload, {
    description: 'Puts a user in a campaign’s team as manager or rep, or changes their role in it (admins only). Audited.',
  })
  async addCampaignMember(
    @Args('input', { description: 'The campaign, the user and their role in the team.' }) input: AddCampaignMemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignMemberPayload> {
    const { campaign, member } = await this.service.addMember(actor, input);
    return { campaign: toCampaignModel(campaign), member: toTeamMemberModel(member) };
  }

  @Roles('admin')
  @Mutation(() => CampaignPayload, {
    description:
      'Takes a user out of a campaign’s team (admins only). Refused while they own accounts with an open deal in it — reassign those first — and for its last manager. Audited.',
  })
  async removeCampaignMember(
    @Args('input', { description: 'The campaign and the member.' }) input: RemoveCampaignMemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignPayload> {
    return { campaign: toCampaignModel(await this.service.removeMember(actor, input)) };
  }

  @Roles('admin')
  @Mutation(() => CampaignPayload, {
    description:
      'Opens a campaign against a rival with its team (admins only): at least one manager, and reps; currency (default EUR) and time zone (default Europe/Paris); its rules start from the defaults. BAD_USER_INPUT naming the field, and nothing written, for a rival another active campaign targets, a team without a manager, an unknown currency or time zone. Audited.',
  })
  async createCampaign(@Args('input', { description: 'The campaign, its rival and its team.' }) input: CreateCampaignInput, @CurrentActor() actor: Actor): Promise<CampaignPayload> {
    return { campaign: toCampaignModel(await this.service.createCampaign(actor, input)) };
  }

  @Roles('admin')
  @Mutation(() => CampaignPayload, {
    description:
      'Closes an active campaign (admins only): it takes no new accounts (createAccount, importAccounts are refused), its open deals may still be worked and everything stays readable; its rival may then be targeted by a new campaign. Audited.',
  })
  async closeCampaign(@Args('input', { description: 'The campaign and its version you read.' }) input: CampaignStatusInput, @CurrentActor() actor: Actor): Promise<CampaignPayload> {
    return { campaign: toCampaignModel(await this.service.changeStatus(actor, input, 'closed')) };
  }

  @Roles('admin')
  @Mutation(() => CampaignPayload, {
    description:
      'Archives an active or closed campaign (admins only): closed, and hidden from `campaigns` unless `includeArchived` is true (still readable by id). Audited.',
  })
  async archiveCampaign(@Args('input', { description: 'The campaign and its version you read.' }) input: CampaignStatusInput, @CurrentActor() actor: Actor): Promise<CampaignPayload> {
    return { campaign: toCampaignModel(await this.service.changeStatus(actor, input, 'archived')) };
  }
}

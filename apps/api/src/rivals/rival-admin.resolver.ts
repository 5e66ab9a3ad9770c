import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/access/actor';
import { CurrentActor } from '../common/access/current-actor.decorator';
import { Roles } from '../common/access/auth.guard';
import { toRivalModel } from './rival.mapper';
import { RivalModel } from './rival.model';
import { RivalAdminService } from './rival-admin.service';
import { CreateRivalInput, RivalPayload, UpdateRivalInput } from './dto/rival-admin.inputs';

/** Rival administration (admins only; managers read the rivals of their campaigns through `rivals`). */
@Resolver(() => RivalModel)
export class RivalAdminResolver {
  constructor(private readonly service: RivalAdminService) {}

  @Roles('admin')
  @Mutation(() => RivalPayload, {
    description:
      'Adds a failing competitor: name, country, health, expected shutdown (in the future), services it sells, the availability its SLA claims (admins only). Audited. A campaign against it is then opened with createCampaign.',
  })
  async createRival(@Args('input', { description: 'The rival.' }) input: CreateRivalInput, @CurrentActor() actor: Actor): Promise<RivalPayload> {
    return { rival: toRivalModel(await this.service.create(actor, input)) };
  }

  @Roles('admin')
  @Mutation(() => RivalPayload, {
    description:
      'Changes a rival (admins only): the fields given change; a stale expectedVersion is CONFLICT; a shutdown date in the past is BAD_USER_INPUT. Audited with before and after; a new health or shutdown date recomputes the urgency and deadlines of its campaigns’ accounts.',
  })
  async updateRival(@Args('input', { description: 'The rival, its version you read, and what changes.' }) input: UpdateRivalInput, @CurrentActor() actor: Actor): Promise<RivalPayload> {
    return { rival: toRivalModel(await this.service.update(actor, input)) };
  }
}

import DataLoader from 'dataloader';
import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { toGlobalId } from '../common/graphql/global-id';
import type { GraphqlContext } from '../common/graphql/loaders';
import { toDistressEventModel, toRivalModel } from '../rivals/rival.mapper';
import { RivalModel } from '../rivals/rival.model';
import { AddRivalFeedInput, ConfirmSuggestedEventInput, RivalFeedIdInput, SuggestedEventIdInput, UpdateRivalFeedInput } from './dto/rival-feed.inputs';
import { toRivalFeedModel, toSuggestedEventModel } from './rival-feed.mapper';
import {
  AddRivalFeedPayload,
  ConfirmSuggestedEventPayload,
  RemoveRivalFeedPayload,
  RivalFeedModel,
  RivalFeedPayload,
  SuggestedDistressEventModel,
  SuggestedEventPayload,
  SuggestedEventStatusEnum,
} from './rival-feed.model';
import type { FeedRecord, SuggestionRecord, SuggestionStatus } from './rival-feeds.repository';
import { RivalFeedsService } from './rival-feeds.service';

/** One loader per request and argument set (the rival itself is already scoped by its parent field). */
const feedLoaders = new WeakMap<object, DataLoader<string, FeedRecord[]>>();
const suggestionLoaders = new WeakMap<object, Map<string, DataLoader<string, SuggestionRecord[]>>>();

@Resolver(() => RivalModel)
export class RivalFeedsResolver {
  constructor(private readonly service: RivalFeedsService) {}

  @ResolveField(() => [RivalFeedModel], { description: 'Its feeds (status page, news, webhook), oldest first, each with its last poll and last error.' })
  async feeds(@Parent() rival: RivalModel, @Context() ctx: GraphqlContext): Promise<RivalFeedModel[]> {
    let loader = feedLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.service.feedsOf(ids);
        return ids.map((id) => found.get(id) ?? []);
      });
      feedLoaders.set(ctx, loader);
    }
    return (await loader.load(rival.dbId)).map(toRivalFeedModel);
  }

  @ResolveField(() => [SuggestedDistressEventModel], {
    description: 'What its feeds suggest happened: pending ones first, then the newest; at most `first` (default 50, at most 200).',
  })
  async suggestedEvents(
    @Parent() rival: RivalModel,
    @Context() ctx: GraphqlContext,
    @Args('status', { type: () => SuggestedEventStatusEnum, nullable: true, description: 'Only those in this status.' }) status: SuggestionStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: 'How many at most (1 to 200).' }) first: number,
  ): Promise<SuggestedDistressEventModel[]> {
    const limit = Math.min(Math.max(first ?? 50, 1), 200);
    const key = `${status ?? ''}:${limit}`;
    let byArgs = suggestionLoaders.get(ctx);
    if (!byArgs) suggestionLoaders.set(ctx, (byArgs = new Map()));
    let loader = byArgs.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.service.suggestionsOf(ids, status ?? null, limit);
        return ids.map((id) => found.get(id) ?? []);
      });
      byArgs.set(key, loader);
    }
    return (await loader.load(rival.dbId)).map(toSuggestedEventModel);
  }

  @Mutation(() => AddRivalFeedPayload, {
    description:
      'Adds a feed to a rival (admins, managers of a campaign against it; reps and others are FORBIDDEN). A polled feed is read within a minute; a webhook feed’s secret is returned this once. Audited.',
  })
  async addRivalFeed(@Args('input', { description: 'The feed and the rival it is about.' }) input: AddRivalFeedInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<AddRivalFeedPayload> {
    const { feed, secret } = await this.service.add(actor, scope, input);
    return { feed: toRivalFeedModel(feed), secret };
  }

  @Mutation(() => RivalFeedPayload, { description: 'Changes a feed: name, URL, paused or active, its auto-record rule, its interval. A stale expectedVersion is CONFLICT. Audited.' })
  async updateRivalFeed(@Args('input', { description: 'The feed, its version you read, and what changes.' }) input: UpdateRivalFeedInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<RivalFeedPayload> {
    return { feed: toRivalFeedModel(await this.service.update(actor, scope, input)) };
  }

  @Mutation(() => RemoveRivalFeedPayload, { description: 'Removes a feed; its suggestions stay (without their feed). Audited.' })
  async removeRivalFeed(@Args('input', { description: 'The feed to remove.' }) input: RivalFeedIdInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<RemoveRivalFeedPayload> {
    return { removedFeedId: toGlobalId('RivalFeed', await this.service.remove(actor, scope, input.id)) };
  }

  @Mutation(() => RivalFeedPayload, { description: 'Polls a feed now, whatever its schedule; the feed says how it went (lastError when it failed).' })
  async pollRivalFeedNow(@Args('input', { description: 'The feed to poll.' }) input: RivalFeedIdInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<RivalFeedPayload> {
    return { feed: toRivalFeedModel(await this.service.pollNow(actor, scope, input.id)) };
  }

  @Mutation(() => ConfirmSuggestedEventPayload, {
    description:
      'Confirms a pending suggestion: it is recorded as a distress event exactly as recordDistressEvent does (the rival’s health and shutdown, the urgency of its accounts follow). A suggestion already decided is CONFLICT. Audited.',
  })
  async confirmSuggestedEvent(
    @Args('input', { description: 'The suggestion, and any correction of its kind, severity or shutdown date.' }) input: ConfirmSuggestedEventInput,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: AccessScope,
  ): Promise<ConfirmSuggestedEventPayload> {
    const { suggestion, event, rival } = await this.service.confirm(actor, scope, input);
    return { suggestion: toSuggestedEventModel(suggestion), distressEvent: toDistressEventModel(event), rival: toRivalModel(rival) };
  }

  @Mutation(() => SuggestedEventPayload, { description: 'Dismisses a pending suggestion: it does not count. Audited.' })
  async dismissSuggestedEvent(@Args('input', { description: 'The suggestion to dismiss.' }) input: SuggestedEventIdInput, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<SuggestedEventPayload> {
    return { suggestion: toSuggestedEventModel(await this.service.dismiss(actor, scope, input.id)) };
  }
}

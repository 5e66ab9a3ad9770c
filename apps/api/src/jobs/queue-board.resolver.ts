import { Module } from '@nestjs/common';
import { Args, Field, GraphQLISODateTime, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ForbiddenError, NotFoundError } from '../common/errors/lifeboat-error';
import type { Actor } from '../common/access/actor';
import { Roles } from '../common/access/auth.guard';
import { CurrentActor } from '../common/access/current-actor.decorator';
import { QUEUE_BOARD_PATH, QueueBoardService } from './queue-board.service';

/** A path inside the board: one leading slash (never `//`, which would leave the site). */
export const BOARD_PAGE = /^\/(?!\/)[A-Za-z0-9/_\-?=&.%]*$/;

@ObjectType('QueueBoard', { description: 'The job queue board (Bull Board), for admins: whether this installation has one.' })
export class QueueBoardModel {
  @Field({ description: 'Whether the board is on: only with Redis (REDIS_URL), where jobs go through BullMQ.' })
  enabled!: boolean;

  @Field({ description: 'Where it is served: /admin/queues.' })
  path!: string;
}

@InputType({ description: 'Opening the queue board.' })
export class OpenQueueBoardInput {
  @Field(() => String, { nullable: true, description: 'The board page to land on, e.g. /queue/lifeboat-jobs?status=failed; its home when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(BOARD_PAGE, { message: 'page must be a path inside the board, starting with one /' })
  page?: string | null;
}

@ObjectType({ description: 'A single-use link to the queue board.' })
export class OpenQueueBoardPayload {
  @Field({ description: 'Open this URL (relative to the api) in the browser within a minute: it works once, and sets the board’s session cookie.' })
  url!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the link stops working if unused.' })
  expiresAt!: Date;
}

/** Admins only: the board shows every job's payload and can retry or remove jobs. */
@Resolver()
@Roles('admin')
export class QueueBoardResolver {
  constructor(private readonly board: QueueBoardService) {}

  @Query(() => QueueBoardModel, { description: 'Whether the job queue board is on, and where (admins only).' })
  queueBoard(): QueueBoardModel {
    return { enabled: this.board.enabled, path: QUEUE_BOARD_PATH };
  }

  @Mutation(() => OpenQueueBoardPayload, {
    description: 'A single-use link (valid 60 s) that opens the job queue board in the browser (admins signed in, with Redis only; NOT_FOUND without Redis).',
  })
  async openQueueBoard(
    @Args('input', { type: () => OpenQueueBoardInput, nullable: true, description: 'Where to land on the board.' }) input: OpenQueueBoardInput | null,
    @CurrentActor() actor: Actor,
  ): Promise<OpenQueueBoardPayload> {
    if (actor.kind !== 'user' || actor.role !== 'admin') throw new ForbiddenError('Only a signed-in admin opens the queue board.');
    if (!this.board.enabled) throw new NotFoundError('The queue board (there is one only with Redis, REDIS_URL)');
    const { ticket, expiresAt } = await this.board.mintTicket(actor.userId);
    const page = input?.page ? `&to=${encodeURIComponent(input.page)}` : '';
    return { url: `${QUEUE_BOARD_PATH}/session?ticket=${ticket}${page}`, expiresAt };
  }
}

@Module({ providers: [QueueBoardResolver] })
export class QueueBoardApiModule {}

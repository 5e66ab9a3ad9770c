import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { guardedHttpProvider } from '../common/http/guarded-http';
import { IdentityModule } from '../identity/identity.module';
import { RivalsModule } from '../rivals/rivals.module';
import { FeedPollHandler } from './feed-poll.handler';
import { RivalFeedsRepository } from './rival-feeds.repository';
import { RivalFeedsResolver } from './rival-feeds.resolver';
import { RivalFeedsService } from './rival-feeds.service';
import { SignalsController } from './signals.controller';
import { DemoFeedsController } from './demo-feeds';

/** Feed polling runs in every role that runs jobs; GraphQL and the signal endpoint where HTTP is served. */
@Module({
  imports: [AuditModule, RivalsModule],
  providers: [guardedHttpProvider, RivalFeedsRepository, RivalFeedsService, FeedPollHandler],
  exports: [RivalFeedsService],
})
export class RivalFeedsModule {}

@Module({ imports: [RivalFeedsModule, IdentityModule], providers: [RivalFeedsResolver], controllers: [SignalsController, DemoFeedsController], exports: [RivalFeedsModule] })
export class RivalFeedsApiModule {}

import { Module } from '@nestjs/common';
import { UrgencyModule } from '../urgency/urgency.module';
import { RealtimeModule } from '../subscriptions/subscriptions.module';
import { DailyDigestHandler } from './daily-digest.handler';
import { DayChangeHandler } from './day-change.handler';
import { MailModule } from './mail.module';
import { AccountAssignedHandler, BulkAssignedHandler, NotificationEmailHandler, NotificationPublishHandler } from './notification-jobs.handler';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { OverdueSweepHandler } from './overdue-sweep.handler';

/** The notification jobs (overdue escalation, day change, digest, email, live publishing): in every role, where jobs run. */
@Module({
  imports: [UrgencyModule, RealtimeModule, MailModule],
  providers: [
    NotificationsRepository,
    NotificationsService,
    OverdueSweepHandler,
    DayChangeHandler,
    DailyDigestHandler,
    NotificationPublishHandler,
    NotificationEmailHandler,
    AccountAssignedHandler,
    BulkAssignedHandler,
  ],
  exports: [NotificationsRepository, NotificationsService],
})
export class NotificationsModule {}

/** The GraphQL side (`notifications`, `markNotificationsRead`, `notificationAdded`): where HTTP is served. */
@Module({ imports: [NotificationsModule, RealtimeModule], providers: [NotificationsResolver] })
export class NotificationsApiModule {}

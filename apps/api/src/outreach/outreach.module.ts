import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CollectivesModule } from '../collectives/collectives.module';
import { IdentityModule } from '../identity/identity.module';
import { MailModule } from '../notifications/mail.module';
import { PersonalOffersModule } from '../personal-offers/personal-offers.module';
import { OfferLinks } from './offer-links';
import { OutreachSendHandler } from './outreach-sender';
import { OutreachesById, OutreachResolver } from './outreach.resolver';
import { OutreachRepository } from './outreach.repository';
import { OutreachService } from './outreach.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe.service';

/** Outreach's job (`outreach.send`), wherever jobs run: the sender, its repository and the offer-link lookup. */
@Module({
  imports: [MailModule, PersonalOffersModule],
  providers: [OutreachRepository, OfferLinks, OutreachSendHandler],
  exports: [OutreachRepository, OfferLinks],
})
export class OutreachJobsModule {}

/** Outreach (issue #21 part 3) over GraphQL and the public unsubscribe link: templated mail to a list or a collective, the suppression list. */
@Module({
  imports: [OutreachJobsModule, AccountsModule, AuditModule, CollectivesModule, IdentityModule, MailModule],
  controllers: [UnsubscribeController],
  providers: [OutreachService, OutreachResolver, OutreachesById, UnsubscribeService],
})
export class OutreachModule {}

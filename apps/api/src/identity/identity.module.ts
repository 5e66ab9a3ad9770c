import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessService } from './access.service';
import { AuthService } from './auth.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { RateLimitsService } from './rate-limits.service';
import { RequestContextFactory } from './request-context.factory';

/** Sign-in, sessions, API keys, users; who the caller is and what they may see (the context of each request). */
@Global()
@Module({
  imports: [AuditModule],
  providers: [AuthService, AccessService, RateLimitsService, IdentityService, IdentityResolver, RequestContextFactory],
  exports: [AuthService, AccessService, RateLimitsService, RequestContextFactory],
})
export class IdentityModule {}

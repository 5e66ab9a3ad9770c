import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessService } from './access.service';
import { AuthService } from './auth.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { RateLimitsService } from './rate-limits.service';

/** Sign-in, sessions, API keys, users; who the caller is and what they may see. */
@Global()
@Module({
  imports: [AuditModule],
  providers: [AuthService, AccessService, RateLimitsService, IdentityService, IdentityResolver],
  exports: [AuthService, AccessService, RateLimitsService],
})
export class IdentityModule {}

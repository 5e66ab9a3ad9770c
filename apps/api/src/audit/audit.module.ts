import { Module } from '@nestjs/common';
import { ApiKeyCallAuditPlugin } from './api-key-call-audit.plugin';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditById } from './audit.by-id';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver, ApiKeyCallAuditPlugin, AuditById],
  exports: [AuditRepository, AuditService],
})
export class AuditModule {}

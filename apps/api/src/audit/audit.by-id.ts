import { Injectable, OnModuleInit } from '@nestjs/common';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
import { toAuditEntryModel } from './audit.mapper';
import { AuditRepository } from './audit.repository';

/** How `node(id)` reaches an audit entry. */
@Injectable()
export class AuditById implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly audit: AuditRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('AuditEntry', lookupByIds((scope, ids) => this.audit.getByIds(scope, ids), toAuditEntryModel));
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.resolver';
import { toBulkAssignmentModel } from './bulk-assignment.mapper';
import { BulkAssignmentService } from './bulk-assignment.service';

/** How `node(id)` reaches a bulk assignment. */
@Injectable()
export class BulkAssignmentById implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly bulkAssignments: BulkAssignmentService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('BulkAssignment', async (id, ctx) => {
      const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.bulkAssignments.getByDbId(ctx.scope, id) : null;
      return found ? toBulkAssignmentModel(found) : null;
    });
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { lookupOne, NodeRegistry } from '../common/graphql/node.resolver';
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
    // fromGlobalId has checked the id is a uuid.
    this.nodes.register('BulkAssignment', lookupOne((scope, id) => this.bulkAssignments.getByDbId(scope, id), toBulkAssignmentModel));
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { lookupOne, NodeRegistry } from '../common/graphql/node.resolver';
import { toAccountImportModel } from './account-import.mapper';
import { ImportsService } from './imports.service';

/** How `node(id)` reaches an account import. */
@Injectable()
export class ImportsById implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly imports: ImportsService,
  ) {}

  onModuleInit(): void {
    // fromGlobalId has checked the id is a uuid.
    this.nodes.register('AccountImport', lookupOne((scope, id) => this.imports.getByDbId(scope, id), toAccountImportModel));
  }
}

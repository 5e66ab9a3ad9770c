import { Injectable, OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.resolver';
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
    this.nodes.register('AccountImport', async (id, ctx) => {
      const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.imports.getByDbId(ctx.scope, id) : null;
      return found ? toAccountImportModel(found) : null;
    });
  }
}

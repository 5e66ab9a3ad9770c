import { Injectable, OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.resolver';
import { toMigrationModel } from './migration.mapper';
import { MigrationsRepository } from './migrations.repository';

/** How `node(id)` reaches a migration. */
@Injectable()
export class MigrationsById implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly migrations: MigrationsRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Migration', async (id, ctx) => {
      const migration = (await this.migrations.getByIds(ctx.scope, [id])).get(id);
      return migration ? toMigrationModel(migration) : null;
    });
  }
}

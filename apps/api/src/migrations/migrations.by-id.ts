import { Injectable, OnModuleInit } from '@nestjs/common';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
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
    this.nodes.register('Migration', lookupByIds((scope, ids) => this.migrations.getByIds(scope, ids), toMigrationModel));
  }
}

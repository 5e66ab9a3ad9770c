import { Global, Module } from '@nestjs/common';
import { LoadersFactory } from './loaders';
import { NodeRegistry } from './node.resolver';

/** The registries every context registers into (in every role, so that its providers resolve). */
@Global()
@Module({ providers: [LoadersFactory, NodeRegistry], exports: [LoadersFactory, NodeRegistry] })
export class GraphRegistriesModule {}

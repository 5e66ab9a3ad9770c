import { Injectable, OnModuleInit } from '@nestjs/common';
import { lookupByIds, NodeRegistry } from '../common/graphql/node.resolver';
import { toProposalModel } from './proposal.mapper';
import { ProposalsRepository } from './proposals.repository';

/** How `node(id)` reaches a proposal. */
@Injectable()
export class ProposalsById implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly proposals: ProposalsRepository,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Proposal', lookupByIds((scope, ids) => this.proposals.getByIds(scope, ids), toProposalModel));
  }
}

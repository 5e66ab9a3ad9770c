import { Injectable, OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '../common/graphql/node.resolver';
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
    this.nodes.register('Proposal', async (id, ctx) => {
      const proposal = (await this.proposals.getByIds(ctx.scope, [id])).get(id);
      return proposal ? toProposalModel(proposal) : null;
    });
  }
}

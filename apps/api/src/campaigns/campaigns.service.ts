import { Injectable } from '@nestjs/common';
import type { AccessScope, Actor } from '../common/access/actor';
import { assertCanRead } from '../common/access/permissions';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/graphql/connection';
import { CampaignEntity } from './campaign.entity';
import { CampaignsRepository } from './campaigns.repository';

@Injectable()
export class CampaignsService {
  constructor(private readonly campaigns: CampaignsRepository) {}

  /** The campaigns the caller may see, by name. */
  async list(actor: Actor, scope: AccessScope, args: { first?: number; after?: string; includeArchived?: boolean | null }): Promise<Connection<CampaignEntity>> {
    assertCanRead(actor);
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, 2) : undefined;
    const [rows, total] = await Promise.all([
      this.campaigns.findPage(scope, {
        limit: size,
        after: after ? { name: String(after[0]), id: String(after[1]) } : undefined,
        includeArchived: args.includeArchived ?? false,
      }),
      this.campaigns.count(scope, args.includeArchived ?? false),
    ]);
    return toConnection(rows, size, total, (c) => encodeCursor([c.name, c.id]));
  }
}

import { toGlobalId } from '../common/graphql/global-id';
import { money } from '../common/graphql/money';
import { AccountRecord } from './accounts.repository';
import { ContactEntity, RivalServiceEntity } from './account.entity';
import { AccountModel, ContactModel, RivalServiceModel, UrgencyFactorModel } from './account.model';
import type { StoredUrgencyFactor } from './account.entity';

export function toAccountModel(e: AccountRecord): AccountModel & { __typename: 'Account' } {
  return {
    __typename: 'Account',
    id: toGlobalId('Account', e.id),
    dbId: e.id,
    campaignDbId: e.campaignId,
    ownerDbId: e.ownerId,
    sourceDbId: e.sourceId ?? null,
    currency: e.currency,
    name: e.name,
    segment: e.segment,
    countries: e.countries.map((c) => c.trim()),
    monthlySpend: money(e.monthlySpend, e.currency),
    contractEndsAt: e.contractEndsAt,
    prepaidUntil: e.prepaidUntil,
    hasBackupProvider: e.hasBackupProvider,
    rivalIsPrincipalOperator: e.rivalIsPrincipalOperator,
    externalRef: e.externalRef,
    competingBidders: e.competingBidders,
    urgency: e.urgency,
    urgencyFactors: toUrgencyFactorModels(e.urgencyFactors, e.currency),
    urgencyComputedAt: e.urgencyComputedAt,
    lastContactAt: e.lastContactAt,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
  };
}

export function toContactModel(e: ContactEntity): ContactModel & { __typename: 'Contact' } {
  return {
    __typename: 'Contact',
    id: toGlobalId('Contact', e.id),
    dbId: e.id,
    accountDbId: e.accountId,
    sourceDbId: e.sourceId ?? null,
    name: e.name,
    title: e.title,
    email: e.email,
    phone: e.phone,
    decisionMaker: e.decisionMaker,
    version: e.version,
  };
}

export function toRivalServiceModel(e: RivalServiceEntity, currency: string): RivalServiceModel {
  return { kind: e.kind, quantity: e.quantity, monthlyCost: money(e.monthlyCost, currency) };
}

/** Stored factors as the schema shows them: the code, its parameters (null where a factor stored before parameters has none), the deprecated words. */
export function toUrgencyFactorModels(factors: readonly StoredUrgencyFactor[], currency: string): UrgencyFactorModel[] {
  return factors.map((f) => {
    const p = f.params ?? {};
    return {
      key: f.key,
      points: f.points,
      params: {
        daysLeft: p.daysLeft ?? null,
        monthlySpend: p.monthlySpend === undefined ? null : money(p.monthlySpend, (p.currency ?? currency).trim()),
        countries: p.countries ?? null,
        since: p.since ?? null,
        businessDays: p.businessDays ?? null,
        outages: p.outages ?? null,
        days: p.days ?? null,
      },
      reason: f.reason,
    };
  });
}

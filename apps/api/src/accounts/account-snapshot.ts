import { AccountEntity, ContactEntity, RivalServiceEntity } from './account.entity';

/** What the audit trail records of an account: its own fields, its contacts and what it buys from the rival. */
export function accountSnapshot(a: AccountEntity, contacts: ContactEntity[], services: RivalServiceEntity[]): Record<string, unknown> {
  return {
    name: a.name,
    segment: a.segment,
    countries: a.countries.map((c) => c.trim()),
    monthlySpend: a.monthlySpend,
    contractEndsAt: a.contractEndsAt,
    prepaidUntil: a.prepaidUntil,
    hasBackupProvider: a.hasBackupProvider,
    rivalIsPrincipalOperator: a.rivalIsPrincipalOperator,
    ownerId: a.ownerId,
    externalRef: a.externalRef,
    competingBidders: a.competingBidders,
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, title: c.title, email: c.email, phone: c.phone, decisionMaker: c.decisionMaker })),
    rivalServices: services.map((s) => ({ kind: s.kind, quantity: s.quantity, monthlyCost: s.monthlyCost })),
  };
}

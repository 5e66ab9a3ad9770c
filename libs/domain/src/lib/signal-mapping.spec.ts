import { foldText, outageFromIncident, signalFromNews, signalFromStatuspageImpact } from './signal-mapping';

describe('a status page incident suggests an outage, its impact the severity', () => {
  it.each([
    ['critical', 4],
    ['major', 3],
    ['minor', 2],
    ['none', 1],
  ])('impact %s → severity %i', (impact, severity) => {
    expect(signalFromStatuspageImpact(impact)).toEqual({ kind: 'outage', severity });
  });

  it('an unknown or missing impact counts as minor', () => {
    expect(signalFromStatuspageImpact('catastrophic')).toEqual({ kind: 'outage', severity: 2 });
    expect(signalFromStatuspageImpact(null)).toEqual({ kind: 'outage', severity: 2 });
  });
});

describe('a news item suggests a kind from its words, in English and French', () => {
  it.each([
    ['Court orders liquidation of KPNQwest France', 'liquidation_ordered', 5],
    ['Le tribunal prononce la liquidation judiciaire de KPNQwest France', 'liquidation_ordered', 5],
    ['KPNQwest network may be switched off within days', 'shutdown_warning', 5],
    ['Risque de coupure du réseau dans quelques jours', 'shutdown_warning', 5],
    ['KPNQwest misses bond payment, declares payment default', 'payment_default', 4],
    ['KPNQwest en cessation de paiements', 'payment_default', 4],
    ['Hearing on Thursday could decide the carrier’s fate', 'court_hearing', 3],
    ['Audience jeudi au tribunal de commerce', 'court_hearing', 3],
    ['AMEN staff on strike after the sale', 'strike', 3],
    ['Grève chez AMEN : le support saturé', 'strike', 3],
    ['Claranet to acquire AMEN France', 'acquisition_announced', 2],
    ['Rachat d’AMEN par Claranet', 'acquisition_announced', 2],
    ['Un collectif de 250 clients annonce des résiliations', 'customer_collective', 2],
    ['Major outage hits hosting customers', 'outage', 2],
    ['Panne de plusieurs heures chez AMEN', 'outage', 2],
    ['KPNQwest appoints a new chief financial officer', 'press_report', 1],
  ])('%s → %s', (title, kind, severity) => {
    expect(signalFromNews(title)).toEqual({ kind, severity });
  });

  it('the gravest fact wins when several are named', () => {
    expect(signalFromNews('After the hearing, the court ordered liquidation; the network will be switched off')).toEqual({
      kind: 'liquidation_ordered',
      severity: 5,
    });
  });

  it('the title decides before the summary; the summary is read when the title says nothing', () => {
    expect(signalFromNews('Strike continues', 'A buyer is said to be interested')).toEqual({ kind: 'strike', severity: 3 });
    expect(signalFromNews('Latest news about AMEN', 'Les salariés sont en grève depuis lundi')).toEqual({ kind: 'strike', severity: 3 });
  });

  it('words are matched whole, not inside other words', () => {
    // "courtesy" is not a court, "strikethrough" not a strike.
    expect(signalFromNews('A courtesy note on strikethrough formatting')).toEqual({ kind: 'press_report', severity: 1 });
  });

  it('folds accents, case and typographic apostrophes', () => {
    expect(foldText('Grève  d’AMEN')).toBe("greve d'amen");
  });
});

describe('the outage a status page incident records', () => {
  const base = { impact: 'critical', startedAt: '2026-12-01T08:00:00Z', resolvedAt: '2026-12-01T11:30:00Z', components: ['Amsterdam core'] };

  it('maps critical → major, major → partial, minor → degraded; none records nothing', () => {
    expect(outageFromIncident(base, ['vpn'])?.impact).toBe('major');
    expect(outageFromIncident({ ...base, impact: 'major' }, ['vpn'])?.impact).toBe('partial');
    expect(outageFromIncident({ ...base, impact: 'minor' }, ['vpn'])?.impact).toBe('degraded');
    expect(outageFromIncident({ ...base, impact: 'none' }, ['vpn'])).toBeNull();
    expect(outageFromIncident({ ...base, impact: null }, ['vpn'])).toBeNull();
  });

  it('names the services its components name among what the rival sells; otherwise all it sells', () => {
    expect(outageFromIncident({ ...base, components: ['VPN Paris', 'Hébergement mutualisé'] }, ['vpn', 'web_hosting', 'voice'])?.services).toEqual(['vpn', 'web_hosting']);
    expect(outageFromIncident({ ...base, components: ['SIP trunks'] }, ['vpn', 'voice'])?.services).toEqual(['voice']);
    expect(outageFromIncident(base, ['vpn', 'ip_transit'])?.services).toEqual(['vpn', 'ip_transit']);
    expect(outageFromIncident({ ...base, components: ['IP transit'] }, [])?.services).toEqual(['ip_transit']);
    expect(outageFromIncident(base, [])).toBeNull();
  });

  it('runs from its start to its resolution, ongoing until then', () => {
    expect(outageFromIncident(base, ['vpn'])).toMatchObject({ startedAt: new Date('2026-12-01T08:00:00Z'), endedAt: new Date('2026-12-01T11:30:00Z') });
    expect(outageFromIncident({ ...base, resolvedAt: null }, ['vpn'])?.endedAt).toBeNull();
    expect(outageFromIncident({ ...base, startedAt: null }, ['vpn'])).toBeNull();
  });
});

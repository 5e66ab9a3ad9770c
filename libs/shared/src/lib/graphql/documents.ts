import * as accounts from './accounts.documents';
import * as admin from './admin.documents';
import * as approvals from './approvals.documents';
import * as audit from './audit.documents';
import * as campaignAdmin from './campaign-admin.documents';
import * as campaigns from './campaigns.documents';
import * as collectives from './collectives.documents';
import * as outreach from './outreach.documents';
import * as dashboards from './dashboards.documents';
import * as forecast from './forecast.documents';
import * as identity from './identity.documents';
import * as imports from './imports.documents';
import * as live from './live.documents';
import * as migrations from './migrations.documents';
import * as notifications from './notifications.documents';
import * as personalOffers from './personal-offers.documents';
import * as pipeline from './pipeline.documents';
import * as proposals from './proposals.documents';
import * as queue from './queue.documents';
import * as rivalWatch from './rival-watch.documents';
import * as rivalOutages from './rival-outages.documents';
import * as rivalFeeds from './rival-feeds.documents';
import * as raceSetup from './race-setup.documents';
import * as rivals from './rivals.documents';
import * as search from './search.documents';
import * as shutdownScenarios from './shutdown-scenarios.documents';

const FRAGMENT = /^\s*fragment\s/;

/** Every operation the web app sends, by export name: validated against the committed schema. */
export const ALL_DOCUMENTS: Record<string, string> = Object.fromEntries(
  Object.entries({ ...identity, ...queue, ...rivals, ...campaigns, ...accounts, ...pipeline, ...proposals, ...dashboards, ...forecast, ...approvals, ...rivalWatch, ...rivalFeeds, ...admin, ...search, ...campaignAdmin, ...notifications, ...imports, ...migrations, ...live, ...raceSetup, ...audit, ...shutdownScenarios, ...rivalOutages, ...collectives, ...personalOffers, ...outreach }).filter(
    // Fragments alone are checked as part of the operations that spread them.
    ([, source]) => typeof source === 'string' && !FRAGMENT.test(source),
  ),
);

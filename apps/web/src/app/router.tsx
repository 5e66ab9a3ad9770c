import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '../components/page-states';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { RequireRole } from './require-role';

// Each screen is its own chunk, and so is the signed-in frame (header, navigation, search, menus):
// the first load fetches only what every page needs (≤ 300 KB gzipped, tests/web/initial-javascript).
const AppLayout = lazy(() => import('./app-layout').then((m) => ({ default: m.AppLayout })));
const SignInPage = lazy(() => import('../features/identity/routes/sign-in-page'));
const MyQueuePage = lazy(() => import('../features/queue/routes/my-queue-page'));
const PipelinePage = lazy(() => import('../features/pipeline/routes/pipeline-page'));
const AccountsPage = lazy(() => import('../features/accounts/routes/accounts-page'));
const AccountPage = lazy(() => import('../features/accounts/routes/account-page'));
const RivalsPage = lazy(() => import('../features/rivals/routes/rivals-page'));
const CollectivesPage = lazy(() => import('../features/collectives/routes/collectives-page'));
const CollectivePage = lazy(() => import('../features/collectives/routes/collective-page'));
const PersonalOfferPage = lazy(() => import('../features/personal-offers/routes/personal-offer-page'));
const OffersPage = lazy(() => import('../features/personal-offers/routes/offers-page'));
const OutreachPage = lazy(() => import('../features/outreach/routes/outreach-page'));
const OutreachesPage = lazy(() => import('../features/outreach/routes/outreaches-page'));
const ProposalPage = lazy(() => import('../features/proposals/routes/proposal-page'));
const ProposalPrintPage = lazy(() => import('../features/proposals/routes/proposal-print-page'));
const OutageEvidencePage = lazy(() => import('../features/rival-watch/routes/outage-evidence-page'));
const AcceptPage = lazy(() => import('../features/acceptance/routes/accept-page'));
// Managers' and admins' screens.
const DashboardPage = lazy(() => import('../features/dashboards/routes/dashboard-page'));
const ForecastPage = lazy(() => import('../features/forecast/routes/forecast-page'));
const ApprovalsPage = lazy(() => import('../features/approvals/routes/approvals-page'));
const ImportsPage = lazy(() => import('../features/imports/routes/imports-page'));
const MigrationsPage = lazy(() => import('../features/migrations/routes/migrations-page'));
const RivalWatchPage = lazy(() => import('../features/rival-watch/routes/rival-watch-page'));
const AdminUsersPage = lazy(() => import('../features/admin/routes/admin-users-page'));
const AdminCampaignsPage = lazy(() => import('../features/admin/routes/admin-campaigns-page'));
const AdminRivalsPage = lazy(() => import('../features/admin/routes/admin-rivals-page'));
const AdminApiKeysPage = lazy(() => import('../features/admin/routes/admin-api-keys-page'));
const AdminWebhooksPage = lazy(() => import('../features/admin/routes/admin-webhooks-page'));
const InvitationPage = lazy(() => import('../features/admin/routes/invitation-page'));

const MANAGERS = ['manager', 'admin'] as const;
const ADMINS = ['admin'] as const;

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Component />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: page(SignInPage) },
  // The customer's acceptance page: public, outside the app's frame.
  { path: '/accept/:token', element: page(AcceptPage) },
  // A personal offer's page (issue #21): public, outside the app's frame.
  { path: '/offer/:token', element: page(PersonalOfferPage) },
  // An invited user sets their password: public, outside the app's frame.
  { path: '/invitation/:token', element: page(InvitationPage) },
  // The printable offer: signed in, but without the app's frame.
  { path: '/proposals/:id/print', element: <RequireAuth>{page(ProposalPrintPage)}</RequireAuth> },
  // An account's outage evidence sheet, printable: signed in, without the app's frame.
  { path: '/accounts/:id/outage-evidence', element: <RequireAuth>{page(OutageEvidencePage)}</RequireAuth> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Suspense fallback={<LoadingState />}>
          <AppLayout />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      { index: true, element: page(MyQueuePage) },
      { path: 'pipeline', element: page(PipelinePage) },
      { path: 'accounts', element: page(AccountsPage) },
      { path: 'accounts/:id', element: page(AccountPage) },
      { path: 'rivals', element: page(RivalsPage) },
      { path: 'collectives', element: page(CollectivesPage) },
      { path: 'collectives/:id', element: page(CollectivePage) },
      { path: 'outreaches', element: <RequireRole roles={MANAGERS}>{page(OutreachesPage)}</RequireRole> },
      { path: 'outreaches/:id', element: page(OutreachPage) },
      { path: 'proposals/:id', element: page(ProposalPage) },
      { path: 'rivals/:id', element: page(RivalWatchPage) },
      { path: 'dashboard', element: <RequireRole roles={MANAGERS}>{page(DashboardPage)}</RequireRole> },
      { path: 'campaigns/:id/forecast', element: <RequireRole roles={MANAGERS}>{page(ForecastPage)}</RequireRole> },
      { path: 'approvals', element: <RequireRole roles={MANAGERS}>{page(ApprovalsPage)}</RequireRole> },
      { path: 'offers', element: <RequireRole roles={MANAGERS}>{page(OffersPage)}</RequireRole> },
      { path: 'imports', element: <RequireRole roles={MANAGERS}>{page(ImportsPage)}</RequireRole> },
      { path: 'migrations', element: <RequireRole roles={MANAGERS}>{page(MigrationsPage)}</RequireRole> },
      { path: 'admin/users', element: <RequireRole roles={ADMINS}>{page(AdminUsersPage)}</RequireRole> },
      { path: 'admin/rivals', element: <RequireRole roles={ADMINS}>{page(AdminRivalsPage)}</RequireRole> },
      { path: 'admin/campaigns', element: <RequireRole roles={ADMINS}>{page(AdminCampaignsPage)}</RequireRole> },
      { path: 'admin/api-keys', element: <RequireRole roles={ADMINS}>{page(AdminApiKeysPage)}</RequireRole> },
      { path: 'admin/webhooks', element: <RequireRole roles={ADMINS}>{page(AdminWebhooksPage)}</RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

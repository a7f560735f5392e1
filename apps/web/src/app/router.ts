import type { ApolloClient } from '@apollo/client/core';
import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { ViewerDocument, type Role } from '../gql/graphql';
import { SessionRoute } from '../features/session/session-routes';
import { useSessionStore } from '../features/session/session.store';
import { decideNavigation, type SessionSnapshot } from './navigation';
import { RouteName } from './route-names';
import { roleBySlug } from './roles';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the document title. */
    title?: string;
    /** Reachable without signing in. */
    public?: boolean;
    /** A page that brings its own header (sign-in): no top bar. */
    bare?: boolean;
    /** The role whose workspace the page belongs to. */
    role?: Role;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: RouteName.Home, component: { render: () => null } },
  {
    path: '/sign-in',
    name: RouteName.SignIn,
    component: () => import('../features/session/pages/SignInPage.vue'),
    meta: { title: 'Sign in', public: true, bare: true },
  },
  {
    path: '/forgot-password',
    name: SessionRoute.ForgotPassword,
    component: () => import('../features/session/pages/ForgotPasswordPage.vue'),
    meta: { title: 'Forgot your password?', public: true, bare: true },
  },
  {
    // The path is fixed by the reset e-mail the server sends.
    path: '/reset-password',
    name: SessionRoute.ResetPassword,
    component: () => import('../features/session/pages/ResetPasswordPage.vue'),
    meta: { title: 'Choose a new password', public: true, bare: true },
  },
  {
    path: '/verify',
    name: RouteName.Verify,
    component: () => import('../features/verify/pages/VerifyPage.vue'),
    meta: { title: 'Verify a credential', public: true },
  },
  {
    path: '/learner',
    meta: { role: 'LEARNER' },
    children: [
      {
        path: '',
        name: RouteName.LearnerHome,
        component: () => import('../features/learner/pages/LearnerHomePage.vue'),
        meta: { title: 'My learning record' },
      },
      {
        path: 'export',
        name: RouteName.LearnerExport,
        component: () => import('../features/clr-export/pages/ClrExportPage.vue'),
        meta: { title: 'Export my record' },
      },
    ],
  },
  {
    path: '/advisor',
    meta: { role: 'ADVISOR' },
    children: [
      {
        path: '',
        name: RouteName.AdvisorHome,
        component: () => import('../features/advisor/pages/AdvisorHomePage.vue'),
        meta: { title: 'My cohorts' },
      },
      {
        path: 'cohorts/:cohortId',
        name: RouteName.AdvisorCohort,
        component: () => import('../features/advisor/pages/AdvisorCohortPage.vue'),
        props: true,
        meta: { title: 'Cohort progress' },
      },
    ],
  },
  {
    // Any signed-in person: personal access tokens (and, for institution administrators, integrator clients).
    path: '/api-access',
    name: RouteName.ApiAccess,
    component: () => import('../features/integrator/pages/ApiAccessPage.vue'),
    meta: { title: 'API access' },
  },
  {
    path: '/institution-admin/webhooks',
    name: RouteName.Webhooks,
    component: () => import('../features/webhook/pages/WebhooksPage.vue'),
    meta: { title: 'Webhooks', role: 'INSTITUTION_ADMIN' },
  },
  {
    // Workspaces of roles whose pages later issues build (assessor queue, admin catalogue, …).
    path: '/workspace/:role',
    name: RouteName.Workspace,
    component: () => import('../features/workspace/pages/WorkspacePlaceholderPage.vue'),
    props: true,
    meta: { title: 'Workspace' },
    beforeEnter: (to) => {
      const role = roleBySlug(String(to.params.role));
      if (!role) return { name: RouteName.NotFound, params: { pathMatch: to.path.slice(1).split('/') } };
      to.meta.role = role;
      return true;
    },
  },
  {
    path: '/no-role',
    name: RouteName.NoRole,
    component: () => import('../features/workspace/pages/NoRolePage.vue'),
    meta: { title: 'No role yet' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: RouteName.NotFound,
    component: () => import('./NotFoundPage.vue'),
    meta: { title: 'Page not found' },
  },
];

async function loadSession(client: ApolloClient<unknown>): Promise<Omit<SessionSnapshot, 'activeRole'>> {
  try {
    const { data } = await client.query({ query: ViewerDocument, fetchPolicy: 'cache-first' });
    return { signedIn: data.viewer.person != null, roles: data.viewer.roles };
  } catch {
    // Server unreachable: behave as signed out; the sign-in page reports the failure when used.
    return { signedIn: false, roles: [] };
  }
}

export function createAppRouter(client: ApolloClient<unknown>): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    const snapshot = { ...(await loadSession(client)), activeRole: session.activeRole };
    const decision = decideNavigation(
      { name: typeof to.name === 'string' ? to.name : null, fullPath: to.fullPath, isPublic: !!to.meta.public, role: to.meta.role },
      snapshot,
    );
    if (decision.kind === 'redirect') return decision.to;
    if (decision.activeRole !== session.activeRole) session.setActiveRole(decision.activeRole);
    return true;
  });

  let firstNavigation = true;
  router.afterEach((to, _from, failure) => {
    if (failure) return;
    document.title = to.meta.title ? `${to.meta.title} · OpenCLR` : 'OpenCLR';
    // After an in-app navigation, move focus to the main region so keyboard and screen-reader users start
    // at the new page instead of on the link they left behind.
    if (!firstNavigation) requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
    firstNavigation = false;
  });

  return router;
}

import type { RouteLocationRaw } from 'vue-router';
import type { Role } from '../gql/graphql';
import { RouteName } from './route-names';

/**
 * Each role the server grants has one workspace in the app. Later issues replace a placeholder home
 * (assessor queue, admin catalogue, …) by pointing `home` at their own route.
 */
export interface RoleWorkspace {
  role: Role;
  label: string;
  /** URL segment of the placeholder workspace route. */
  slug: string;
  home: RouteLocationRaw;
  /** The workspace's sections, shown in the top bar while acting in this role. */
  nav: readonly { label: string; to: RouteLocationRaw }[];
}

/** Sections every signed-in person has, after the role's own; they never become a role's home. */
const COMMON_NAV: RoleWorkspace['nav'] = [{ label: 'API access', to: { name: RouteName.ApiAccess } }];

/** `more` are sections listed after `nav` that do not take the place of the placeholder home. */
function workspace(role: Role, label: string, slug: string, nav: RoleWorkspace['nav'] = [], more: RoleWorkspace['nav'] = []): RoleWorkspace {
  const home = nav[0]?.to ?? { name: RouteName.Workspace, params: { role: slug } };
  return { role, label, slug, home, nav: [...nav, ...more, ...COMMON_NAV] };
}

/** In the order a person with several roles lands on by default. The first nav entry is the role's home. */
export const ROLE_WORKSPACES: readonly RoleWorkspace[] = [
  workspace('LEARNER', 'Learner', 'learner', [
    { label: 'My record', to: { name: RouteName.LearnerHome } },
    { label: 'Export record', to: { name: RouteName.LearnerExport } },
  ]),
  workspace('ADVISOR', 'Advisor', 'advisor', [{ label: 'My cohorts', to: { name: RouteName.AdvisorHome } }]),
  workspace('ASSESSOR', 'Assessor', 'assessor'),
  workspace('ISSUER_ADMIN', 'Issuer admin', 'issuer-admin'),
  // Webhooks is not the admin's home: the placeholder stays until the admin catalogue takes its place.
  workspace('INSTITUTION_ADMIN', 'Institution admin', 'institution-admin', [], [{ label: 'Webhooks', to: { name: RouteName.Webhooks } }]),
];

export function roleWorkspace(role: Role): RoleWorkspace {
  const found = ROLE_WORKSPACES.find((w) => w.role === role);
  if (!found) throw new Error(`No workspace for role ${role}`);
  return found;
}

export function roleBySlug(slug: string): Role | null {
  return ROLE_WORKSPACES.find((w) => w.slug === slug)?.role ?? null;
}

/** The roles a person holds, in workspace order, without duplicates. */
export function orderedRoles(roles: readonly Role[]): Role[] {
  return ROLE_WORKSPACES.map((w) => w.role).filter((r) => roles.includes(r));
}

/** The role to act as: the preferred one when the person still holds it, else their first by workspace order. */
export function pickActiveRole(roles: readonly Role[], preferred: Role | null | undefined): Role | null {
  if (preferred && roles.includes(preferred)) return preferred;
  return orderedRoles(roles)[0] ?? null;
}

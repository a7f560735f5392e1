import type { RouteLocationRaw } from 'vue-router';
import type { Role } from '../gql/graphql';
import { pickActiveRole, roleWorkspace } from './roles';
import { RouteName } from './route-names';

export interface NavigationTarget {
  name: string | null;
  fullPath: string;
  /** Reachable without signing in (the sign-in page, later public share pages). */
  isPublic: boolean;
  /** The role whose workspace this page belongs to; undefined for pages any signed-in person may open. */
  role?: Role;
}

export interface SessionSnapshot {
  signedIn: boolean;
  roles: readonly Role[];
  activeRole: Role | null;
}

export type NavigationDecision =
  | { kind: 'allow'; activeRole: Role | null }
  | { kind: 'redirect'; to: RouteLocationRaw };

/** Where a signed-in person starts: the home of the role they act as. */
export function homeFor(session: Pick<SessionSnapshot, 'roles' | 'activeRole'>): RouteLocationRaw {
  const role = pickActiveRole(session.roles, session.activeRole);
  return role ? roleWorkspace(role).home : { name: RouteName.NoRole };
}

/**
 * The route guard's whole policy, kept pure so it is tested without a router. The server remains the
 * authority on data: this only keeps people on pages that can work for them.
 */
export function decideNavigation(target: NavigationTarget, session: SessionSnapshot): NavigationDecision {
  if (!session.signedIn) {
    if (target.isPublic) return { kind: 'allow', activeRole: null };
    const query = target.fullPath && target.fullPath !== '/' ? { redirect: target.fullPath } : undefined;
    return { kind: 'redirect', to: { name: RouteName.SignIn, query } };
  }
  if (target.name === RouteName.SignIn || target.name === RouteName.Home) {
    return { kind: 'redirect', to: homeFor(session) };
  }
  if (target.role) {
    // A workspace the person does not hold looks like any other wrong turn: back to their own home.
    if (!session.roles.includes(target.role)) return { kind: 'redirect', to: homeFor(session) };
    return { kind: 'allow', activeRole: target.role };
  }
  return { kind: 'allow', activeRole: pickActiveRole(session.roles, session.activeRole) };
}

/** Only same-app paths are followed after sign-in, so a crafted link cannot send someone off-site. */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

/**
 * The one workspace nav item to mark as current: the item whose path is the current path, else the one whose path
 * is its longest section prefix (a cohort page sits under "My cohorts"); -1 when none. Never two at once, as the
 * router's own active class does for a parent and its child (`/learner` and `/learner/export`).
 */
export function activeNavIndex(currentPath: string, itemPaths: readonly string[]): number {
  const strip = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const current = strip(currentPath);
  let best = -1;
  let bestLength = -1;
  itemPaths.forEach((raw, i) => {
    const path = strip(raw);
    const matches = current === path || current.startsWith(path === '/' ? '/' : `${path}/`);
    if (matches && path.length > bestLength) {
      best = i;
      bestLength = path.length;
    }
  });
  return best;
}

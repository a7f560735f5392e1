import { activeNavIndex, decideNavigation, homeFor, safeRedirect, type NavigationTarget, type SessionSnapshot } from './navigation';
import { RouteName } from './route-names';

const page = (over: Partial<NavigationTarget> = {}): NavigationTarget => ({ name: 'x', fullPath: '/x', isPublic: false, ...over });
const signedOut: SessionSnapshot = { signedIn: false, roles: [], activeRole: null };
const learner: SessionSnapshot = { signedIn: true, roles: ['LEARNER'], activeRole: null };
const advisorAndLearner: SessionSnapshot = { signedIn: true, roles: ['ADVISOR', 'LEARNER'], activeRole: 'ADVISOR' };

describe('decideNavigation', () => {
  it('should send a signed-out visitor to sign-in, remembering where they were going', () => {
    expect(decideNavigation(page({ fullPath: '/advisor/cohorts/abc' }), signedOut)).toEqual({
      kind: 'redirect',
      to: { name: RouteName.SignIn, query: { redirect: '/advisor/cohorts/abc' } },
    });
  });

  it('should not add a redirect for the root path', () => {
    expect(decideNavigation(page({ name: RouteName.Home, fullPath: '/' }), signedOut)).toEqual({
      kind: 'redirect',
      to: { name: RouteName.SignIn, query: undefined },
    });
  });

  it('should let anyone open a public page', () => {
    expect(decideNavigation(page({ name: RouteName.SignIn, isPublic: true }), signedOut)).toEqual({ kind: 'allow', activeRole: null });
  });

  it('should send a signed-in person from sign-in or the root to the home of their role', () => {
    expect(decideNavigation(page({ name: RouteName.SignIn, isPublic: true }), learner)).toEqual({
      kind: 'redirect',
      to: { name: RouteName.LearnerHome },
    });
    expect(decideNavigation(page({ name: RouteName.Home }), advisorAndLearner)).toEqual({
      kind: 'redirect',
      to: { name: RouteName.AdvisorHome },
    });
  });

  it('should make the workspace role active when the person holds it', () => {
    expect(decideNavigation(page({ role: 'LEARNER' }), advisorAndLearner)).toEqual({ kind: 'allow', activeRole: 'LEARNER' });
  });

  it("should send a person away from a workspace of a role they don't hold", () => {
    expect(decideNavigation(page({ role: 'ADVISOR' }), learner)).toEqual({ kind: 'redirect', to: { name: RouteName.LearnerHome } });
  });

  it('should send a person with no role to the no-role page', () => {
    expect(decideNavigation(page({ name: RouteName.Home }), { signedIn: true, roles: [], activeRole: null })).toEqual({
      kind: 'redirect',
      to: { name: RouteName.NoRole },
    });
  });
});

describe('homeFor', () => {
  it('should use a placeholder workspace for roles without pages yet', () => {
    expect(homeFor({ roles: ['ISSUER_ADMIN'], activeRole: null })).toEqual({
      name: RouteName.Workspace,
      params: { role: 'issuer-admin' },
    });
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/advisor', '/advisor'],
    ['/learner?x=1', '/learner?x=1'],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    [undefined, null],
    [['/a'], null],
  ])('should map %p to %p', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe('activeNavIndex', () => {
  const learner = ['/learner', '/learner/export', '/api-access'];

  it('should mark only the exact item when a parent section is also in the nav', () => {
    expect(activeNavIndex('/learner/export', learner)).toBe(1);
    expect(activeNavIndex('/learner', learner)).toBe(0);
    expect(activeNavIndex('/learner/', learner)).toBe(0);
  });

  it('should mark the section of a page that has no item of its own', () => {
    expect(activeNavIndex('/advisor/cohorts/abc', ['/advisor', '/api-access'])).toBe(0);
  });

  it('should not match a path that merely starts with the same letters', () => {
    expect(activeNavIndex('/learnerish', learner)).toBe(-1);
    expect(activeNavIndex('/verify', learner)).toBe(-1);
  });
});

import { orderedRoles, pickActiveRole, roleBySlug, roleWorkspace, ROLE_WORKSPACES } from './roles';

describe('roles', () => {
  it('should keep the preferred role when the person still holds it', () => {
    expect(pickActiveRole(['LEARNER', 'ADVISOR'], 'ADVISOR')).toBe('ADVISOR');
  });

  it('should fall back to the first role in workspace order', () => {
    expect(pickActiveRole(['INSTITUTION_ADMIN', 'ADVISOR'], 'LEARNER')).toBe('ADVISOR');
    expect(pickActiveRole([], 'LEARNER')).toBeNull();
  });

  it('should order and de-duplicate roles', () => {
    expect(orderedRoles(['ASSESSOR', 'LEARNER', 'ASSESSOR'])).toEqual(['LEARNER', 'ASSESSOR']);
  });

  it('should give every role a unique slug that maps back to it', () => {
    const slugs = ROLE_WORKSPACES.map((w) => w.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const w of ROLE_WORKSPACES) expect(roleBySlug(w.slug)).toBe(w.role);
    expect(roleBySlug('nobody')).toBeNull();
    expect(roleWorkspace('ADVISOR').label).toBe('Advisor');
  });

  it('should offer API access in every workspace without making it a home', () => {
    for (const w of ROLE_WORKSPACES) {
      expect(w.nav.at(-1)).toEqual({ label: 'API access', to: { name: 'api-access' } });
      expect(w.home).not.toEqual({ name: 'api-access' });
    }
    expect(roleWorkspace('INSTITUTION_ADMIN').nav.map((n) => n.label)).toEqual(['Webhooks', 'API access']);
    expect(roleWorkspace('INSTITUTION_ADMIN').home).toEqual({ name: 'workspace', params: { role: 'institution-admin' } });
  });
});

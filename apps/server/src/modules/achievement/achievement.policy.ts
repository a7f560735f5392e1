import type { Context } from '../../context';
import { hasRole, Role } from '../auth/roles';
import { Issuer } from '../issuer/issuer.entity';

/** Who manages an issuer's catalogue and awards: its issuer admins, and the institution's administrators. */
export class AchievementPolicy {
  async canManageIssuer(ctx: Context, issuerId: string): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (viewer.issuerIds.includes(issuerId)) return true;
    return hasRole(viewer, Role.INSTITUTION_ADMIN) && (await ctx.em.existsBy(Issuer, { id: issuerId, institutionId: viewer.institutionId }));
  }
}

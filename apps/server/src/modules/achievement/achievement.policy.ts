import type { Context } from '../../context';
import { hasRole, Role } from '../auth/roles';
import { Issuer } from '../issuer/issuer.entity';

/** Who manages an issuer's catalogue and awards: its issuer admins, and the institution's administrators. */
export class AchievementPolicy {
  async canManageIssuer(ctx: Context, issuerId: string): Promise<boolean> {
    const issuer = await ctx.em.findOneBy(Issuer, { id: issuerId });
    return !!issuer && this.managesIssuer(ctx, { issuerId, institutionId: issuer.institutionId });
  }

  /**
   * The same rule for a record that already carries its issuer and institution (no query), so that capability
   * fields such as `Achievement.viewerCanAward` cost nothing per row and never disagree with the checks.
   */
  managesIssuer(ctx: Context, record: { issuerId: string; institutionId: string }): boolean {
    const viewer = ctx.viewer;
    if (!viewer || viewer.institutionId !== record.institutionId) return false;
    return viewer.issuerIds.includes(record.issuerId) || hasRole(viewer, Role.INSTITUTION_ADMIN);
  }
}

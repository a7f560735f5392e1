import { In } from 'typeorm';
import type { Context } from '../../context';
import type { NodeRegistry } from '../../graphql/node';
import { hasRole, Role } from '../auth/roles';
import { IntegratorClient, PersonalAccessToken } from './integrator.entity';
import { IntegratorClientNode, PersonalAccessTokenNode } from './integrator.types';

/** node(id:) for PersonalAccessToken (its person only) and IntegratorClient (institution admins of its institution). */
export function registerIntegratorNodes(nodes: NodeRegistry): void {
  nodes.register('PersonalAccessToken', async (ctx: Context, ids: readonly string[]) => {
    if (!ctx.viewer || ctx.viewer.integratorClientId) return ids.map(() => null);
    const rows = await ctx.em.find(PersonalAccessToken, { where: { id: In([...ids]), personId: ctx.viewer.personId } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => (byId.has(id) ? PersonalAccessTokenNode.from(byId.get(id)!) : null));
  });
  nodes.register('IntegratorClient', async (ctx: Context, ids: readonly string[]) => {
    if (!hasRole(ctx.viewer, Role.INSTITUTION_ADMIN) || ctx.viewer!.integratorClientId) return ids.map(() => null);
    const rows = await ctx.em.find(IntegratorClient, { where: { id: In([...ids]), institutionId: ctx.viewer!.institutionId } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => (byId.has(id) ? IntegratorClientNode.from(byId.get(id)!) : null));
  });
}

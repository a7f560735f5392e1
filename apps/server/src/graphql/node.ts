import { decodeGlobalId, encodeGlobalId } from '@openclr/domain';
import { Arg, Ctx, Field, ID, InterfaceType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Public } from './auth-checker';
import { graphqlError } from './errors';

@InterfaceType({ description: 'An object with a globally unique, opaque ID (Relay object identification).' })
export abstract class Node {
  @Field(() => ID, { description: 'Global ID; pass it to `node(id:)` to fetch the object again.' })
  id: string;
}

/** Loads nodes of one type by UUID, already filtered by the viewer's policy (denied = absent = null). */
export type NodeFetcher = (ctx: Context, ids: readonly string[]) => Promise<(Node | null)[]>;

export class NodeRegistry {
  private readonly fetchers = new Map<string, NodeFetcher>();

  register(type: string, fetcher: NodeFetcher): void {
    this.fetchers.set(type, fetcher);
  }

  /** Resolves global IDs in order; unknown types, missing and hidden objects are all null. */
  async resolve(ctx: Context, globalIds: readonly string[]): Promise<(Node | null)[]> {
    const decoded = globalIds.map((globalId) => {
      try {
        return decodeGlobalId(globalId);
      } catch {
        throw graphqlError('BAD_USER_INPUT', `"${globalId}" is not an OpenCLR ID.`);
      }
    });
    const byType = new Map<string, string[]>();
    for (const { type, id } of decoded) byType.set(type, [...(byType.get(type) ?? []), id]);
    const found = new Map<string, Node>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        const fetcher = this.fetchers.get(type);
        if (!fetcher) return;
        const nodes = await fetcher(ctx, ids);
        nodes.forEach((node, i) => node && found.set(encodeGlobalId(type, ids[i]), node));
      }),
    );
    return decoded.map(({ type, id }) => found.get(encodeGlobalId(type, id)) ?? null);
  }
}

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global ID; null when it does not exist or you may not see it.' })
  @Public()
  async node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID.' }) id: string): Promise<Node | null> {
    const [node] = await this.registry.resolve(ctx, [id]);
    return node;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Fetches up to 100 objects by global ID, in order; null for each one that does not exist or is hidden.' })
  @Public()
  async nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global IDs (at most 100).' }) ids: string[]): Promise<(Node | null)[]> {
    if (ids.length > 100) throw graphqlError('BAD_USER_INPUT', '"ids" may hold at most 100 IDs.');
    return this.registry.resolve(ctx, ids);
  }
}

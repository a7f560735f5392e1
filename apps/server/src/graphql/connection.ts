import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { graphqlError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string;
}

export interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** A Relay connection type `<Name>Connection` with `<Name>Edge`, `nodes`, `pageInfo` and a lazily counted `totalCount`. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `One item of a ${name}Connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'Items with their cursors.' })
    edges: Edge[];

    @Field(() => [nodeType], { description: 'Items, without cursors.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    totalCount: () => Promise<number>;

    @Field(() => Int, { name: 'totalCount', description: 'Number of items in the whole list, across pages.' })
    resolveTotalCount(): Promise<number> {
      return this.totalCount();
    }
  }
  return Connection;
}

export function toConnection<T, N>(page: Page<T>, toNode: (item: T) => N): ConnectionShape<N> {
  const nodes = page.items.map(toNode);
  return {
    edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
    nodes,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
    totalCount: page.totalCount,
  };
}

export function pageSize(args: PageArgs): number {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw graphqlError('BAD_USER_INPUT', `"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`);
  }
  return size;
}

export type CursorValue = string | number | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => v === null || ['string', 'number'].includes(typeof v))) return values;
  } catch {
    // fall through to the error below
  }
  throw graphqlError('BAD_USER_INPUT', `"after" is not a cursor from this list.`);
}

export interface KeysetOrder<T> {
  /** SQL expressions of the sort key, most significant first; the last one must be unique (the id). */
  columns: { sql: string; direction: 'ASC' | 'DESC' }[];
  /** Values of the same keys read from a row, for its cursor. */
  values: (row: T) => CursorValue[];
}

/** Keys of `T` whose values can go into a cursor as they are. */
type CursorKey<T> = { [K in keyof T]: T[K] extends CursorValue ? K : never }[keyof T] & string;

/** The usual keyset order: one column of the root alias ascending, then its id ascending, e.g. `ascendingBy('c', 'name')`. */
export function ascendingBy<T extends ObjectLiteral & { id: string }>(alias: string, key: CursorKey<T>): KeysetOrder<T> {
  return {
    columns: [
      { sql: `${alias}.${key}`, direction: 'ASC' },
      { sql: `${alias}.id`, direction: 'ASC' },
    ],
    values: (row) => [row[key], row.id],
  };
}

/**
 * Keyset pagination of a query builder: one statement for the page (+1 row to know whether more follow) and, only
 * when `totalCount` is asked for, one count statement.
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, args: PageArgs, order: KeysetOrder<T>): Promise<Page<T>> {
  const size = pageSize(args);
  const countQuery = qb.clone();
  const pageQuery = qb.clone();
  if (args.after) {
    const after = decodeCursor(args.after, order.columns.length);
    // Lexicographic (a, b, id) > (x, y, z) with per-column direction, written out so that mixed directions work.
    const clauses: string[] = [];
    const params: Record<string, CursorValue> = {};
    order.columns.forEach((column, i) => {
      const equalities = order.columns.slice(0, i).map((prev, j) => `${prev.sql} = :cursor${j}`);
      const comparison = `${column.sql} ${column.direction === 'ASC' ? '>' : '<'} :cursor${i}`;
      clauses.push(`(${[...equalities, comparison].join(' AND ')})`);
      params[`cursor${i}`] = after[i];
    });
    pageQuery.andWhere(`(${clauses.join(' OR ')})`, params);
  }
  order.columns.forEach((column, i) => (i === 0 ? pageQuery.orderBy(column.sql, column.direction) : pageQuery.addOrderBy(column.sql, column.direction)));
  const rows = size === 0 ? [] : await pageQuery.limit(size + 1).getMany();
  const items = rows.slice(0, size);
  let counted: Promise<number> | undefined;
  return {
    items,
    cursors: items.map((row) => encodeCursor(order.values(row))),
    hasNextPage: rows.length > size,
    hasPreviousPage: Boolean(args.after),
    totalCount: () => (counted ??= countQuery.getCount()),
  };
}

/** Pages an in-memory list that is already bounded (e.g. computed rows), with index cursors. */
export function paginateArray<T>(all: T[], args: PageArgs): Page<T> {
  const size = pageSize(args);
  const start = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
  const items = all.slice(start, start + size);
  return {
    items,
    cursors: items.map((_, i) => encodeCursor([start + i])),
    hasNextPage: start + size < all.length,
    hasPreviousPage: start > 0,
    totalCount: async () => all.length,
  };
}

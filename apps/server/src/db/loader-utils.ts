import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';

/** Orders `rows` like `keys`, with null where a key has no row (DataLoader's contract). */
export function alignTo<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups `rows` under `keys` (one array per key, possibly empty). */
export function groupTo<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const byKey = new Map<K, T[]>();
  for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => byKey.get(key) ?? []);
}

/** A per-request loader of entities by primary key: one `WHERE id IN (…)` per batch. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(em: EntityManager, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => alignTo(ids, await em.getRepository(entity).findBy({ id: In([...ids]) } as never), (row) => row.id));
}

/** A per-request loader of child rows by a foreign key column, e.g. rubric criteria by achievement. */
export function byParentLoader<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  parentKey: keyof T & string,
  order?: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) =>
    groupTo(parentIds, await em.getRepository(entity).find({ where: { [parentKey]: In([...parentIds]) } as never, order: order as never }), (row) => row[parentKey] as string),
  );
}

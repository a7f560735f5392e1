import type { EntityManager } from 'typeorm';

/** PostgreSQL array element types the seed writes. */
export type ColumnType = 'uuid' | 'text' | 'timestamptz' | 'date' | 'smallint' | 'integer' | 'bigint' | 'boolean';

type Value = string | number | boolean | null;

/**
 * Rows of one table buffered column by column, written with `INSERT … SELECT FROM unnest($1::type[], …)` in chunks:
 * one statement per chunk and a fixed number of parameters, however many rows (a multi-row VALUES list would need
 * a parameter per cell and hit the 65,535-parameter limit).
 */
export class TableBuffer<C extends string> {
  private readonly data: Value[][];

  constructor(
    readonly table: string,
    private readonly columns: readonly (readonly [C, ColumnType])[],
  ) {
    this.data = columns.map(() => []);
  }

  get size(): number {
    return this.data[0]!.length;
  }

  push(row: Record<C, Value>): void {
    this.columns.forEach(([name], i) => this.data[i]!.push(row[name]));
  }

  /** Inserts every buffered row; `select` may wrap the unnest (`r`) to join or compute columns. */
  async flush(em: EntityManager, options: { chunkSize?: number; log?: (line: string) => void; insert?: InsertShape } = {}): Promise<void> {
    const chunkSize = options.chunkSize ?? 20_000;
    const unnest = `unnest(${this.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS r(${this.columns.map(([name]) => name).join(', ')})`;
    const sql = options.insert
      ? `INSERT INTO ${this.table} (${options.insert.columns.join(', ')}) SELECT ${options.insert.select} FROM ${unnest} ${options.insert.from ?? ''}`
      : `INSERT INTO ${this.table} (${this.columns.map(([name]) => name).join(', ')}) SELECT * FROM ${unnest}`;
    const started = Date.now();
    for (let start = 0; start < this.size; start += chunkSize) {
      await em.query(sql, this.data.map((column) => column.slice(start, start + chunkSize)));
    }
    if (this.size >= chunkSize) options.log?.(`  ${this.table}: ${this.size.toLocaleString('en-US')} rows in ${Date.now() - started} ms`);
  }
}

/** A custom projection for `TableBuffer.flush`: target columns, the SELECT list over `r`, and extra joins. */
export interface InsertShape {
  columns: readonly string[];
  select: string;
  from?: string;
}

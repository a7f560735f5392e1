import { CreateDateColumn, JoinColumnOptions, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** UUID primary key plus created/updated instants: the columns every table starts with. */
export abstract class Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Join column `<relation>_id` with a readable foreign-key name `fk_<table>_<relation>`. */
export const fk = (table: string, relation: string): JoinColumnOptions => ({
  name: `${relation}_id`,
  foreignKeyConstraintName: `fk_${table}_${relation}`,
});

/** CHECK body: the column holds a trimmed, non-empty string (callers trim; the database refuses what slips through). */
export const nonBlank = (column: string): string => `${column} <> '' AND ${column} = btrim(${column})`;

/** CHECK body: the column is one of `values`. */
export const oneOf = (column: string, values: readonly string[]): string =>
  `${column} IN (${values.map((value) => `'${value}'`).join(', ')})`;

import 'reflect-metadata';
import { DataSource, Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceOptions {
  url: string;
  logger?: Logger;
  poolSize?: number;
}

/** A PostgreSQL data source for OpenCLR: migrations only, never `synchronize`. */
export function createDataSource({ url, logger, poolSize }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logger,
    logging: logger ? 'all' : false,
    extra: { max: poolSize ?? 10 },
  });
}

/** Used by the TypeORM CLI (`typeorm migration:generate -d dist/db/data-source.js`). */
export default createDataSource({ url: process.env.DATABASE_URL ?? 'postgres://postgres:password@127.0.0.1:5432/openclr' });

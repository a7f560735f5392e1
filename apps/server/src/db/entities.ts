/** Every TypeORM entity, listed explicitly so that the data source never scans the file system. */
export const ENTITIES: Function[] = [];

import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from './config';
import type { Loaders } from './loaders';
import type { Viewer } from './modules/auth/roles';

/** What every resolver and service receives first: who is asking, and per-request state. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  em: EntityManager;
  dataSource: DataSource;
  loaders: Loaders;
  config: Config;
  /** Present for HTTP requests (cookies); absent for CLI and internal calls. */
  req?: Request;
  res?: Response;
}

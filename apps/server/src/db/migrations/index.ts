import { InitialSchema1796317196084 } from './1796317196084-InitialSchema';

/** Every migration in order. Migrations are generated from the entity diff, reviewed, and never edited once merged. */
export const MIGRATIONS: Function[] = [InitialSchema1796317196084];

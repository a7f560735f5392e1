import { InitialSchema1796317196084 } from './1796317196084-InitialSchema';
import { CredentialsAndStatusLists1796318472631 } from './1796318472631-CredentialsAndStatusLists';
import { SsoPasswordResetAndLockout1796319094625 } from './1796319094625-SsoPasswordResetAndLockout';
import { Webhooks1796319846004 } from './1796319846004-Webhooks';
import { IntegratorAccessAndImsApi1796320036169 } from './1796320036169-IntegratorAccessAndImsApi';

/** Every migration in order. Migrations are generated from the entity diff, reviewed, and never edited once merged. */
export const MIGRATIONS: Function[] = [InitialSchema1796317196084, CredentialsAndStatusLists1796318472631, SsoPasswordResetAndLockout1796319094625, Webhooks1796319846004, IntegratorAccessAndImsApi1796320036169];

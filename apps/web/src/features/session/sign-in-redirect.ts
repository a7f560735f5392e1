import { safeRedirect } from '../../app/navigation';

/**
 * Paths the server answers itself (the OAuth consent flow, SSO callbacks, the 1EdTech REST API, hosted
 * credentials). The SPA's router knows none of them, so returning there needs a full page load.
 */
const SERVER_PATH_PREFIXES = ['/oauth/', '/auth/', '/ims/', '/api/', '/credentials/'] as const;

export type SignInDestination =
  /** A server page: leave the SPA with `window.location.assign(href)`. */
  | { kind: 'server'; href: string }
  /** A page of this app: `router.replace(path)`. */
  | { kind: 'app'; path: string };

/** Where to go after signing in, from the `?redirect=` query value; null when absent or not a same-site path. */
export function signInDestination(redirect: unknown): SignInDestination | null {
  const path = safeRedirect(redirect);
  if (!path) return null;
  return SERVER_PATH_PREFIXES.some((prefix) => path.startsWith(prefix)) ? { kind: 'server', href: path } : { kind: 'app', path };
}

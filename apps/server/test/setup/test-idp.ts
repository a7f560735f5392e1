import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A person known to the test IdP. */
export interface TestIdpAccount {
  username: string;
  password: string;
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

/** Camille (verified e-mail of the demo learner), an unverified claim to the same address, and a stranger. */
export const IDP_ACCOUNTS = {
  camille: { username: 'camille', password: 'idp-camille-pass', sub: `camille-${randomUUID()}`, email: 'Learner@Northbridge.edu', emailVerified: true, name: 'Camille Laurent' },
  unverified: { username: 'unverified', password: 'idp-unverified-pass', sub: `unverified-${randomUUID()}`, email: 'learner@northbridge.edu', emailVerified: false, name: 'Not Verified' },
  stranger: { username: 'stranger', password: 'idp-stranger-pass', sub: `stranger-${randomUUID()}`, email: 'stranger@northbridge.edu', emailVerified: true, name: 'Sam Stranger' },
} satisfies Record<string, TestIdpAccount>;

export const IDP_CLIENT = { clientId: 'openclr-test', clientSecret: 'openclr-test-client-secret' };

export interface TestIdp {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) in a worker thread of this process, on a random port, with one
 * confidential client, PKCE required, and its own login and consent pages that tests fill in over HTTP or in Chromium.
 */
export async function startTestIdp(options: { redirectUris: string[] }): Promise<TestIdp> {
  const worker = new Worker(join(__dirname, 'test-idp.worker.mjs'), {
    workerData: { redirectUris: options.redirectUris, accounts: Object.values(IDP_ACCOUNTS), client: IDP_CLIENT },
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { issuer: string }) => resolve(message.issuer));
  });
  return {
    issuer,
    stop: async () => {
      const stopped = new Promise((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 2_000))]);
      await worker.terminate();
    },
  };
}

/**
 * A minimal browser for HTTP-level tests: one cookie jar for every origin (cookies ignore ports, as in browsers),
 * manual redirects so each hop can be checked.
 */
export class HttpBrowser {
  readonly cookies = new Map<string, string>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<{ status: number; url: string; location: string | null; body: string }> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const location = response.headers.get('location');
    return { status: response.status, url, location: location ? new URL(location, url).href : null, body: await response.text() };
  }

  /** GETs `url` and follows redirects until a page answers (or `stopAt` matches a redirect target). */
  async follow(url: string, init: { method?: string; form?: Record<string, string>; stopAt?: (url: string) => boolean } = {}) {
    let response = await this.request(url, init);
    for (let hops = 0; response.location && hops < 20; hops++) {
      if (init.stopAt?.(response.location)) return response;
      response = await this.request(response.location);
    }
    return response;
  }
}

/** The action of the first form on an HTML page, absolute. */
export function formAction(html: string, pageUrl: string): string {
  const match = /<form[^>]*action="([^"]+)"/i.exec(html);
  if (!match) throw new Error(`no form on ${pageUrl}:\n${html.slice(0, 500)}`);
  return new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl).href;
}

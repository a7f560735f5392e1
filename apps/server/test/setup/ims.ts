import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

// The standards material sits beside the checkout (`../shared/standards`); the fixed path serves clones made elsewhere.
const STANDARDS = [process.env.OPENCLR_STANDARDS_DIR, resolve(__dirname, '../../../../../shared/standards'), '/work/shared/standards'].find((dir) => !!dir && existsSync(dir))!;

/** Validates against a 1EdTech JSON Schema from shared/standards/schemas (Ajv 2019-09 + formats). */
export function schemaValidator(file: string) {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(STANDARDS, 'schemas', file), 'utf8')));
  return (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

/** A cookie jar for fetch: keeps Set-Cookie values by name and sends them back. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export const pkcePair = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

/**
 * Registers a client and runs the authorization-code flow with PKCE as `email` (signed in with the demo password),
 * approving the consent page; returns the token response. The full flow is asserted step by step in oauth-flow.
 */
export async function authorizeLearner(baseUrl: string, scopes: string[], email = 'learner@northbridge.edu'): Promise<{ access_token: string; refresh_token?: string }> {
  const redirect = 'https://wallet.example.org/callback';
  const client = (await (
    await fetch(`${baseUrl}/oauth/reg`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_name: 'Test Wallet', redirect_uris: [redirect], grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], scope: scopes.join(' ') }),
    })
  ).json()) as { client_id: string; client_secret: string };
  const jar = new CookieJar();
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, variables: { input: { email, password: 'openclr-demo' } } }),
  });
  jar.take(signIn);
  const { verifier, challenge } = pkcePair();
  let url = `${baseUrl}/oauth/auth?${new URLSearchParams({ response_type: 'code', client_id: client.client_id, redirect_uri: redirect, scope: scopes.join(' '), state: 'x', code_challenge: challenge, code_challenge_method: 'S256' })}`;
  let init: RequestInit = {};
  for (let hops = 0; hops < 12; hops++) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.take(res);
    init = {};
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      if (url.startsWith(redirect)) break;
      continue;
    }
    const action = /<form method="post" action="([^"]+\/confirm)"/.exec(await res.text());
    if (!action) throw new Error(`no consent form at ${url}`);
    url = `${baseUrl}${action[1]}`;
    init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' };
  }
  const code = new URL(url).searchParams.get('code');
  if (!code) throw new Error(`no code: ${url}`);
  const token = await fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect, code_verifier: verifier }),
  });
  return (await token.json()) as { access_token: string; refresh_token?: string };
}

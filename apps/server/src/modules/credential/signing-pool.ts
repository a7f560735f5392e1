import { type Ed25519KeyPair, type JwtKeyPair, signVcJwt } from '@openclr/credentials';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import type { IssuerSigningKeys } from './key.service';
import type { KeyVault } from './key-vault';

/** A credential with its Data Integrity proof, and the VC-JWT of that proven credential. */
export interface SignedDocument {
  document: Record<string, unknown>;
  jwt: string;
}

/** What a signing thread receives: unsigned credentials of one issuer and that issuer's key material. */
export interface SigningTask {
  ed25519: Ed25519KeyPair;
  jwtKey: JwtKeyPair;
  embedJwk: boolean;
  credentials: Record<string, unknown>[];
}

/** Signs built credentials of one issuer (DI proof first, then the VC-JWT), in the order given. */
export interface BatchSigner {
  signMany(keys: IssuerSigningKeys, credentials: readonly Record<string, unknown>[]): Promise<SignedDocument[]>;
}

/** Signs on the calling thread: what single awards use, and the fallback when no pool runs. */
export const inProcessSigning: BatchSigner = {
  async signMany(keys, credentials) {
    const out: SignedDocument[] = [];
    for (const credential of credentials) {
      const document = (await keys.signer.sign(credential)) as unknown as Record<string, unknown>;
      out.push({ document, jwt: await signVcJwt(document, keys.jwtKey, { embedJwk: keys.embedJwk }) });
    }
    return out;
  },
};

/**
 * The compiled worker. Under ts-jest/swc the source has no `.js` sibling, so tests use the built one (`pnpm build`).
 */
export function signingWorkerFile(): string {
  const sibling = join(__dirname, 'signing-worker.js');
  if (existsSync(sibling)) return sibling;
  const built = resolve(__dirname, '..', '..', '..', 'dist', 'modules', 'credential', 'signing-worker.js');
  if (existsSync(built)) return built;
  throw new Error(`The signing worker is not built (looked for ${sibling} and ${built}): run \`pnpm --filter @openclr/server build\``);
}

/**
 * Signs batches on worker threads (JSON-LD canonicalisation is CPU-bound, ~10 ms a credential), while the main
 * thread keeps doing the database reads and writes. Threads get only unsigned documents and key material, never a
 * database connection. A batch is cut into slices so that all threads work on it and results stream back early.
 */
export class SigningPool implements BatchSigner {
  private readonly pool: Piscina<SigningTask, SignedDocument[]>;
  private readonly secrets = new Map<string, string>();

  constructor(
    private readonly vault: KeyVault,
    options: { threads?: number; filename?: string } = {},
  ) {
    const threads = options.threads ?? availableParallelism();
    this.pool = new Piscina({ filename: options.filename ?? signingWorkerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
  }

  get threads(): number {
    return this.pool.threads.length;
  }

  async signMany(keys: IssuerSigningKeys, credentials: readonly Record<string, unknown>[]): Promise<SignedDocument[]> {
    if (!credentials.length) return [];
    const ed25519: Ed25519KeyPair = {
      id: keys.ed25519.verificationMethod,
      controller: keys.ed25519.controller,
      publicKeyMultibase: keys.ed25519.publicKey.publicKeyMultibase as string,
      secretKeyMultibase: this.secretOf(keys),
    };
    // Two slices per thread: threads finish close together even when credentials differ in size.
    const size = Math.max(8, Math.ceil(credentials.length / (this.pool.options.maxThreads * 2)));
    const slices: Promise<SignedDocument[]>[] = [];
    for (let i = 0; i < credentials.length; i += size) {
      slices.push(this.pool.run({ ed25519, jwtKey: keys.jwtKey, embedJwk: keys.embedJwk, credentials: credentials.slice(i, i + size) }));
    }
    return (await Promise.all(slices)).flat();
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  private secretOf(keys: IssuerSigningKeys): string {
    let secret = this.secrets.get(keys.ed25519.id);
    if (!secret) {
      secret = (JSON.parse(this.vault.open(keys.ed25519.privateKeyEncrypted)) as { secretKeyMultibase: string }).secretKeyMultibase;
      this.secrets.set(keys.ed25519.id, secret);
    }
    return secret;
  }
}

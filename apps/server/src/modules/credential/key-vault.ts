import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Encrypts issuer private keys at rest with AES-256-GCM. The secret comes from `OPENCLR_KEY_SECRET`, or — for
 * development and single-machine installs — from `<dataDir>/secrets/key-secret`, created on first use (mode 0600).
 * A database dump alone therefore never yields a signing key.
 */
export class KeyVault {
  private derived: Buffer | undefined;

  /** `secret` is read on first use, so building the schema or the CLI never touches the secret file. */
  constructor(private readonly secret: () => string) {}

  private get key(): Buffer {
    return (this.derived ??= createHash('sha256').update(`openclr-key-vault:${this.secret()}`).digest());
  }

  static fromEnvironment(dataDir: string, env: NodeJS.ProcessEnv = process.env): KeyVault {
    return new KeyVault(() => {
      if (env.OPENCLR_KEY_SECRET) return env.OPENCLR_KEY_SECRET;
      const file = join(dataDir, 'secrets', 'key-secret');
      if (!existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
        chmodSync(file, 0o600);
      }
      return readFileSync(file, 'utf8').trim();
    });
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(envelope: string): string {
    const [version, iv, tag, body] = envelope.split('.');
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unknown key envelope format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

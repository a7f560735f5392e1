import { createHash } from 'node:crypto';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { DataSource } from 'typeorm';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Models whose id is a bearer secret: their `jti` is not stored, only its hash (the row key). */
const SECRET_MODELS = new Set(['AccessToken', 'RefreshToken', 'AuthorizationCode', 'ClientCredentials', 'DeviceCode', 'BackchannelAuthenticationRequest']);

interface Row {
  payload: AdapterPayload;
  consumed_at: Date | null;
}

/**
 * oidc-provider's storage in PostgreSQL (table `oauth_model`), so grants and tokens survive restarts and are shared
 * by every server process. Rows are keyed by the SHA-256 of the model id; expired rows read as absent and are
 * deleted as new rows are written.
 */
export function postgresAdapter(dataSource: DataSource) {
  return class PostgresAdapter implements Adapter {
    constructor(readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const stored = SECRET_MODELS.has(this.model) ? { ...payload, jti: undefined } : payload;
      await dataSource.query(
        `INSERT INTO oauth_model (model, key, payload, grant_id, user_code, uid, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int > 0 THEN now() + make_interval(secs => $7::int) END)
         ON CONFLICT (model, key) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, user_code = EXCLUDED.user_code,
           uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
        [this.model, sha256(id), JSON.stringify(stored), payload.grantId ?? null, payload.userCode ?? null, payload.uid ?? null, Math.max(0, Math.ceil(expiresIn ?? 0))],
      );
      if (Math.random() < 0.05) await dataSource.query(`DELETE FROM oauth_model WHERE expires_at < now() - interval '1 day'`);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return this.read(`key = $2`, sha256(id), id);
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.read(`user_code = $2`, userCode);
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.read(`uid = $2`, uid);
    }

    async consume(id: string): Promise<void> {
      await dataSource.query(`UPDATE oauth_model SET consumed_at = now() WHERE model = $1 AND key = $2`, [this.model, sha256(id)]);
    }

    async destroy(id: string): Promise<void> {
      await dataSource.query(`DELETE FROM oauth_model WHERE model = $1 AND key = $2`, [this.model, sha256(id)]);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await dataSource.query(`DELETE FROM oauth_model WHERE grant_id = $1`, [grantId]);
    }

    async read(where: string, value: string, id?: string): Promise<AdapterPayload | undefined> {
      const [row] = (await dataSource.query(
        `SELECT payload, consumed_at FROM oauth_model WHERE model = $1 AND ${where} AND (expires_at IS NULL OR expires_at > now()) LIMIT 1`,
        [this.model, value],
      )) as Row[];
      if (!row) return undefined;
      return { ...row.payload, ...(id && SECRET_MODELS.has(this.model) ? { jti: id } : {}), ...(row.consumed_at ? { consumed: Math.floor(row.consumed_at.getTime() / 1000) } : {}) };
    }
  };
}

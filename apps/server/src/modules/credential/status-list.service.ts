import { buildStatusListCredential, MIN_STATUS_LIST_LENGTH, StatusBitstring } from '@openclr/credentials';
import type { EntityManager } from 'typeorm';
import { StatusList, type StatusPurpose } from './credential.entity';
import { KeyService } from './key.service';
import { PublicUrls } from './public-urls';

/**
 * Bitstring Status Lists, one per issuer and purpose. Bits are flipped in SQL under the row lock, so a revoke or
 * suspend changes exactly one bit and concurrent changes never lose each other; the signed list credential is
 * rebuilt lazily when its version is behind.
 */
export class StatusListService {
  constructor(
    private readonly keys: KeyService,
    private readonly urls: PublicUrls,
  ) {}

  private async ensure(em: EntityManager, issuerId: string, purpose: StatusPurpose, minIndex = 0): Promise<void> {
    const bytes = Math.max(MIN_STATUS_LIST_LENGTH, Math.ceil((minIndex + 1) / MIN_STATUS_LIST_LENGTH) * MIN_STATUS_LIST_LENGTH) / 8;
    await em.query(
      `INSERT INTO status_list (issuer_id, purpose, bits) VALUES ($1, $2, decode(repeat('00', $3), 'hex'))
       ON CONFLICT (issuer_id, purpose) DO UPDATE
         SET bits = status_list.bits || decode(repeat('00', greatest(0, $3 - octet_length(status_list.bits))), 'hex')
       WHERE octet_length(status_list.bits) < $3`,
      [issuerId, purpose, bytes],
    );
  }

  /** Sets (or clears) one bit; `index` counts from the most significant bit of byte 0 as the spec says. */
  async setBit(em: EntityManager, issuerId: string, purpose: StatusPurpose, index: number, value: boolean): Promise<void> {
    await this.ensure(em, issuerId, purpose, index);
    // Postgres numbers bits from the least significant bit of each byte; the Bitstring spec from the most.
    await em.query(`UPDATE status_list SET bits = set_bit(bits, $3, $4), version = version + 1 WHERE issuer_id = $1 AND purpose = $2`, [
      issuerId,
      purpose,
      (index >> 3) * 8 + (7 - (index & 7)),
      value ? 1 : 0,
    ]);
  }

  async getBit(em: EntityManager, issuerId: string, purpose: StatusPurpose, index: number): Promise<boolean> {
    const rows = (await em.query(`SELECT get_bit(bits, $3) AS bit FROM status_list WHERE issuer_id = $1 AND purpose = $2 AND octet_length(bits) * 8 > $4`, [
      issuerId,
      purpose,
      (index >> 3) * 8 + (7 - (index & 7)),
      index,
    ])) as { bit: number }[];
    return rows[0]?.bit === 1;
  }

  /** The signed `BitstringStatusListCredential`, re-signed only when bits changed since the last signature. */
  async signedListCredential(em: EntityManager, issuerId: string, purpose: StatusPurpose): Promise<Record<string, unknown>> {
    await this.ensure(em, issuerId, purpose);
    const list = await em.findOneByOrFail(StatusList, { issuerId, purpose });
    if (list.signedDocument && list.signedVersion === list.version) return list.signedDocument;
    const keys = await this.keys.signingKeys(em, issuerId);
    const credential = buildStatusListCredential({
      id: this.urls.statusList(issuerId, purpose),
      issuer: keys.issuerDid,
      statusPurpose: purpose,
      list: StatusBitstring.fromBytes(list.bits),
      validFrom: new Date(),
    });
    const signed = (await keys.signer.sign(credential)) as unknown as Record<string, unknown>;
    await em.query(`UPDATE status_list SET signed_document = $3, signed_version = $4 WHERE issuer_id = $1 AND purpose = $2 AND version = $4`, [issuerId, purpose, signed, list.version]);
    return signed;
  }
}

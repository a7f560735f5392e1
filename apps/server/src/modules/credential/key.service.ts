import {
  buildDidWebDocument,
  createDataIntegritySigner,
  type DataIntegritySigner,
  type DidDocument,
  didKeyDocument,
  generateDidKey,
  generateEd25519Key,
  generateJwtKey,
  type JwtKeyPair,
} from '@openclr/credentials';
import type { EntityManager } from 'typeorm';
import { IssuerKey } from './credential.entity';
import { KeyVault } from './key-vault';
import { PublicUrls } from './public-urls';

/** The keys an issuer signs with now: an Ed25519 key for Data Integrity proofs and an RSA key for VC-JWT. */
export interface IssuerSigningKeys {
  issuerDid: string;
  ed25519: IssuerKey;
  rsa: IssuerKey;
  signer: DataIntegritySigner;
  jwtKey: JwtKeyPair;
  /** Put the public JWK in the JWT header (did:key issuers have no DID document to look the RSA key up in). */
  embedJwk: boolean;
}

/**
 * Issuer keys: created on first use, rotated on demand, never deleted. Production issuers (HTTPS public URL) are
 * `did:web:<host>:issuers:<id>` with every key, retired ones included, in their DID document; development issuers
 * are `did:key` (the key is the identifier).
 */
export class KeyService {
  private readonly cache = new Map<string, Promise<IssuerSigningKeys>>();

  constructor(
    private readonly vault: KeyVault,
    private readonly urls: PublicUrls,
  ) {}

  /** The issuer's DID: its did:web, or the did:key of its active Ed25519 key. */
  async issuerDid(em: EntityManager, issuerId: string): Promise<string> {
    return (await this.signingKeys(em, issuerId)).issuerDid;
  }

  /** Active keys of the issuer with ready signers, created under a lock on first use and cached per process. */
  signingKeys(em: EntityManager, issuerId: string): Promise<IssuerSigningKeys> {
    let keys = this.cache.get(issuerId);
    if (!keys) {
      keys = this.loadOrCreate(em, issuerId);
      keys.catch(() => this.cache.delete(issuerId));
      this.cache.set(issuerId, keys);
    }
    return keys;
  }

  private async loadOrCreate(em: EntityManager, issuerId: string): Promise<IssuerSigningKeys> {
    let active = await this.activeKeys(em, issuerId);
    if (!active.ed25519 || !active.rsa) {
      await em.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`issuer-keys:${issuerId}`]);
        const current = await this.activeKeys(tx, issuerId);
        if (!current.ed25519) await this.createEd25519(tx, issuerId);
        if (!current.rsa) await this.createRsa(tx, issuerId, current.ed25519?.controller);
      });
      active = await this.activeKeys(em, issuerId);
    }
    const ed25519 = active.ed25519!;
    const rsa = active.rsa!;
    const secret = JSON.parse(this.vault.open(ed25519.privateKeyEncrypted)) as { secretKeyMultibase: string };
    const signer = await createDataIntegritySigner({
      id: ed25519.verificationMethod,
      controller: ed25519.controller,
      publicKeyMultibase: ed25519.publicKey.publicKeyMultibase as string,
      secretKeyMultibase: secret.secretKeyMultibase,
    });
    const privateJwk = JSON.parse(this.vault.open(rsa.privateKeyEncrypted));
    return {
      issuerDid: ed25519.controller,
      ed25519,
      rsa,
      signer,
      jwtKey: { kid: rsa.verificationMethod, privateJwk, publicJwk: rsa.publicKey },
      embedJwk: ed25519.controller.startsWith('did:key:'),
    };
  }

  private async activeKeys(em: EntityManager, issuerId: string) {
    const keys = await em.getRepository(IssuerKey).createQueryBuilder('k').where('k.issuerId = :issuerId AND k.retiredAt IS NULL', { issuerId }).getMany();
    return { ed25519: keys.find((k) => k.algorithm === 'Ed25519'), rsa: keys.find((k) => k.algorithm === 'RS256') };
  }

  private async createEd25519(em: EntityManager, issuerId: string): Promise<void> {
    const didWeb = this.urls.issuerDidWeb(issuerId);
    const key = didWeb ? await generateEd25519Key(didWeb, `key-${Date.now().toString(36)}`) : await generateDidKey();
    await em.getRepository(IssuerKey).insert({
      issuerId,
      algorithm: 'Ed25519',
      controller: key.controller,
      verificationMethod: key.id,
      publicKey: { publicKeyMultibase: key.publicKeyMultibase },
      privateKeyEncrypted: this.vault.seal(JSON.stringify({ secretKeyMultibase: key.secretKeyMultibase })),
    });
  }

  private async createRsa(em: EntityManager, issuerId: string, ed25519Controller?: string): Promise<void> {
    const controller = this.urls.issuerDidWeb(issuerId) ?? ed25519Controller ?? (await this.activeKeys(em, issuerId)).ed25519!.controller;
    const kid = `${controller}#jwt-${Date.now().toString(36)}`;
    const key = await generateJwtKey(kid);
    await em.getRepository(IssuerKey).insert({
      issuerId,
      algorithm: 'RS256',
      controller,
      verificationMethod: kid,
      publicKey: key.publicJwk as never,
      privateKeyEncrypted: this.vault.seal(JSON.stringify(key.privateJwk)),
    });
  }

  /** Retires the active keys and creates new ones; credentials signed before stay verifiable. */
  async rotate(em: EntityManager, issuerId: string): Promise<void> {
    await em.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`issuer-keys:${issuerId}`]);
      await tx.query('UPDATE issuer_key SET retired_at = now() WHERE issuer_id = $1 AND retired_at IS NULL', [issuerId]);
      await this.createEd25519(tx, issuerId);
      const { ed25519 } = await this.activeKeys(tx, issuerId);
      await this.createRsa(tx, issuerId, ed25519!.controller);
    });
    this.cache.delete(issuerId);
  }

  /**
   * DID documents that verify the issuer's credentials: for did:web one document with every key ever used; for
   * did:key one self-describing document per Ed25519 key.
   */
  async didDocuments(em: EntityManager, issuerId: string): Promise<DidDocument[]> {
    const keys = await em.find(IssuerKey, { where: { issuerId }, order: { createdAt: 'ASC' } });
    const didWeb = this.urls.issuerDidWeb(issuerId);
    const docs: DidDocument[] = [];
    const webKeys = keys.filter((k) => k.controller === didWeb);
    if (didWeb && webKeys.length) {
      docs.push(
        buildDidWebDocument(
          didWeb,
          webKeys.map((k) => (k.algorithm === 'Ed25519' ? { id: k.verificationMethod, publicKeyMultibase: k.publicKey.publicKeyMultibase as string } : { id: k.verificationMethod, publicKeyJwk: k.publicKey })),
        ),
      );
    }
    for (const key of keys) if (key.algorithm === 'Ed25519' && key.controller.startsWith('did:key:')) docs.push(didKeyDocument(key.controller));
    return docs;
  }
}

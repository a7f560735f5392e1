import type { Config } from '../../config';

/** Stable public URLs of everything OpenCLR publishes; credentials embed them, so they never change shape. */
export class PublicUrls {
  constructor(private readonly config: Pick<Config, 'publicUrl'>) {}

  get origin(): string {
    return this.config.publicUrl;
  }

  credential(awardId: string): string {
    return `${this.origin}/credentials/${awardId}`;
  }

  achievement(achievementId: string): string {
    return `${this.origin}/achievements/${achievementId}`;
  }

  skill(skillId: string): string {
    return `${this.origin}/skills/${skillId}`;
  }

  statusList(issuerId: string, purpose: string): string {
    return `${this.origin}/status/${issuerId}/${purpose}`;
  }

  issuerProfile(issuerId: string): string {
    return `${this.origin}/issuers/${issuerId}`;
  }

  didDocument(issuerId: string): string {
    return `${this.origin}/issuers/${issuerId}/did.json`;
  }

  ob2Assertion(awardId: string): string {
    return `${this.origin}/ob2/assertions/${awardId}`;
  }

  ob2Badge(achievementId: string): string {
    return `${this.origin}/ob2/badges/${achievementId}`;
  }

  ob2Issuer(issuerId: string): string {
    return `${this.origin}/ob2/issuers/${issuerId}`;
  }

  /**
   * The issuer's `did:web` when served over HTTPS (path form `did:web:host:issuers:<id>`, resolving to
   * `/issuers/<id>/did.json`); null over plain HTTP, where issuers use `did:key` (development).
   */
  issuerDidWeb(issuerId: string): string | null {
    const url = new URL(this.origin);
    if (url.protocol !== 'https:') return null;
    const host = encodeURIComponent(url.host);
    const base = url.pathname.replace(/\/$/, '').split('/').filter(Boolean).map(encodeURIComponent);
    return ['did:web', host, ...base, 'issuers', issuerId].join(':');
  }
}

import { type VerificationReport, verifyCredential } from '@openclr/credentials';
import type { EntityManager } from 'typeorm';
import { Award } from '../award/award.entity';
import type { StatusPurpose } from './credential.entity';
import { KeyService } from './key.service';
import { PublicUrls } from './public-urls';
import { StatusListService } from './status-list.service';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The server's verifier: `@openclr/credentials`' verifier with our issuers' DID documents and our own status lists
 * resolved locally (no network: documents of other hosts are reported as not checked, never as passed). For our
 * own credentials it adds the issuer-side record (suspension is kept there and in the suspension list).
 */
export class VerificationService {
  private readonly statusPattern: RegExp;
  private readonly credentialPattern: RegExp;

  constructor(
    private readonly keys: KeyService,
    private readonly statusLists: StatusListService,
    private readonly urls: PublicUrls,
  ) {
    const origin = urls.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.statusPattern = new RegExp(`^${origin}/status/(${UUID})/(revocation|suspension)$`);
    this.credentialPattern = new RegExp(`^${origin}/credentials/(${UUID})$`);
  }

  async verify(em: EntityManager, input: string | Uint8Array | Record<string, unknown>, options: { recipientEmail?: string | null } = {}): Promise<VerificationReport> {
    const issuerIds = ((await em.query('SELECT DISTINCT issuer_id AS id FROM issuer_key')) as { id: string }[]).map((r) => r.id);
    const didDocuments = (await Promise.all(issuerIds.map((id) => this.keys.didDocuments(em, id)))).flat();
    const report = await verifyCredential(input, {
      didDocuments,
      recipient: options.recipientEmail ? { type: 'emailAddress', identity: options.recipientEmail } : undefined,
      fetchDocument: async (url) => {
        const match = this.statusPattern.exec(url);
        // No fetching from other hosts at run time (SSRF, privacy): their lists are reported as not checked.
        if (!match) throw new Error('this server only reads its own status lists');
        if (!issuerIds.includes(match[1])) return { status: 404 };
        return { status: 200, body: await this.statusLists.signedListCredential(em, match[1], match[2] as StatusPurpose) };
      },
    });
    return this.withIssuerRecord(em, report);
  }

  private async withIssuerRecord(em: EntityManager, report: VerificationReport): Promise<VerificationReport> {
    const id = typeof report.credential?.id === 'string' ? report.credential.id : '';
    const match = this.credentialPattern.exec(id);
    if (!match) return report;
    const award = await em.findOneBy(Award, { id: match[1] });
    if (!award) return report;
    const check =
      award.state === 'suspended'
        ? { id: 'issuer-record', status: 'failed' as const, message: `Suspended by the issuer: ${award.stateReason}` }
        : award.state === 'revoked'
          ? { id: 'issuer-record', status: 'failed' as const, message: `Revoked by the issuer: ${award.stateReason}` }
          : { id: 'issuer-record', status: 'passed' as const, message: "The issuer's record shows the award as active." };
    const checks = [...report.checks, check];
    return { ...report, checks, valid: checks.every((c) => c.status !== 'failed') };
  }
}

import type { DocumentLoader } from '../contexts/document-loader.js';
import { StatusBitstring } from '../status/bitstring.js';
import { fetchJson, FetchFailure, type DocumentFetcher } from './fetch.js';
import { checkProofs } from './proof.js';
import { check, messageOf, type VerificationCheck } from './report.js';

type Doc = Record<string, unknown>;

const issuerId = (doc: Doc): unknown => (typeof doc.issuer === 'string' ? doc.issuer : (doc.issuer as Doc | undefined)?.id);

const unreachable = (error: unknown): VerificationCheck =>
  check('status', 'not-checked', `Could not check status: ${error instanceof FetchFailure ? error.message : messageOf(error)}`);

/**
 * Checks `credentialStatus`: BitstringStatusListEntry / StatusList2021Entry (the list credential must be validly
 * signed by the same issuer) and 1EdTechRevocationList. A list that cannot be fetched yields `not-checked`.
 */
export async function checkStatus(credential: Doc, fetcher: DocumentFetcher | undefined, documentLoader: DocumentLoader): Promise<VerificationCheck> {
  const entries = [credential.credentialStatus].flat().filter((e): e is Doc => !!e && typeof e === 'object');
  if (entries.length === 0) return check('status', 'passed', 'No credentialStatus: the issuer does not publish status');
  const results: VerificationCheck[] = [];
  for (const entry of entries) {
    try {
      results.push(await checkEntry(credential, entry, fetcher, documentLoader));
    } catch (error) {
      results.push(unreachable(error));
    }
  }
  return results.find((r) => r.status === 'failed') ?? results.find((r) => r.status !== 'passed') ?? results[0]!;
}

async function checkEntry(credential: Doc, entry: Doc, fetcher: DocumentFetcher | undefined, documentLoader: DocumentLoader): Promise<VerificationCheck> {
  if (entry.type === '1EdTechRevocationList') {
    const list = await fetchJson(fetcher, String(entry.id));
    const hit = [list.revokedCredential].flat().find((r) => (r as Doc | undefined)?.id === credential.id) as Doc | undefined;
    if (hit && hit.revoked !== false) return check('status', 'failed', `Revoked${hit.revocationReason ? `: ${String(hit.revocationReason)}` : ''}`);
    return check('status', 'passed', 'Not in the issuer revocation list');
  }
  if (entry.type !== 'BitstringStatusListEntry' && entry.type !== 'StatusList2021Entry') {
    return check('status', 'not-checked', `Unsupported credentialStatus type ${String(entry.type)}`);
  }
  const url = String(entry.statusListCredential);
  const list = await fetchJson(fetcher, url);
  const proofChecks = await checkProofs(list, documentLoader);
  const bad = proofChecks.find((c) => c.status === 'failed');
  if (bad) return check('status', 'not-checked', `Could not check status: the status list ${url} is not trustworthy (${bad.message})`);
  if (issuerId(list) !== issuerId(credential)) return check('status', 'not-checked', `Could not check status: the status list ${url} has another issuer`);
  const subject = list.credentialSubject as Doc | undefined;
  const purpose = String(entry.statusPurpose);
  if (![subject?.statusPurpose].flat().includes(purpose)) return check('status', 'not-checked', `Could not check status: the list is not for ${purpose}`);
  const index = Number(entry.statusListIndex);
  const bits = StatusBitstring.decode(String(subject?.encodedList));
  if (!Number.isInteger(index) || index < 0 || index >= bits.length) return check('status', 'failed', `statusListIndex ${String(entry.statusListIndex)} is outside the list`);
  if (!bits.get(index)) return check('status', 'passed', `Not ${purpose === 'suspension' ? 'suspended' : 'revoked'} (${url}, index ${index})`);
  return check('status', 'failed', purpose === 'suspension' ? 'Suspended by the issuer' : 'Revoked by the issuer');
}

import jsigs from 'jsonld-signatures';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as eddsa2022 } from '@digitalbazaar/eddsa-2022-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import type { DocumentLoader } from '../contexts/document-loader.js';
import { check, messageOf, type VerificationCheck } from './report.js';

type Doc = Record<string, unknown>;

const SUPPORTED = new Set(['DataIntegrityProof:eddsa-rdfc-2022', 'DataIntegrityProof:eddsa-2022', 'Ed25519Signature2020:']);

const suiteFor = (proof: Doc): unknown => {
  if (proof.type === 'Ed25519Signature2020') return new Ed25519Signature2020();
  return new DataIntegrityProof({ cryptosuite: proof.cryptosuite === 'eddsa-2022' ? eddsa2022 : eddsaRdfc2022 });
};

const issuerIdOf = (credential: Doc): string | undefined =>
  typeof credential.issuer === 'string' ? credential.issuer : ((credential.issuer as Doc | undefined)?.id as string | undefined);

const RESOLVABLE = /^(https?:|did:)/;

/**
 * Verifies each embedded proof on its own (so the report has one `signature:<n>` line per proof) and checks that
 * the key's controller is the credential's issuer (`issuer-key:<n>`). Proofs are verified with the offline loader.
 */
export async function checkProofs(credential: Doc, documentLoader: DocumentLoader): Promise<VerificationCheck[]> {
  const proofs = [credential.proof].flat().filter((p): p is Doc => !!p && typeof p === 'object');
  if (proofs.length === 0) return [check('signature', 'failed', 'The credential has no proof')];
  const checks: VerificationCheck[] = [];
  const { proof: _, ...unsigned } = credential;
  for (const [n, proof] of proofs.entries()) {
    checks.push(...(await checkProof(unsigned, proof, n, documentLoader)));
  }
  // One valid proof suffices (OB 3.0 verification step 2); others that fail are reported but do not invalidate.
  if (checks.some((c) => c.id.startsWith('signature:') && c.status === 'passed')) {
    return checks.map((c) => (c.id.startsWith('signature:') && c.status === 'failed' ? { ...c, status: 'warning' } : c));
  }
  return checks;
}

async function checkProof(unsigned: Doc, proof: Doc, n: number, baseLoader: DocumentLoader): Promise<VerificationCheck[]> {
  const id = `signature:${n}`;
  const label = `${String(proof.type)}${proof.cryptosuite ? `/${String(proof.cryptosuite)}` : ''}`;
  if (!SUPPORTED.has(`${String(proof.type)}:${String(proof.cryptosuite ?? '')}`)) {
    return [check(id, 'failed', `Unsupported proof ${label}`)];
  }
  const vmId = typeof proof.verificationMethod === 'object' ? (proof.verificationMethod as Doc).id : proof.verificationMethod;
  if (typeof vmId !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(vmId)) {
    return [check(id, 'failed', `verificationMethod ${JSON.stringify(vmId ?? null)} is not a URL or DID`)];
  }
  let documentLoader = baseLoader;
  let purposeOptions: Doc = {};
  // A bare `did:key:z…` names both the key and its controller; 1EdTech accepts it, so resolve it explicitly.
  if (/^did:key:z[1-9A-HJ-NP-Za-km-z]+$/.test(vmId)) {
    const didDocument = (await baseLoader(vmId).catch(() => undefined))?.document as { verificationMethod?: Doc[] } | undefined;
    const method = didDocument?.verificationMethod?.[0];
    if (method) {
      documentLoader = async (url) => (url === vmId ? { contextUrl: null, documentUrl: url, document: { ...method, '@context': 'https://w3id.org/security/multikey/v1', id: vmId } } : baseLoader(url));
      purposeOptions = { controller: { id: vmId, assertionMethod: [vmId] } };
    }
  }
  let method: Doc;
  try {
    method = (await documentLoader(vmId)).document;
  } catch (error) {
    return [check(id, 'failed', `Cannot resolve key ${vmId}: ${messageOf(error)}`)];
  }
  const result = await jsigs.verify(
    { ...unsigned, proof },
    { suite: suiteFor(proof), purpose: new jsigs.purposes.AssertionProofPurpose(purposeOptions), documentLoader },
  ).catch((error: unknown) => ({ verified: false, error: { message: messageOf(error) } }));
  if (!result.verified) return [check(id, 'failed', `${label} proof by ${vmId} is invalid: ${messageOf(result.error ?? 'verification failed')}`)];
  return [check(id, 'passed', `${label} proof by ${vmId} is valid`), checkKeyBinding(unsigned, method, n)];
}

function checkKeyBinding(credential: Doc, method: Doc, n: number): VerificationCheck {
  const id = `issuer-key:${n}`;
  const issuer = issuerIdOf(credential);
  const controller = typeof method.controller === 'string' ? method.controller : String(method.id).split('#')[0];
  if (controller === issuer) return check(id, 'passed', `Key ${String(method.id)} is controlled by the issuer`);
  if (issuer && !RESOLVABLE.test(issuer)) {
    return check(id, 'warning', `Issuer ${issuer} is not a resolvable identifier; the key controller ${controller} cannot be tied to it`);
  }
  return check(id, 'failed', `Key controller ${controller} is not the issuer ${issuer ?? '(none)'}`);
}

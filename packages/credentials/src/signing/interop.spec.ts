// Verifies what we sign with @digitalbazaar/vc directly (not our verifier): the interop oracle of NOTES §0.6.
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createDataIntegritySigner } from './data-integrity.js';
import { createDocumentLoader } from '../contexts/document-loader.js';
import { buildDidWebDocument, generateDidKey, generateEd25519Key } from '../keys/keys.js';
import { buildOpenBadgeCredential } from '../builders/ob3.js';
import { buildClrCredential } from '../builders/clr.js';
import { validateSchema } from '../schema/validate.js';
import { buildCredentialInput, buildIssuer } from '../testing/fixtures.js';

const verifyWithDigitalBazaar = (credential: object, documentLoader = createDocumentLoader()) =>
  vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    // Status is checked separately; the library insists on a callback when credentialStatus is present.
    checkStatus: async () => ({ verified: true }),
  });

describe('signed credentials verified by @digitalbazaar/vc', () => {
  it('should verify an OB 3.0 credential signed with a did:key issuer, and pass both schemas', async () => {
    const key = await generateDidKey();
    const sut = await createDataIntegritySigner(key);
    const signed = await sut.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer: buildIssuer({ id: key.controller }) })));
    expect(signed.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: key.id })]);
    expect(key.id).toMatch(/^did:key:z6Mk\w+#z6Mk\w+$/);
    expect((await verifyWithDigitalBazaar(signed)).verified).toBe(true);
    expect(validateSchema(signed, 'ob3-achievement-credential').errors).toEqual([]);
    expect(validateSchema(signed, 'ob3-achievement-credential-strict').errors).toEqual([]);
  });

  it('should keep credentials signed with a rotated-out did:web key verifiable', async () => {
    const did = 'did:web:openclr.example.edu:issuers:arts';
    const oldKey = await generateEd25519Key(did, 'key-2024');
    const newKey = await generateEd25519Key(did, 'key-2025');
    const input = buildCredentialInput({ issuer: buildIssuer({ id: did }) });
    const oldSigned = await (await createDataIntegritySigner(oldKey)).sign(buildOpenBadgeCredential(input));
    const newSigned = await (await createDataIntegritySigner(newKey)).sign(buildOpenBadgeCredential(input));
    const rotated = buildDidWebDocument(did, [{ id: 'key-2024', publicKeyMultibase: oldKey.publicKeyMultibase }, { id: 'key-2025', publicKeyMultibase: newKey.publicKeyMultibase }]);
    const loader = createDocumentLoader({ didDocuments: [rotated] });
    expect((await verifyWithDigitalBazaar(oldSigned, loader)).verified).toBe(true);
    expect((await verifyWithDigitalBazaar(newSigned, loader)).verified).toBe(true);

    const compromised = buildDidWebDocument(did, [{ id: 'key-2024', publicKeyMultibase: oldKey.publicKeyMultibase, compromised: true }, { id: 'key-2025', publicKeyMultibase: newKey.publicKeyMultibase }]);
    expect((await verifyWithDigitalBazaar(oldSigned, createDocumentLoader({ didDocuments: [compromised] }))).verified).toBe(false);
  });

  it('should verify a signed CLR and each nested credential, and pass the CLR schema', async () => {
    const key = await generateDidKey();
    const signer = await createDataIntegritySigner(key);
    const issuer = buildIssuer({ id: key.controller });
    const badge = await signer.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer })));
    const clr = await signer.sign(buildClrCredential({
      id: 'urn:uuid:6a1f6c1c-0a43-4f5e-9f3e-1d2b3c4d5e6f', issuer, name: 'Relevé de compétences — Zoë Ngô', partial: true,
      recipient: { identifiers: [{ type: 'emailAddress', value: 'zoe.ngo@example.edu' }] }, credentials: [badge], validFrom: '2025-02-01T00:00:00Z',
    }));
    expect(clr.partial).toBe(true);
    expect((await verifyWithDigitalBazaar(clr)).verified).toBe(true);
    expect((await verifyWithDigitalBazaar(clr.credentialSubject.verifiableCredential[0]!)).verified).toBe(true);
    expect(validateSchema(clr, 'clr2-clr-credential').errors).toEqual([]);
  });

  it('should fail verification after one byte of a signed credential changes', async () => {
    const key = await generateDidKey();
    const signed = await (await createDataIntegritySigner(key)).sign(buildOpenBadgeCredential(buildCredentialInput({ issuer: buildIssuer({ id: key.controller }) })));
    const tampered = JSON.parse(JSON.stringify(signed).replace('Proficient', 'Proficienu'));
    expect((await verifyWithDigitalBazaar(tampered)).verified).toBe(false);
  });
});

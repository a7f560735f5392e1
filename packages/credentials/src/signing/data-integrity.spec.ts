import { createDataIntegritySigner } from './data-integrity.js';
import { readStandardsJson, testKeypair } from '../testing/standards.js';

describe(createDataIntegritySigner.name, () => {
  const key = testKeypair();

  it('should reproduce the 1EdTech OB 3.0 test vector proofValue byte for byte', async () => {
    const sut = await createDataIntegritySigner(key);
    const unsigned = readStandardsJson('test-vectors/obv3p0-unsigned-credential.json');
    const signed = await sut.sign(unsigned, { created: key.proofCreated });
    expect(signed.proof).toEqual([readStandardsJson('test-vectors/obv3p0-signed-credential.json').proof]);
    expect(signed.proof[0]!.proofValue).toBe(key.expected.obv3p0.proofValue);
  });

  it('should reproduce the 1EdTech CLR 2.0 test vector outer proofValue byte for byte', async () => {
    const sut = await createDataIntegritySigner(key);
    const unsigned = readStandardsJson('test-vectors/clrv2p0-unsigned-credential.json');
    const signed = await sut.sign(unsigned, { created: key.proofCreated });
    expect(signed.proof[0]!.proofValue).toBe(key.expected.clrv2p0.proofValue);
    expect(signed.credentialSubject.verifiableCredential[0].proof[0].proofValue).toBe(key.expected.clrv2p0.nestedOpenBadgeProofValue);
  });
});

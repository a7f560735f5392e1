import { createDataIntegritySigner, type DataIntegritySigner, signVcJwt } from '@openclr/credentials';
import type { SigningTask, SignedDocument } from './signing-pool';

// One signer per verification method per thread: creating it imports the key, which is worth doing only once.
const signers = new Map<string, Promise<DataIntegritySigner>>();

/** Piscina task: adds the Data Integrity proof, then signs the VC-JWT of the proven credential. */
export default async function signCredentials(task: SigningTask): Promise<SignedDocument[]> {
  let signer = signers.get(task.ed25519.id);
  if (!signer) signers.set(task.ed25519.id, (signer = createDataIntegritySigner(task.ed25519)));
  const ready = await signer;
  const out: SignedDocument[] = [];
  for (const credential of task.credentials) {
    const document = (await ready.sign(credential as never)) as unknown as Record<string, unknown>;
    out.push({ document, jwt: await signVcJwt(document, task.jwtKey, { embedJwk: task.embedJwk }) });
  }
  return out;
}

// Test-only access to the shared 1EdTech assets (samples, vectors, test key). Never imported by package code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STANDARDS_DIR = process.env.OPENCLR_STANDARDS_DIR ?? '/work/shared/standards';

export const readStandardsFile = (path: string): Buffer => readFileSync(join(STANDARDS_DIR, path));
export const readStandardsJson = <T = Record<string, any>>(path: string): T =>
  JSON.parse(readStandardsFile(path).toString('utf8')) as T;

export interface TestKeypair {
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  proofCreated: string;
  expected: {
    obv3p0: { proofValue: string };
    clrv2p0: { proofValue: string; nestedOpenBadgeProofValue: string };
  };
}
export const testKeypair = (): TestKeypair => readStandardsJson<TestKeypair>('test-vectors/test-keypair.json');

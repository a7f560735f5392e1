// Test-only access to the shared 1EdTech assets (samples, vectors, test key). Never imported by package code.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The standards material sits beside the checkout (`../shared/standards`); tests run from the package folder.
const candidates = [process.env.OPENCLR_STANDARDS_DIR, resolve(process.cwd(), '../../../shared/standards'), resolve(process.cwd(), '../shared/standards'), '/work/shared/standards'];
export const STANDARDS_DIR = candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'README.md'))) ?? resolve(process.cwd(), '../../../shared/standards');

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

// Serves the status lists and OB 2.0 documents the 1EdTech samples point at, from shared/standards, with no network.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFetcher } from '../verify/fetch.js';
import { STANDARDS_DIR } from './standards.js';

const TESTLIST = 'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';

export const sampleFetcher = (overrides: Record<string, unknown> = {}): DocumentFetcher & { calls: string[] } => {
  const calls: string[] = [];
  const fetcher = async (url: string) => {
    calls.push(url);
    if (url in overrides) return { status: 200, body: overrides[url] };
    if (url === TESTLIST) return { status: 200, body: JSON.parse(readFileSync(join(STANDARDS_DIR, 'examples/ob_v3p0/validator-tests/bit-string-list/testlist'), 'utf8')) };
    const ob2 = /^https?:\/\/example\.org\/(.+\.json)$/.exec(url);
    const file = ob2 && join(STANDARDS_DIR, 'examples/ob_v2p0/validator-tests/assets', ob2[1]!);
    if (file && existsSync(file)) return { status: 200, body: JSON.parse(readFileSync(file, 'utf8')) };
    return { status: 404 };
  };
  return Object.assign(fetcher, { calls });
};

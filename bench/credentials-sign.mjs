// Signing throughput: OB 3.0 credentials built and signed (eddsa-rdfc-2022) per second for a batch, next to the raw
// Ed25519 signatures per second of Node's crypto on the same machine in the same run, both spread over all cores.
// Usage: pnpm --filter @openclr/credentials build && node bench/credentials-sign.mjs [batch=10000] [workers=cores]
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { generateKeyPairSync, sign } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const credentials = new URL('../packages/credentials/dist/index.js', import.meta.url);

function awardInput(i, issuerId) {
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    issuer: { id: issuerId, name: 'Université Exemple — Faculté des Arts', url: 'https://openclr.example.edu' },
    achievement: {
      id: 'https://openclr.example.edu/achievements/written-communication/v1',
      name: 'Written Communication — Proficient',
      description: 'Proficient written communication.',
      criteria: { narrative: 'Every criterion rated **proficient** or higher.' },
      achievementType: 'Competency',
      alignments: [{ name: 'Written Communication', url: 'https://openclr.example.edu/skills/wc' }],
      rubric: {
        levels: ['benchmark', 'milestone', 'proficient', 'capstone'].map((id, n) => ({ id, name: id, level: String(n + 1) })),
        criteria: ['context', 'content', 'genre', 'sources', 'syntax'].map((id) => ({ id, name: id })),
        requiredLevel: 'proficient',
      },
    },
    recipient: { identifiers: [{ type: 'emailAddress', value: `learner${i}@example.edu`, salt: 'bench' }] },
    validFrom: '2025-01-15T10:00:00Z',
    results: ['context', 'content', 'genre', 'sources', 'syntax'].map((criterionId) => ({ criterionId, levelId: 'proficient' })),
    status: { statusListCredential: 'https://openclr.example.edu/status/1', statusListIndex: i, statusPurpose: 'revocation' },
  };
}

async function work({ mode, from, count, key }) {
  if (mode === 'raw') {
    const { privateKey } = generateKeyPairSync('ed25519');
    // Same input size as what eddsa-rdfc-2022 signs: two SHA-256 hashes.
    const message = Buffer.alloc(64, 7);
    const start = performance.now();
    for (let i = 0; i < count; i++) sign(null, message, privateKey);
    return performance.now() - start;
  }
  const { buildOpenBadgeCredential, createDataIntegritySigner } = await import(credentials);
  const signer = await createDataIntegritySigner(key);
  await signer.sign(buildOpenBadgeCredential(awardInput(0, key.controller))); // warm contexts and JIT
  const start = performance.now();
  for (let i = from; i < from + count; i++) await signer.sign(buildOpenBadgeCredential(awardInput(i, key.controller)));
  return performance.now() - start;
}

if (!isMainThread) {
  parentPort.postMessage(await work(workerData));
} else {
  const batch = Number(process.argv[2] ?? 10_000);
  const workers = Number(process.argv[3] ?? availableParallelism());
  const { generateDidKey } = await import(credentials);
  const key = await generateDidKey();
  const run = async (mode, total) => {
    const share = Math.ceil(total / workers);
    const start = performance.now();
    await Promise.all(Array.from({ length: workers }, (_, w) => new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { mode, from: w * share, count: Math.min(share, total - w * share), key } });
      worker.once('message', resolve);
      worker.once('error', reject);
    })));
    // Wall time includes worker start-up and warm-up, so the rate is what a batch job actually gets.
    return total / ((performance.now() - start) / 1000);
  };
  const raw = await run('raw', Math.max(batch * 10, 100_000));
  const signed = await run('sign', batch);
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`workers: ${workers} (worker_threads), batch: ${batch.toLocaleString('en-US')} OB 3.0 credentials`);
  console.log(`raw Ed25519 sign (node:crypto):            ${fmt(raw)} signatures/s`);
  console.log(`build + sign eddsa-rdfc-2022 (credentials): ${fmt(signed)} credentials/s`);
  console.log(`ratio signed/raw: ${(signed / raw).toFixed(4)}`);
}

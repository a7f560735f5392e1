// Award signing throughput: OpenCLR's batch path (pg-boss job → load awards → build OB 3.0 → sign Data Integrity +
// VC-JWT on the worker-thread pool → store), next to the raw throughput of the signing library
// (`createDataIntegritySigner(key).sign(prebuiltCredential)` in a tight loop) on the same cores, in the same run.
// Usage: pnpm -r build && node bench/award-signing.mjs [awards=10000] [threads=cores]
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const server = (path) => require(fileURLToPath(new URL(`../apps/server/dist/${path}`, import.meta.url)));
const credentialsUrl = new URL('../packages/credentials/dist/index.js', import.meta.url);

if (!isMainThread) {
  // (a) raw library throughput: one signer per thread, the same prebuilt credential signed over and over.
  const { createDataIntegritySigner } = await import(credentialsUrl);
  const { key, credentials, count, offset } = workerData;
  const signer = await createDataIntegritySigner(key);
  for (let i = 0; i < 5; i++) await signer.sign(credentials[i % credentials.length]); // contexts and JIT warm
  const start = performance.now();
  for (let i = 0; i < count; i++) await signer.sign(credentials[(offset + i) % credentials.length]);
  parentPort.postMessage(performance.now() - start);
} else {
  const target = Number(process.argv[2] ?? 10_000);
  const threads = Number(process.argv[3] ?? availableParallelism());
  const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const log = (line) => console.log(line);

  const { startLocalPostgres, ensureDatabase } = server('db/local-postgres.js');
  const { createDataSource } = server('db/data-source.js');
  const { seedDemo } = server('seed/seed-demo.js');
  const { KeyVault } = server('modules/credential/key-vault.js');
  const { KeyService } = server('modules/credential/key.service.js');
  const { PublicUrls } = server('modules/credential/public-urls.js');
  const { CredentialService } = server('modules/credential/credential.service.js');
  const { SigningPool } = server('modules/credential/signing-pool.js');
  const { loadCredentialInputs } = server('modules/credential/credential-input.js');
  const { createSignCredentialsQueue, enqueuePendingCredentials, workSignCredentials } = server('jobs/sign-credentials.job.js');
  const { default: PgBoss } = await import('pg-boss').catch(() => ({ default: server('../node_modules/pg-boss') }));
  const { buildOpenBadgeCredential } = await import(credentialsUrl);

  log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), Node ${process.version}, ${threads} signing threads`);
  const pg = await startLocalPostgres({ dataDir: join(tmpdir(), `openclr-bench-pg-${process.pid}`), ephemeral: true, log: () => undefined });
  let dataSource;
  try {
    await ensureDatabase(pg.url(), 'bench');
    dataSource = createDataSource({ url: pg.url('bench'), poolSize: 10 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });

    // The demo seed grants ~1.18 awards per learner; seed enough learners, then sign `target` of the awards.
    let t = performance.now();
    const seeded = await seedDemo(dataSource, { learners: Math.ceil(target / 1.15) });
    log(`seed: ${fmt(seeded.learners)} learners, ${fmt(seeded.awards)} awards in ${fmt((performance.now() - t) / 1000, 1)} s`);
    if (seeded.awards > target) {
      // Keep exactly `target` awards unsigned; mark the rest as signed elsewhere by moving them out of the way.
      await dataSource.query(`CREATE TABLE bench_parked AS SELECT id FROM award ORDER BY issued_at DESC, id LIMIT $1`, [seeded.awards - target]);
    }
    const awards = seeded.awards > target ? target : seeded.awards;

    const vault = new KeyVault(() => 'bench-secret');
    const urls = new PublicUrls({ publicUrl: 'https://openclr.example.edu' });
    const keys = new KeyService(vault, urls);
    // The raw loop signs real credentials of this database (a sample of 500 awards of one issuer, built up front),
    // so that both measurements canonicalise documents of the same size.
    const [{ issuer_id: sampleIssuer }] = await dataSource.query(`SELECT issuer_id FROM award GROUP BY issuer_id ORDER BY count(*) DESC LIMIT 1`);
    const sampleIds = (await dataSource.query(`SELECT id FROM award WHERE issuer_id = $1 ORDER BY md5(id::text) LIMIT 500`, [sampleIssuer])).map((r) => r.id);
    const sampleInputs = [...(await loadCredentialInputs(dataSource.manager, urls, sampleIds)).values()];
    const issuerKeys = await keys.signingKeys(dataSource.manager, sampleIssuer);
    const prebuiltAll = sampleInputs.map(({ input }) => buildOpenBadgeCredential({ ...input, issuer: { ...input.issuer, id: issuerKeys.issuerDid } }));
    const prebuilt = prebuiltAll[0];
    const secret = JSON.parse(vault.open(issuerKeys.ed25519.privateKeyEncrypted)).secretKeyMultibase;
    const key = { id: issuerKeys.ed25519.verificationMethod, controller: issuerKeys.ed25519.controller, publicKeyMultibase: issuerKeys.ed25519.publicKey.publicKeyMultibase, secretKeyMultibase: secret };

    // (a) raw: `awards` signatures spread over the threads; rate over the slowest thread's loop.
    const times = await Promise.all(Array.from({ length: threads }, (_, i) => new Promise((resolve, reject) => {
      const count = Math.floor(awards / threads) + (i < awards % threads ? 1 : 0);
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { key, credentials: prebuiltAll, count, offset: i * 97 } });
      worker.once('message', resolve).once('error', reject);
    })));
    const raw = awards / (Math.max(...times) / 1000);
    log(`(a) raw createDataIntegritySigner(key).sign(prebuilt), ${threads} threads: ${fmt(raw)} credentials/s`);

    // (b) OpenCLR batch path through the job queue: load, build, sign DI + JWT on the pool, store.
    const pool = new SigningPool(vault, { threads });
    await pool.signMany(issuerKeys, Array.from({ length: threads * 2 }, () => prebuilt)); // warm the threads
    const credentials = new CredentialService(keys, urls, pool);
    const boss = new PgBoss({ connectionString: pg.url('bench'), schema: 'pgboss', max: 4 });
    await boss.start();
    try {
      await createSignCredentialsQueue(boss);
      const parked = seeded.awards > target ? `AND w.id NOT IN (SELECT id FROM bench_parked)` : '';
      t = performance.now();
      const enqueued = seeded.awards > target
        ? await (async () => {
            const ids = (await dataSource.query(`SELECT w.id FROM award w WHERE true ${parked} ORDER BY w.issued_at, w.id`)).map((r) => r.id);
            const { enqueueSigning } = server('jobs/sign-credentials.job.js');
            await enqueueSigning(boss, ids);
            return ids.length;
          })()
        : await enqueuePendingCredentials(dataSource, boss);
      await workSignCredentials(boss, dataSource, credentials, { concurrency: Number(process.env.BENCH_CONCURRENCY ?? 3), pollingIntervalSeconds: 0.5 });
      let signed = 0;
      while (signed < enqueued) {
        await new Promise((r) => setTimeout(r, 50));
        [{ signed }] = await dataSource.query(`SELECT count(*)::int AS signed FROM award_credential`);
      }
      const batch = enqueued / ((performance.now() - t) / 1000);
      log(`(b) OpenCLR batch (pg-boss → load → build → DI + JWT on ${threads} threads → store), ${fmt(enqueued)} awards: ${fmt(batch)} credentials/s`);
      log(`ratio batch/raw: ${fmt(batch / raw, 2)} (target ≥ 0.70)`);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await pool.close();
    }
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await pg.stop();
  }
}

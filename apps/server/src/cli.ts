#!/usr/bin/env node
import 'reflect-metadata';
import { Command, InvalidArgumentError } from 'commander';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app';
import { registerExportCommand } from './cli/export.command';
import { registerVerifyCommand } from './cli/verify.command';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { buildGraphQLSchema, printSchemaFile } from './graphql/schema';
import { type JobRunner, startJobRunner } from './jobs/job-runner';
import { createModules } from './modules';
import { seedDemo } from './seed/seed-demo';

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

const program = new Command('openclr').description('OpenCLR command line').showHelpAfterError();

program
  .command('serve')
  .description('Start the server (migrates, and seeds the demo institution when the database is empty).')
  .option('--port <port>', 'port to listen on (default: $PORT or 4000)', (v) => Number(v))
  .option('--no-seed', 'do not seed demo data into an empty database')
  .action(async (options: { port?: number; seed: boolean }) => {
    const started = Date.now();
    const config = loadConfig(options.port !== undefined ? { ...process.env, PORT: String(options.port) } : process.env);
    const db = await openDatabase(config);
    let server: Awaited<ReturnType<typeof createApp>>;
    let jobs: JobRunner | undefined;
    try {
      if (options.seed) {
        const seeded = await seedDemo(db.dataSource, { onlyIfEmpty: true, log: (line: string) => console.log(line) });
        if (seeded) console.log(`Seeded the demo institution (${seeded.learners} learners, ${seeded.awards} awards)`);
      }
      server = await createApp(db.dataSource, config);
      await new Promise<void>((resolve, reject) => server.httpServer.once('error', reject).listen(config.port, resolve));
      // Seeded and bulk awards get their credentials signed in the background; start-up never waits for them.
      jobs = await startJobRunner(db.dataSource, config, server.modules.services);
    } catch (error) {
      // Never leave the bundled PostgreSQL running behind a failed start.
      await jobs?.stop();
      await db.close();
      throw error;
    }
    const address = server.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`OpenCLR listening on http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: shutting down`);
      await server.stop();
      await jobs?.stop();
      await db.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  });

program
  .command('migrate')
  .description('Apply pending database migrations.')
  .action(async () => {
    const db = await openDatabase(loadConfig());
    await db.close();
  });

program
  .command('seed')
  .description('Seed a demo institution (deterministic). Refuses a database that already holds data unless --force.')
  .option('--learners <n>', 'number of learners', positiveInt, 300)
  .option('--force', 'seed even though the database has data (adds another institution)')
  .action(async (options: { learners: number; force?: boolean }) => {
    const db = await openDatabase(loadConfig());
    try {
      const started = Date.now();
      const seeded = await seedDemo(db.dataSource, { learners: options.learners, onlyIfEmpty: !options.force, log: (line: string) => console.log(line) });
      if (seeded) console.log(`Seeded ${seeded.learners} learners, ${seeded.awards} awards in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      else console.log('The database already holds data; nothing seeded (use --force to add another institution).');
    } finally {
      await db.close();
    }
  });

program
  .command('emit-schema')
  .description('Write the GraphQL schema to apps/server/schema.graphql.')
  .option('--out <file>', 'output file', join(__dirname, '..', 'schema.graphql'))
  .action(async (options: { out: string }) => {
    const modules = createModules(loadConfig());
    writeFileSync(options.out, printSchemaFile(await buildGraphQLSchema(modules.resolvers)));
    console.log(`Wrote ${options.out}`);
  });

registerVerifyCommand(program);
registerExportCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { type DidDocument, didWebUrl, type VerificationReport, type VerifyOptions, verifyCredential } from '@openclr/credentials';
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { createModules } from '../modules';

/** Exit codes of `openclr verify`: scripts rely on them. */
export const VerifyExit = { Valid: 0, Invalid: 1, Usage: 2 } as const;

const ACCEPT = 'application/vc+ld+json, application/ld+json;q=0.9, application/json;q=0.8, */*;q=0.5';
const MARK: Record<string, string> = { passed: '✔', failed: '✘', 'not-checked': '?', warning: '!' };

/** Thrown for input the command cannot even read (missing file, unreachable URL); exits with 2. */
export class UsageError extends Error {}

/** Reads a file or fetches a URL as bytes; the verifier tells JSON, JWT, PNG and SVG apart by content. */
export async function readCredentialInput(source: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { headers: { Accept: ACCEPT }, redirect: 'follow', signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      throw new UsageError(`Could not fetch ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new UsageError(`Could not fetch ${source}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  if (!existsSync(source)) throw new UsageError(`No such file: ${source}`);
  return new Uint8Array(readFileSync(source));
}

/** Status lists and OB 2.0 documents over HTTP, for credentials verified without our database. */
export const httpFetcher: NonNullable<VerifyOptions['fetchDocument']> = async (url) => {
  const response = await fetch(url, { headers: { Accept: ACCEPT }, signal: AbortSignal.timeout(15_000) });
  if (!response.ok) return { status: response.status };
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
};

/** Whether `openDatabase(config)` has a database to open without creating one: `DATABASE_URL`, or the bundled one's data. */
export function databaseConfigured(config: Config): boolean {
  return Boolean(config.databaseUrl) || existsSync(join(config.dataDir, 'pg'));
}

/**
 * Verifies without our database: the package verifier, status lists fetched over HTTP, and the issuer's `did:web`
 * document fetched when the first pass could not find the key.
 */
export async function verifyStandalone(input: Uint8Array, recipientEmail?: string): Promise<VerificationReport> {
  const options: VerifyOptions = {
    fetchDocument: httpFetcher,
    recipient: recipientEmail ? { type: 'emailAddress', identity: recipientEmail } : undefined,
  };
  const report = await verifyCredential(input, options);
  const issuer = report.credential?.issuer;
  const did = typeof issuer === 'string' ? issuer : typeof (issuer as { id?: unknown })?.id === 'string' ? (issuer as { id: string }).id : undefined;
  if (!did?.startsWith('did:web:') || !report.checks.some((c) => c.id.startsWith('issuer-key') && c.status !== 'passed')) return report;
  const fetched = await httpFetcher(didWebUrl(did)).catch(() => ({ status: 0, body: undefined }));
  if (fetched.status !== 200 || typeof fetched.body !== 'object') return report;
  return verifyCredential(input, { ...options, didDocuments: [fetched.body as DidDocument] });
}

/** One line per check (✔ passed, ✘ failed, ? not checked, ! warning), nested reports indented. */
export function formatReport(report: VerificationReport, indent = ''): string[] {
  const width = Math.max(...report.checks.map((c) => c.id.length), 8);
  const lines: string[] = [];
  let nested = 0;
  for (const c of report.checks) {
    lines.push(`${indent}${MARK[c.status] ?? '?'} ${c.id.padEnd(width)}  ${c.message}`);
    if ((c.id.startsWith('nested:') || c.id.startsWith('endorsement:')) && report.nested[nested]) lines.push(...formatReport(report.nested[nested++], `${indent}    `));
  }
  return lines;
}

export function summarise(report: VerificationReport): string {
  const count = (status: string) => report.checks.filter((c) => c.status === status).length;
  const name = typeof report.credential?.name === 'string' ? ` "${report.credential.name}"` : '';
  const tally = `${count('passed')} passed, ${count('failed')} failed, ${count('not-checked')} not checked, ${count('warning')} warnings`;
  if (report.valid) return `VALID: ${report.format} credential${name} (${tally})`;
  const failed = report.checks.filter((c) => c.status === 'failed').map((c) => c.id);
  return `INVALID: ${report.format} credential${name}, failed ${failed.join(', ')} (${tally})`;
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('Verify a credential (JSON, VC-JWT, baked PNG/SVG, OB 2.0) from a file or URL. Exit code 0 only when valid.')
    .argument('<file|url>', 'credential file (.json, .jws/.jwt, .png, .svg) or URL')
    .option('--recipient <email>', 'also check that the credential was issued to this e-mail address')
    .option('--json', 'print the full report as JSON')
    .option('--no-database', "do not use this server's database (verify like any outside verifier)")
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : VerifyExit.Usage))
    .action(async (source: string, options: { recipient?: string; json?: boolean; database: boolean }) => {
      let report: VerificationReport;
      try {
        const input = await readCredentialInput(source);
        const config = loadConfig();
        if (options.database && databaseConfigured(config)) {
          const db = await openDatabase(config, { log: () => undefined });
          try {
            const { services } = createModules(config);
            report = await services.verification.verify(db.dataSource.manager, input, { recipientEmail: options.recipient });
          } finally {
            await db.close();
          }
        } else {
          report = await verifyStandalone(input, options.recipient);
        }
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        console.error(error.message);
        process.exit(VerifyExit.Usage);
      }
      if (options.json) console.log(JSON.stringify({ valid: report.valid, format: report.format, checks: report.checks, nested: report.nested }, null, 2));
      else {
        for (const line of formatReport(report)) console.log(line);
        console.log(summarise(report));
      }
      process.exitCode = report.valid ? VerifyExit.Valid : VerifyExit.Invalid;
    });
}

import { bakePng } from '@openclr/credentials';
import { tryNormalizeEmail } from '@openclr/domain';
import { type Command, Option } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityManager } from 'typeorm';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { createModules } from '../modules';
import type { CredentialService } from '../modules/credential/credential.service';
import { renderBadgePng, renderBadgeSvg } from '../modules/credential/presentation/badge-image';

export const EXPORT_FORMATS = ['clr', 'ob3', 'jwt', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A learner the command cannot pick (unknown or ambiguous e-mail): a clear message, exit code 1. */
export class ExportError extends Error {}

interface LearnerRow {
  id: string;
  name: string;
  institution: string;
}

interface AwardRow {
  id: string;
  achievementName: string;
  issuerName: string;
  skillCode: string | null;
}

const slugify = (value: string) =>
  value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'credential';

/** The learner with this (case-folded) e-mail, within one institution when `institution` (a slug) is given. */
export async function findLearnerByEmail(em: EntityManager, email: string, institution?: string): Promise<LearnerRow> {
  const folded = tryNormalizeEmail(email);
  if (!folded) throw new ExportError(`"${email}" is not a valid e-mail address.`);
  const rows = (await em.query(
    `SELECT p.id, p.display_name AS name, i.slug AS institution
       FROM person_identifier pi JOIN person p ON p.id = pi.person_id JOIN institution i ON i.id = p.institution_id
      WHERE pi.kind = 'email' AND pi.value = $1 AND ($2::text IS NULL OR i.slug = $2) ORDER BY i.slug`,
    [folded, institution ?? null],
  )) as LearnerRow[];
  if (!rows.length) throw new ExportError(`No learner has the e-mail address ${folded}${institution ? ` in institution "${institution}"` : ''}.`);
  if (rows.length > 1) throw new ExportError(`${folded} belongs to learners in ${rows.length} institutions (${rows.map((r) => r.institution).join(', ')}): pass --institution <slug>.`);
  return rows[0];
}

/**
 * Writes the learner's documents into `outDir` and returns the paths: one signed CLR 2.0 (`clr`), or per live
 * (not revoked) award its OB 3.0 JSON (`ob3`), VC-JWT (`jwt`) or badge PNG baked with the signed credential (`png`).
 * Awards still waiting for their batch are signed on the spot.
 */
export async function exportLearner(em: EntityManager, credentials: CredentialService, learner: LearnerRow, format: ExportFormat, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  if (format === 'clr') {
    const clr = await credentials.exportClr(em, learner.id);
    const file = join(outDir, `clr-${slugify(learner.name)}.json`);
    writeFileSync(file, `${JSON.stringify(clr.document, null, 2)}\n`);
    return [file];
  }
  const awards = (await em.query(
    `SELECT w.id, a.name AS "achievementName", i.name AS "issuerName",
            (SELECT s.code FROM achievement_alignment al JOIN skill s ON s.id = al.skill_id
              WHERE al.achievement_id = a.id ORDER BY s.position, s.name LIMIT 1) AS "skillCode"
       FROM award w JOIN achievement a ON a.id = w.achievement_id JOIN issuer i ON i.id = w.issuer_id
      WHERE w.learner_id = $1 AND w.state <> 'revoked' ORDER BY w.issued_at, w.id`,
    [learner.id],
  )) as AwardRow[];
  await credentials.issue(em, awards.map((a) => a.id));
  const files: string[] = [];
  for (const award of awards) {
    const signed = (await credentials.find(em, award.id))!;
    const base = join(outDir, `${slugify(award.achievementName)}-${award.id.slice(0, 8)}`);
    if (format === 'ob3') {
      writeFileSync(`${base}.json`, `${JSON.stringify(signed.document, null, 2)}\n`);
      files.push(`${base}.json`);
    } else if (format === 'jwt') {
      writeFileSync(`${base}.jws`, `${signed.jwt}\n`);
      files.push(`${base}.jws`);
    } else {
      const png = await renderBadgePng(renderBadgeSvg({ name: award.achievementName, skillCode: award.skillCode, issuerName: award.issuerName }));
      writeFileSync(`${base}.png`, bakePng(png, JSON.stringify(signed.document)));
      files.push(`${base}.png`);
    }
  }
  return files;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description("Write a learner's signed documents: their CLR 2.0, or each award as OB 3.0 JSON, VC-JWT or baked PNG.")
    .requiredOption('--learner <email>', "the learner's e-mail address")
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <dir>', 'output directory', '.')
    .option('--institution <slug>', 'institution of the learner, when the e-mail exists in several')
    .action(async (options: { learner: string; format: ExportFormat; out: string; institution?: string }) => {
      const config = loadConfig();
      const db = await openDatabase(config, { log: () => undefined });
      try {
        const em = db.dataSource.manager;
        const learner = await findLearnerByEmail(em, options.learner, options.institution);
        const files = await exportLearner(em, createModules(config).services.credentials, learner, options.format, resolve(options.out));
        for (const file of files) console.log(file);
        console.log(`Wrote ${files.length} ${options.format} file${files.length === 1 ? '' : 's'} for ${learner.name} (${learner.institution}).`);
      } catch (error) {
        if (!(error instanceof ExportError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}

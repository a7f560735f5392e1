import type { Context } from '../../context';
import { isUniqueViolation } from '../../db/unique-violation';
import { InputError, InputErrorCode, NotFoundError, UserError } from '../../graphql/errors';
import { hasRole, Role } from '../auth/roles';
import { Skill, SkillFramework } from './skill.entity';

export interface NewSkillFramework {
  name: string;
  description?: string | null;
  externalUri?: string | null;
  version?: string | null;
}

export interface NewSkill {
  frameworkId: string;
  parentId?: string | null;
  name: string;
  code?: string | null;
  description?: string | null;
  externalUri?: string | null;
  position?: number | null;
}

export type Outcome<T> = { value: T; errors: [] } | { value: null; errors: UserError[] };

const trimmed = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** Checks a required, trimmed name of at most `max` characters. */
export function requiredName(value: string, field: string[], max = 200): UserError[] {
  const name = value.trim();
  if (!name) return [new InputError(InputErrorCode.REQUIRED, 'A name is required.', field)];
  if (name.length > max) return [new InputError(InputErrorCode.TOO_LONG, `At most ${max} characters.`, field)];
  return [];
}

export function optionalUri(value: string | null | undefined, field: string[]): UserError[] {
  if (!trimmed(value)) return [];
  try {
    const url = new URL(value!.trim());
    if (['http:', 'https:', 'urn:'].includes(url.protocol)) return [];
  } catch {
    // reported below
  }
  return [new InputError(InputErrorCode.INVALID_VALUE, 'Must be an http(s) or urn: URI.', field)];
}

/** Skill frameworks and skills: the catalogue that achievements align to. Institution admins manage it. */
export class SkillService {
  canManage(ctx: Context): boolean {
    return hasRole(ctx.viewer, Role.INSTITUTION_ADMIN, Role.ISSUER_ADMIN);
  }

  async createFramework(ctx: Context, input: NewSkillFramework): Promise<Outcome<SkillFramework>> {
    const errors = [...requiredName(input.name, ['input', 'name']), ...optionalUri(input.externalUri, ['input', 'externalUri'])];
    const institutionId = ctx.viewer!.institutionId;
    if (!errors.length && (await ctx.em.existsBy(SkillFramework, { institutionId, name: input.name.trim() }))) {
      errors.push(new InputError(InputErrorCode.DUPLICATE, 'A framework with this name exists.', ['input', 'name']));
    }
    if (errors.length) return { value: null, errors };
    try {
      const framework = await ctx.em.getRepository(SkillFramework).save({
        institutionId,
        name: input.name.trim(),
        description: trimmed(input.description),
        externalUri: trimmed(input.externalUri),
        version: trimmed(input.version),
      });
      return { value: framework as SkillFramework, errors: [] };
    } catch (error) {
      // Two concurrent creates can both pass the check above; the unique index decides, and the loser is told so.
      if (!isUniqueViolation(error, 'uq_skill_framework_name')) throw error;
      return { value: null, errors: [new InputError(InputErrorCode.DUPLICATE, 'A framework with this name exists.', ['input', 'name'])] };
    }
  }

  async createSkill(ctx: Context, input: NewSkill): Promise<Outcome<Skill>> {
    const errors = [...requiredName(input.name, ['input', 'name']), ...optionalUri(input.externalUri, ['input', 'externalUri'])];
    const framework = await ctx.em.findOneBy(SkillFramework, { id: input.frameworkId, institutionId: ctx.viewer!.institutionId });
    if (!framework) errors.push(new NotFoundError(['input', 'frameworkId']));
    if (input.parentId && framework && !(await ctx.em.existsBy(Skill, { id: input.parentId, frameworkId: framework.id }))) {
      errors.push(new NotFoundError(['input', 'parentId']));
    }
    const code = trimmed(input.code);
    if (code && framework && (await ctx.em.existsBy(Skill, { frameworkId: framework.id, code }))) {
      errors.push(new InputError(InputErrorCode.DUPLICATE, 'Another skill of the framework has this code.', ['input', 'code']));
    }
    if (errors.length) return { value: null, errors };
    const skill = await ctx.em.getRepository(Skill).save({
      frameworkId: framework!.id,
      parentId: input.parentId ?? null,
      name: input.name.trim(),
      code,
      description: trimmed(input.description),
      externalUri: trimmed(input.externalUri),
      position: input.position ?? 0,
    });
    return { value: skill as Skill, errors: [] };
  }
}

import {
  AchievementErrorCode,
  canChangeAchievementStatus,
  ExpiryPolicy,
  isAchievementType,
  parseLocalDate,
  validateAwardRule,
  validateExpiryPolicy,
  validateRubric,
} from '@openclr/domain';
import { EntityManager, In } from 'typeorm';
import type { Context } from '../../context';
import { InputError, inputErrors, InputErrorCode, NotFoundError, UserError } from '../../graphql/errors';
import { Skill } from '../skill/skill.entity';
import { Outcome, requiredName } from '../skill/skill.service';
import { Achievement, AchievementAlignment, RubricCriterion, RubricCriterionLevel, RubricLevel } from './achievement.entity';
import { AchievementPolicy } from './achievement.policy';

export interface RubricDraft {
  levels: { name: string; description?: string | null }[];
  criteria: { name: string; description?: string | null; levelDescriptions?: string[] | null }[];
  requiredLevel: number;
}

export interface NewAchievement {
  issuerId: string;
  name: string;
  description: string;
  criteriaMarkdown?: string | null;
  imageUrl?: string | null;
  achievementType: string;
  skillIds: string[];
  rubric: RubricDraft;
  expiry?: { monthsAfterIssue?: number | null; fixedDate?: string | null } | null;
  publish: boolean;
}

export interface AchievementChanges {
  id: string;
  name?: string | null;
  description?: string | null;
  criteriaMarkdown?: string | null;
  imageUrl?: string | null;
  skillIds?: string[] | null;
  rubric?: RubricDraft | null;
  status?: 'draft' | 'published' | 'archived' | null;
}

const optional = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function rubricErrors(rubric: RubricDraft): UserError[] {
  const domainRubric = {
    levels: rubric.levels.map((level, i) => ({ position: i + 1, name: level.name, description: level.description })),
    criteria: rubric.criteria.map((criterion, i) => ({ id: String(i), name: criterion.name, description: criterion.description })),
  };
  const rubricProblems = validateRubric(domainRubric);
  const ruleProblems = rubricProblems.length ? [] : validateAwardRule({ minLevel: rubric.requiredLevel }, domainRubric).map((e) => ({ ...e, field: ['requiredLevel'] }));
  const descriptorProblems = rubric.criteria.flatMap((criterion, i) =>
    criterion.levelDescriptions && criterion.levelDescriptions.length !== rubric.levels.length
      ? [new InputError(InputErrorCode.OUT_OF_RANGE, `Give one descriptor per level (${rubric.levels.length}).`, ['input', 'rubric', 'criteria', String(i), 'levelDescriptions'])]
      : [],
  );
  return [...inputErrors([...rubricProblems, ...ruleProblems], ['input', 'rubric']), ...descriptorProblems];
}

function expiryPolicy(expiry: NewAchievement['expiry']): { policy: ExpiryPolicy; errors: UserError[] } {
  if (!expiry || (expiry.monthsAfterIssue == null && !expiry.fixedDate)) return { policy: { kind: 'none' }, errors: [] };
  if (expiry.monthsAfterIssue != null && expiry.fixedDate) {
    return { policy: { kind: 'none' }, errors: [new InputError(InputErrorCode.INVALID_VALUE, 'Give either months after issue or a fixed date, not both.', ['input', 'expiry'])] };
  }
  const policy: ExpiryPolicy = expiry.fixedDate
    ? { kind: 'fixed_date', date: parseLocalDate(expiry.fixedDate, ['fixedDate']) }
    : { kind: 'months_after_issue', months: expiry.monthsAfterIssue! };
  return { policy, errors: inputErrors(validateExpiryPolicy(policy), ['input', 'expiry']) };
}

/** Achievements (badge classes) with their rubrics and skill alignments. */
export class AchievementService {
  constructor(private readonly policy: AchievementPolicy) {}

  private async checkSkills(ctx: Context, skillIds: string[]): Promise<UserError[]> {
    if (!skillIds.length) return [];
    const found = await ctx.em
      .getRepository(Skill)
      .createQueryBuilder('s')
      .innerJoin('skill_framework', 'f', 'f.id = s.framework_id AND f.institution_id = :institutionId', { institutionId: ctx.viewer!.institutionId })
      .where('s.id IN (:...ids)', { ids: [...new Set(skillIds)] })
      .getMany();
    const known = new Set(found.map((s) => s.id));
    return skillIds.flatMap((id, i) => (known.has(id) ? [] : [new NotFoundError(['input', 'skillIds', String(i)])]));
  }

  private async writeRubric(em: EntityManager, achievementId: string, rubric: RubricDraft): Promise<void> {
    await em.delete(RubricCriterion, { achievementId });
    await em.delete(RubricLevel, { achievementId });
    const levels = await em.getRepository(RubricLevel).save(
      rubric.levels.map((level, i) => ({ achievementId, position: i + 1, name: level.name.trim(), description: optional(level.description) })),
    );
    const criteria = await em.getRepository(RubricCriterion).save(
      rubric.criteria.map((criterion, i) => ({ achievementId, position: i + 1, name: criterion.name.trim(), description: optional(criterion.description) })),
    );
    const cells = rubric.criteria.flatMap((criterion, i) =>
      (criterion.levelDescriptions ?? []).flatMap((text, j) => (text.trim() ? [{ criterionId: criteria[i].id, levelId: levels[j].id, description: text.trim() }] : [])),
    );
    if (cells.length) await em.getRepository(RubricCriterionLevel).save(cells);
  }

  private async writeAlignments(em: EntityManager, achievementId: string, skillIds: string[]): Promise<void> {
    await em.delete(AchievementAlignment, { achievementId });
    if (skillIds.length) await em.getRepository(AchievementAlignment).save([...new Set(skillIds)].map((skillId) => ({ achievementId, skillId })));
  }

  async create(ctx: Context, input: NewAchievement): Promise<Outcome<Achievement>> {
    const errors: UserError[] = [
      ...requiredName(input.name, ['input', 'name']),
      ...(input.description.trim() ? [] : [new InputError(InputErrorCode.REQUIRED, 'A description is required.', ['input', 'description'])]),
      ...(isAchievementType(input.achievementType) ? [] : [new InputError(AchievementErrorCode.INVALID_ACHIEVEMENT_TYPE, 'Use an Open Badges 3.0 achievement type or an ext: value.', ['input', 'achievementType'])]),
      ...rubricErrors(input.rubric),
    ];
    const expiry = expiryPolicy(input.expiry);
    errors.push(...expiry.errors);
    if (!(await this.policy.canManageIssuer(ctx, input.issuerId))) errors.push(new NotFoundError(['input', 'issuerId']));
    errors.push(...(await this.checkSkills(ctx, input.skillIds)));
    if (errors.length) return { value: null, errors };

    const achievement = await ctx.em.transaction(async (em) => {
      const saved = await em.getRepository(Achievement).save({
        institutionId: ctx.viewer!.institutionId,
        issuerId: input.issuerId,
        name: input.name.trim(),
        description: input.description.trim(),
        criteriaMarkdown: optional(input.criteriaMarkdown),
        imageUrl: optional(input.imageUrl),
        achievementType: input.achievementType,
        awardMinLevel: input.rubric.requiredLevel,
        expiryKind: expiry.policy.kind,
        expiryMonths: expiry.policy.kind === 'months_after_issue' ? expiry.policy.months : null,
        expiryDate: expiry.policy.kind === 'fixed_date' ? expiry.policy.date : null,
        status: input.publish ? 'published' : 'draft',
        publishedAt: input.publish ? new Date() : null,
      });
      await this.writeRubric(em, saved.id, input.rubric);
      await this.writeAlignments(em, saved.id, input.skillIds);
      return saved as Achievement;
    });
    return { value: achievement, errors: [] };
  }

  async update(ctx: Context, changes: AchievementChanges): Promise<Outcome<Achievement>> {
    const achievement = await ctx.em.findOneBy(Achievement, { id: changes.id, institutionId: ctx.viewer!.institutionId });
    if (!achievement || !(await this.policy.canManageIssuer(ctx, achievement.issuerId))) return { value: null, errors: [new NotFoundError(['input', 'id'])] };
    const errors: UserError[] = [];
    if (changes.name != null) errors.push(...requiredName(changes.name, ['input', 'name']));
    if (changes.description != null && !changes.description.trim()) errors.push(new InputError(InputErrorCode.REQUIRED, 'A description is required.', ['input', 'description']));
    if (changes.rubric) {
      if (achievement.status !== 'draft') errors.push(new InputError(AchievementErrorCode.INVALID_ACHIEVEMENT_STATUS_CHANGE, 'The rubric of a published achievement cannot change; create a new version.', ['input', 'rubric']));
      else errors.push(...rubricErrors(changes.rubric));
    }
    if (changes.status && changes.status !== achievement.status && !canChangeAchievementStatus(achievement.status, changes.status)) {
      errors.push(new InputError(AchievementErrorCode.INVALID_ACHIEVEMENT_STATUS_CHANGE, `A ${achievement.status} achievement cannot become ${changes.status}.`, ['input', 'status']));
    }
    if (changes.skillIds) errors.push(...(await this.checkSkills(ctx, changes.skillIds)));
    if (errors.length) return { value: null, errors };

    const updated = await ctx.em.transaction(async (em) => {
      if (changes.name != null) achievement.name = changes.name.trim();
      if (changes.description != null) achievement.description = changes.description.trim();
      if (changes.criteriaMarkdown !== undefined) achievement.criteriaMarkdown = optional(changes.criteriaMarkdown);
      if (changes.imageUrl !== undefined) achievement.imageUrl = optional(changes.imageUrl);
      if (changes.status && changes.status !== achievement.status) {
        achievement.status = changes.status;
        if (changes.status === 'published' && !achievement.publishedAt) achievement.publishedAt = new Date();
      }
      if (changes.rubric) {
        achievement.awardMinLevel = changes.rubric.requiredLevel;
        await this.writeRubric(em, achievement.id, changes.rubric);
      }
      if (changes.skillIds) await this.writeAlignments(em, achievement.id, changes.skillIds);
      return em.save(achievement);
    });
    ctx.loaders.achievementById.clear(updated.id);
    return { value: updated, errors: [] };
  }

  /** Achievements visible in the catalogue: published ones to everyone in the institution, drafts to managers. */
  async visibleIds(ctx: Context, ids: readonly string[]): Promise<Set<string>> {
    const rows = await ctx.em.findBy(Achievement, { id: In([...ids]), institutionId: ctx.viewer?.institutionId ?? '00000000-0000-0000-0000-000000000000' });
    const visible = new Set<string>();
    for (const row of rows) if (row.status !== 'draft' || (await this.policy.canManageIssuer(ctx, row.issuerId))) visible.add(row.id);
    return visible;
  }
}

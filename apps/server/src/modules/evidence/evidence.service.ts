import type { Context } from '../../context';
import { InputError, InputErrorCode, NotFoundError, UserError } from '../../graphql/errors';
import { Outcome } from '../skill/skill.service';
import { Evidence } from './evidence.entity';

export interface NewEvidence {
  experienceId: string;
  title?: string | null;
  url?: string | null;
  narrative?: string | null;
}

const optional = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Evidence that learners add to their experiences. */
export class EvidenceService {
  async add(ctx: Context, input: NewEvidence): Promise<Outcome<Evidence>> {
    const learnerId = ctx.viewer!.personId;
    const errors: UserError[] = [];
    const enrolled = await ctx.em.query(`SELECT 1 FROM enrolment WHERE experience_id = $1 AND learner_id = $2`, [input.experienceId, learnerId]);
    if (!enrolled.length) errors.push(new NotFoundError(['input', 'experienceId'], 'You are not enrolled in this experience.'));
    const url = optional(input.url);
    const narrative = optional(input.narrative);
    const title = optional(input.title);
    if (title && title.length > 200) errors.push(new InputError(InputErrorCode.TOO_LONG, 'At most 200 characters.', ['input', 'title']));
    if (url) {
      let valid = false;
      try {
        valid = ['http:', 'https:'].includes(new URL(url).protocol);
      } catch {
        valid = false;
      }
      if (!valid) errors.push(new InputError(InputErrorCode.INVALID_VALUE, 'Links must start with http:// or https://.', ['input', 'url']));
    }
    if (!url && !narrative) errors.push(new InputError(InputErrorCode.REQUIRED, 'Give a link or write a narrative.', ['input', 'narrative']));
    if (errors.length) return { value: null, errors };
    const evidence = await ctx.em.getRepository(Evidence).save({
      learnerId,
      experienceId: input.experienceId,
      kind: url ? 'url' : 'narrative',
      title,
      url,
      narrative,
      submittedAt: new Date(),
    });
    return { value: evidence as Evidence, errors: [] };
  }
}

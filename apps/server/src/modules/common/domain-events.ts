import type { EntityManager } from 'typeorm';
import type { Assessment, AssessmentRating } from '../assessment/assessment.entity';
import type { Award } from '../award/award.entity';

/** Something that happened to an institution's records, published inside the transaction that made it happen. */
export type DomainEvent =
  | { type: 'award.created'; institutionId: string; award: Award; achievementName: string }
  | { type: 'award.revoked' | 'award.suspended' | 'award.reinstated'; institutionId: string; award: Award; previousState: string }
  | { type: 'evidence.assessed'; institutionId: string; assessment: Assessment; ratings: Pick<AssessmentRating, 'criterionId' | 'level'>[]; awardId: string | null };

/**
 * Where services publish domain events. `publish` runs in the caller's transaction (`em`), so an event is stored
 * exactly when the change that caused it commits (the webhook outbox).
 */
export interface DomainEvents {
  publish(em: EntityManager, events: readonly DomainEvent[]): Promise<void>;
}

/** For services wired without listeners (seeding, tools, unit tests). */
export const NO_DOMAIN_EVENTS: DomainEvents = { publish: async () => undefined };

import { encodeGlobalId } from '@openclr/domain';
import type { DomainEvent } from '../common/domain-events';

/** Event types a subscription may ask for. */
export const WEBHOOK_EVENT_TYPES = ['award.created', 'award.revoked', 'award.suspended', 'award.reinstated', 'evidence.assessed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

const iso = (date: Date | string | null | undefined): string | null => (date == null ? null : new Date(date).toISOString());

/**
 * The `data` of an event as receivers get it. IDs are the GraphQL global IDs (so `node(id:)` fetches the record);
 * learner PII is never included: receivers look the learner up with their own access.
 */
export function webhookData(event: DomainEvent, credentialUrl: (awardId: string) => string): Record<string, unknown> {
  if (event.type === 'evidence.assessed') {
    const a = event.assessment;
    return {
      assessment: {
        id: encodeGlobalId('Assessment', a.id),
        evidenceId: encodeGlobalId('Evidence', a.evidenceId),
        achievementId: encodeGlobalId('Achievement', a.achievementId),
        learnerId: encodeGlobalId('Person', a.learnerId),
        assessorId: a.assessorId ? encodeGlobalId('Person', a.assessorId) : null,
        assessedAt: iso(a.assessedAt),
        ratings: event.ratings.map((r) => ({ criterionId: encodeGlobalId('RubricCriterion', r.criterionId), level: r.level })),
        awardId: event.awardId ? encodeGlobalId('Award', event.awardId) : null,
      },
    };
  }
  const w = event.award;
  const award = {
    id: encodeGlobalId('Award', w.id),
    achievementId: encodeGlobalId('Achievement', w.achievementId),
    learnerId: encodeGlobalId('Person', w.learnerId),
    issuerId: encodeGlobalId('Issuer', w.issuerId),
    state: w.state.toUpperCase(),
    issuedAt: iso(w.issuedAt),
    validFrom: iso(w.validFrom),
    validUntil: iso(w.validUntil),
    credentialUrl: credentialUrl(w.id),
  };
  if (event.type === 'award.created') return { award: { ...award, achievementName: event.achievementName } };
  return { award: { ...award, stateReason: w.stateReason, stateChangedAt: iso(w.stateChangedAt) }, previousState: event.previousState.toUpperCase() };
}

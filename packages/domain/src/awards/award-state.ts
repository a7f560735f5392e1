import { DomainError } from '../errors/domain-error.js';
import { AwardErrorCode } from '../errors/error-codes.js';

export const AWARD_STATES = ['active', 'suspended', 'revoked'] as const;
export type AwardState = (typeof AWARD_STATES)[number];

export const AWARD_ACTIONS = ['suspend', 'reinstate', 'revoke'] as const;
export type AwardAction = (typeof AWARD_ACTIONS)[number];

export class AwardError extends DomainError<AwardErrorCode> {}

/** From-state → action → to-state. Revoked is final; reinstate only undoes a suspension. */
const TRANSITIONS: Readonly<Record<AwardState, Partial<Record<AwardAction, AwardState>>>> = {
  active: { suspend: 'suspended', revoke: 'revoked' },
  suspended: { reinstate: 'active', revoke: 'revoked' },
  revoked: {},
};

export const MAX_AWARD_REASON_LENGTH = 1000;

export function canTransitionAward(from: AwardState, action: AwardAction): boolean {
  return TRANSITIONS[from][action] !== undefined;
}

/** The actions allowed from a state, for capability fields such as `viewerCanRevoke`. */
export function allowedAwardActions(from: AwardState): AwardAction[] {
  return AWARD_ACTIONS.filter((action) => canTransitionAward(from, action));
}

export interface AwardTransition {
  readonly state: AwardState;
  /** What to store in `award.state_reason`: the trimmed reason, or null once active again. */
  readonly stateReason: string | null;
}

/**
 * Applies an action to an award in state `from`. Every action needs a reason (it goes to the audit trail and,
 * for suspend/revoke, to the status shown to verifiers); throws `AwardError` AWARD_REASON_REQUIRED for a blank
 * one and INVALID_AWARD_TRANSITION for a move the state machine forbids.
 */
export function transitionAward(from: AwardState, action: AwardAction, reason: string): AwardTransition {
  const to = TRANSITIONS[from][action];
  if (to === undefined) {
    const message = from === 'revoked'
      ? 'A revoked award is final and cannot be changed.'
      : `An award that is ${from} cannot be ${pastTense(action)}.`;
    throw new AwardError(AwardErrorCode.INVALID_AWARD_TRANSITION, message);
  }
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_AWARD_REASON_LENGTH) {
    const message = trimmed.length === 0
      ? `Give a reason to ${action} this award.`
      : `A reason has at most ${MAX_AWARD_REASON_LENGTH} characters.`;
    throw new AwardError(AwardErrorCode.AWARD_REASON_REQUIRED, message, [
      { code: AwardErrorCode.AWARD_REASON_REQUIRED, message, field: ['reason'] },
    ]);
  }
  return { state: to, stateReason: to === 'active' ? null : trimmed };
}

function pastTense(action: AwardAction): string {
  return action === 'suspend' ? 'suspended' : action === 'reinstate' ? 'reinstated' : 'revoked';
}

/** What a verifier should conclude about an award at `now`, combining state and validity window. */
export type AwardStatus = AwardState | 'expired' | 'not_yet_valid';

export function awardStatus(
  award: { readonly state: AwardState; readonly validFrom: Date; readonly validUntil: Date | null },
  now: Date,
): AwardStatus {
  if (award.state !== 'active') return award.state;
  if (now < award.validFrom) return 'not_yet_valid';
  if (award.validUntil && now >= award.validUntil) return 'expired';
  return 'active';
}

import { AwardErrorCode } from '../errors/error-codes.js';
import { allowedAwardActions, awardStatus, transitionAward, type AwardAction, type AwardState } from './award-state.js';

describe(transitionAward.name, () => {
  it.each([
    ['active', 'suspend', 'suspended', 'Plagiarism inquiry'],
    ['active', 'revoke', 'revoked', 'Plagiarism inquiry'],
    ['suspended', 'revoke', 'revoked', 'Plagiarism inquiry'],
    ['suspended', 'reinstate', 'active', null],
  ] as const)('should move %s --%s--> %s', (from, action, to, storedReason) => {
    expect(transitionAward(from, action, '  Plagiarism inquiry ')).toEqual({ state: to, stateReason: storedReason });
  });

  it.each([
    ['active', 'reinstate'],
    ['revoked', 'reinstate'],
    ['revoked', 'suspend'],
    ['revoked', 'revoke'],
    ['suspended', 'suspend'],
  ] as [AwardState, AwardAction][])('should refuse %s --%s--> with INVALID_AWARD_TRANSITION', (from, action) => {
    expect(() => transitionAward(from, action, 'because')).toThrow(
      expect.objectContaining({ code: AwardErrorCode.INVALID_AWARD_TRANSITION }),
    );
  });

  it('should say that revoked is final', () => {
    expect(() => transitionAward('revoked', 'reinstate', 'appeal upheld')).toThrow('A revoked award is final and cannot be changed.');
  });

  it.each(['', '   ', '\n\t', 'x'.repeat(1001)])('should require a usable reason (%j)', (reason) => {
    expect(() => transitionAward('active', 'revoke', reason)).toThrow(
      expect.objectContaining({ code: AwardErrorCode.AWARD_REASON_REQUIRED, fieldErrors: [expect.objectContaining({ field: ['reason'] })] }),
    );
  });

  it('should keep a unicode reason intact', () => {
    expect(transitionAward('active', 'suspend', 'Vérification en cours — 審査中').stateReason).toBe('Vérification en cours — 審査中');
  });

  it('should list allowed actions per state', () => {
    expect(allowedAwardActions('active')).toEqual(['suspend', 'revoke']);
    expect(allowedAwardActions('suspended')).toEqual(['reinstate', 'revoke']);
    expect(allowedAwardActions('revoked')).toEqual([]);
  });
});

describe(awardStatus.name, () => {
  const award = { state: 'active' as const, validFrom: new Date('2025-01-01T00:00:00Z'), validUntil: new Date('2026-01-01T00:00:00Z') };

  it('should combine state and validity window, with validUntil exclusive', () => {
    expect(awardStatus(award, new Date('2024-12-31T23:59:59Z'))).toBe('not_yet_valid');
    expect(awardStatus(award, new Date('2025-06-01T00:00:00Z'))).toBe('active');
    expect(awardStatus(award, new Date('2026-01-01T00:00:00Z'))).toBe('expired');
    expect(awardStatus({ ...award, validUntil: null }, new Date('2099-01-01T00:00:00Z'))).toBe('active');
    expect(awardStatus({ ...award, state: 'revoked' }, new Date('2025-06-01T00:00:00Z'))).toBe('revoked');
  });
});

import { AchievementErrorCode } from '../errors/error-codes.js';
import { assertAchievementType, canChangeAchievementStatus, isAchievementType, isAwardable } from './achievement.js';

describe('achievement types', () => {
  it.each(['Badge', 'Competency', 'CoCurricular', 'ext:SkillBadge', 'ext:value.rubric-v2'])('should accept %s', (value) => {
    expect(isAchievementType(value)).toBe(true);
  });

  it.each(['badge', '', 'ext:', 'ext:1x', 'ext:has space', 'Ext:Thing', 'ext:Über'])('should reject %j', (value) => {
    expect(isAchievementType(value)).toBe(false);
  });

  it('should throw INVALID_ACHIEVEMENT_TYPE naming the field', () => {
    expect(() => assertAchievementType('Sticker')).toThrow(
      expect.objectContaining({ code: AchievementErrorCode.INVALID_ACHIEVEMENT_TYPE }),
    );
  });
});

describe('achievement status', () => {
  it('should publish drafts, archive and re-publish, never return to draft', () => {
    expect(canChangeAchievementStatus('draft', 'published')).toBe(true);
    expect(canChangeAchievementStatus('published', 'archived')).toBe(true);
    expect(canChangeAchievementStatus('archived', 'published')).toBe(true);
    expect(canChangeAchievementStatus('published', 'draft')).toBe(false);
    expect(canChangeAchievementStatus('draft', 'archived')).toBe(false);
    expect(isAwardable('published')).toBe(true);
    expect(isAwardable('draft')).toBe(false);
  });
});

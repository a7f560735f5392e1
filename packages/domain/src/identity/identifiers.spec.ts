import { IdentityErrorCode } from '../errors/error-codes.js';
import {
  normalizeEmail, normalizeIdentifier, normalizeStudentId, tryNormalizeEmail, tryNormalizeSsoSubject,
  tryNormalizeStudentId,
} from './identifiers.js';
import { chooseRecipientIdentifier } from './recipient.js';

describe('e-mail normalisation', () => {
  it.each([
    ['  Marie.Curie@Univ.EDU ', 'marie.curie@univ.edu'],
    ['o\'brien+french101@mail.univ.edu', 'o\'brien+french101@mail.univ.edu'],
    ['ÉLODIE@université.fr', 'élodie@université.fr'],
    // 'e' + combining acute (NFD) and precomposed 'é' are one mailbox
    ['e\u0301lodie@univ.edu', 'élodie@univ.edu'],
    ['x@univ.edu.', 'x@univ.edu'],
  ])('should normalise %j to %j', (raw, expected) => {
    expect(tryNormalizeEmail(raw)).toBe(expected);
  });

  it.each([
    '', '   ', 'no-at-sign', '@univ.edu', 'a@', 'a@@univ.edu', 'a@b@univ.edu', 'a b@univ.edu', 'a@univ',
    '.a@univ.edu', 'a..b@univ.edu', 'a@-univ.edu', 'a@univ..edu', 'a@univ.e', `${'x'.repeat(65)}@univ.edu`,
    `a@${'d'.repeat(250)}.edu`, 'a@univ.123',
  ])('should reject %j', (raw) => {
    expect(tryNormalizeEmail(raw)).toBeNull();
  });

  it('should throw INVALID_EMAIL naming the field', () => {
    expect(() => normalizeEmail('nope', ['input', 'email'])).toThrow(
      expect.objectContaining({
        code: IdentityErrorCode.INVALID_EMAIL,
        fieldErrors: [expect.objectContaining({ field: ['input', 'email'] })],
      }),
    );
  });
});

describe('student id normalisation', () => {
  it.each([
    [' a00-123 456 ', 'A00123456'],
    ['ａ００１２３', 'A00123'], // full-width input
    ['s1234.x_2', 'S1234.X_2'],
  ])('should normalise %j to %j', (raw, expected) => {
    expect(tryNormalizeStudentId(raw)).toBe(expected);
  });

  it.each(['', ' - ', 'A00/123', 'Ä123', '.123', 'X'.repeat(65)])('should reject %j', (raw) => {
    expect(tryNormalizeStudentId(raw)).toBeNull();
  });

  it('should throw INVALID_STUDENT_ID', () => {
    expect(() => normalizeStudentId('?')).toThrow(expect.objectContaining({ code: IdentityErrorCode.INVALID_STUDENT_ID }));
  });
});

describe('sso subjects and identifier dispatch', () => {
  it('should keep SSO subjects case-sensitive and only trim them', () => {
    expect(tryNormalizeSsoSubject('  AbC|123 ')).toBe('AbC|123');
    expect(tryNormalizeSsoSubject('a\nb')).toBeNull();
    expect(tryNormalizeSsoSubject('')).toBeNull();
  });

  it('should dispatch on kind', () => {
    expect(normalizeIdentifier('email', 'A@B.CO')).toBe('a@b.co');
    expect(normalizeIdentifier('student_id', 'a-1')).toBe('A1');
    expect(() => normalizeIdentifier('sso_subject', ' ')).toThrow(
      expect.objectContaining({ code: IdentityErrorCode.INVALID_SSO_SUBJECT }),
    );
  });
});

describe(chooseRecipientIdentifier.name, () => {
  it('should prefer the verified primary e-mail', () => {
    const chosen = chooseRecipientIdentifier([
      { kind: 'sso_subject', value: 'abc', verified: true },
      { kind: 'email', value: 'old@univ.edu', verified: true },
      { kind: 'email', value: 'unverified@univ.edu', verified: false, primary: true },
      { kind: 'email', value: 'main@univ.edu', verified: true, primary: true },
    ]);
    expect(chosen).toEqual({ kind: 'email', identity: 'main@univ.edu', ob3IdentityType: 'emailAddress', ob2RecipientType: 'email' });
  });

  it('should fall back to the student number as sisSourcedId, never the SSO subject', () => {
    expect(chooseRecipientIdentifier([
      { kind: 'sso_subject', value: 'abc', verified: true },
      { kind: 'student_id', value: 'A001', verified: true },
    ])).toMatchObject({ identity: 'A001', ob3IdentityType: 'sisSourcedId', ob2RecipientType: null });
    expect(chooseRecipientIdentifier([{ kind: 'sso_subject', value: 'abc', verified: true }])).toBeNull();
  });
});

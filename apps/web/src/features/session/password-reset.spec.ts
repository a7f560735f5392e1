import {
  looksLikeEmail,
  MIN_PASSWORD_LENGTH,
  needsNewLink,
  newPasswordProblems,
  passwordLength,
  requestResetMessage,
  resetPasswordMessage,
  resetTokenFrom,
} from './password-reset';

describe('newPasswordProblems', () => {
  it('should accept a long enough password typed twice', () => {
    expect(newPasswordProblems('correct horse battery', 'correct horse battery')).toEqual({});
  });

  it('should accept exactly the minimum length', () => {
    const password = 'a'.repeat(MIN_PASSWORD_LENGTH);
    expect(newPasswordProblems(password, password)).toEqual({});
  });

  it('should refuse a password one character short', () => {
    const password = 'a'.repeat(MIN_PASSWORD_LENGTH - 1);
    expect(newPasswordProblems(password, password)).toEqual({ password: 'PASSWORD_TOO_SHORT' });
  });

  it('should count characters as the server does, not UTF-16 units', () => {
    // Six emoji are twelve UTF-16 units but six characters: too short for the server.
    const password = '🔑'.repeat(6);
    expect(passwordLength(password)).toBe(6);
    expect(newPasswordProblems(password, password).password).toBe('PASSWORD_TOO_SHORT');
  });

  it('should say which input is empty', () => {
    expect(newPasswordProblems('', '')).toEqual({ password: 'PASSWORD_REQUIRED', confirmation: 'CONFIRMATION_REQUIRED' });
  });

  it('should refuse a confirmation that differs', () => {
    expect(newPasswordProblems('correct horse battery', 'correct horse battery ')).toEqual({ confirmation: 'PASSWORDS_DIFFER' });
  });
});

describe('resetTokenFrom', () => {
  it('should read the token of a reset link', () => {
    expect(resetTokenFrom({ token: 'u1Vb3_-x' })).toBe('u1Vb3_-x');
  });

  it('should treat a missing, empty or repeated token as no token', () => {
    expect(resetTokenFrom({})).toBeNull();
    expect(resetTokenFrom({ token: ' ' })).toBeNull();
    expect(resetTokenFrom({ token: ['a', 'b'] })).toBeNull();
  });
});

describe('resetPasswordMessage', () => {
  it.each([
    ['RESET_TOKEN_INVALID', /does not work any more.*new link/],
    ['RESET_TOKEN_EXPIRED', /expired.*new link/],
    ['PASSWORD_TOO_SHORT', /at least 12 characters/],
    ['PASSWORD_SAME_AS_EMAIL', /not your e-mail address/],
    ['PASSWORDS_DIFFER', /not the same/],
    ['NETWORK', /could not be reached/],
  ] as const)('should explain %s', (code, wording) => {
    expect(resetPasswordMessage(code)).toMatch(wording);
  });

  it('should fall back to a generic message for any other code', () => {
    expect(resetPasswordMessage('SOMETHING_NEW' as never)).toMatch(/could not be changed/);
  });
});

describe('needsNewLink', () => {
  it('should send the person for a new link only when the token is at fault', () => {
    expect(needsNewLink('RESET_TOKEN_INVALID')).toBe(true);
    expect(needsNewLink('RESET_TOKEN_EXPIRED')).toBe(true);
    expect(needsNewLink('PASSWORD_TOO_SHORT')).toBe(false);
  });
});

describe('requestResetMessage', () => {
  it('should explain a missing or malformed address and a network failure', () => {
    expect(requestResetMessage('REQUIRED')).toMatch(/Enter your e-mail/);
    expect(requestResetMessage('INVALID_EMAIL')).toMatch(/like name@university.edu/);
    expect(requestResetMessage('NETWORK')).toMatch(/could not be reached/);
  });

  it('should never mention whether an account exists', () => {
    for (const code of ['REQUIRED', 'INVALID_EMAIL', 'NETWORK', 'UNEXPECTED'] as const) {
      expect(requestResetMessage(code)).not.toMatch(/account|not found|unknown/i);
    }
  });
});

describe('looksLikeEmail', () => {
  it('should accept an address and refuse other text', () => {
    expect(looksLikeEmail(' learner@northbridge.edu ')).toBe(true);
    expect(looksLikeEmail('learner')).toBe(false);
    expect(looksLikeEmail('learner@northbridge')).toBe(false);
  });
});

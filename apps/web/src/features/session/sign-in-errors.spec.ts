import { errorFieldsOf, signInErrorMessage, signInFormProblems } from './sign-in-errors';

describe('signInErrorMessage', () => {
  it('should explain invalid credentials without saying which part was wrong', () => {
    expect(signInErrorMessage('INVALID_CREDENTIALS')).toMatch(/do not match an account/);
  });

  it('should explain a network failure', () => {
    expect(signInErrorMessage('NETWORK')).toMatch(/could not be reached/);
  });

  it('should fall back to a generic message for any other code', () => {
    expect(signInErrorMessage('SOMETHING_NEW' as never)).toMatch(/did not work/);
  });
});

describe('errorFieldsOf', () => {
  it('should collect the input names the errors point at', () => {
    expect([...errorFieldsOf([{ field: ['input', 'email'] }, { field: null }, {}])]).toEqual(['email']);
  });
});

describe('signInFormProblems', () => {
  it('should ask for both inputs when the form is empty', () => {
    const problems = signInFormProblems('  ', '');
    expect(problems).toEqual({ email: 'EMAIL_REQUIRED', password: 'PASSWORD_REQUIRED' });
    expect(signInErrorMessage(problems.email!)).toBe('Enter your e-mail address.');
    expect(signInErrorMessage(problems.password!)).toBe('Enter your password.');
  });

  it('should flag an address without an @', () => {
    expect(signInFormProblems('camille', 'secret')).toEqual({ email: 'INVALID_EMAIL' });
  });

  it('should find nothing wrong with a complete form', () => {
    expect(signInFormProblems(' camille@example.edu ', 'a password')).toEqual({});
  });
});

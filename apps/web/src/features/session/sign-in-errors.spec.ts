import { errorFieldsOf, signInErrorMessage } from './sign-in-errors';

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

import { ApolloClient, ApolloLink, Observable, type FetchResult } from '@apollo/client/core';
import { provideApolloClient } from '@vue/apollo-composable';
import { effectScope } from 'vue';
import { createCache } from '../../../app/apollo';
import { useRequestPasswordReset } from './useRequestPasswordReset';
import { useResetPassword } from './useResetPassword';

function clientAnswering(respond: () => FetchResult | Error) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.variables);
        const answer = respond();
        if (answer instanceof Error) observer.error(answer);
        else {
          observer.next(answer);
          observer.complete();
        }
      }),
  );
  return { client: new ApolloClient({ link, cache: createCache() }), sent };
}

function run<T>(client: ApolloClient<unknown>, fn: () => T): T {
  return effectScope().run(() => provideApolloClient(client)(fn))!;
}

describe('useResetPassword', () => {
  it('should send the token and new password and report success', async () => {
    const { client, sent } = clientAnswering(() => ({ data: { resetPassword: { __typename: 'ResetPasswordPayload', ok: true, errors: [] } } }));
    const sut = run(client, () => useResetPassword());

    expect(await sut.resetPassword('tok', 'correct horse battery')).toBe(true);

    expect(sent).toEqual([{ input: { token: 'tok', newPassword: 'correct horse battery' } }]);
    expect(sut.done.value).toBe(true);
    expect(sut.hasProblem.value).toBe(false);
  });

  it('should expose the typed errors of the payload', async () => {
    const error = { __typename: 'ResetTokenError', code: 'RESET_TOKEN_EXPIRED', message: 'Expired.', field: ['input', 'token'] };
    const { client } = clientAnswering(() => ({ data: { resetPassword: { __typename: 'ResetPasswordPayload', ok: false, errors: [error] } } }));
    const sut = run(client, () => useResetPassword());

    expect(await sut.resetPassword('tok', 'correct horse battery')).toBe(false);

    expect(sut.errors.value.map((e) => e.code)).toEqual(['RESET_TOKEN_EXPIRED']);
    expect(sut.done.value).toBe(false);
    expect(sut.hasProblem.value).toBe(true);
  });

  it('should report a network failure', async () => {
    const { client } = clientAnswering(() => new TypeError('Failed to fetch'));
    const sut = run(client, () => useResetPassword());

    expect(await sut.resetPassword('tok', 'correct horse battery')).toBe(false);

    expect(sut.failure.value).toBe('NETWORK');
  });
});

describe('useRequestPasswordReset', () => {
  it('should trim the address and report the request as sent', async () => {
    const { client, sent } = clientAnswering(() => ({
      data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', accepted: true, errors: [] } },
    }));
    const sut = run(client, () => useRequestPasswordReset());

    expect(await sut.requestReset(' learner@northbridge.edu ')).toBe(true);

    expect(sent).toEqual([{ input: { email: 'learner@northbridge.edu' } }]);
    expect(sut.sent.value).toBe(true);
  });

  it('should report a network failure and not claim to have sent anything', async () => {
    const { client } = clientAnswering(() => new TypeError('Failed to fetch'));
    const sut = run(client, () => useRequestPasswordReset());

    expect(await sut.requestReset('learner@northbridge.edu')).toBe(false);

    expect(sut.sent.value).toBe(false);
    expect(sut.problem.value).toBe('NETWORK');
  });
});

import { ApolloClient, ApolloLink, Observable, type FetchResult } from '@apollo/client/core';
import { provideApolloClient } from '@vue/apollo-composable';
import { effectScope } from 'vue';
import { createCache } from '../../../app/apollo';
import { ViewerDocument, type SignInMutation } from '../../../gql/graphql';
import { useSignIn } from './useSignIn';

const viewer: NonNullable<SignInMutation['signIn']['viewer']> = {
  __typename: 'Viewer',
  roles: ['LEARNER'],
  person: { __typename: 'Person', id: 'UGVyc29uOjE', displayName: 'Amélie Laurent', email: 'learner@northbridge.edu' },
  institution: { __typename: 'Institution', id: 'SW5zdDox', name: 'Northbridge University' },
};

/** A client whose every request answers with `respond`, recording the variables it was sent. */
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

describe('useSignIn', () => {
  it('should sign in, trim the e-mail and put the new viewer in the cache', async () => {
    const { client, sent } = clientAnswering(() => ({
      data: { signIn: { __typename: 'SignInPayload', viewer, errors: [] } },
    }));
    const sut = run(client, () => useSignIn());

    const result = await sut.signIn('  learner@northbridge.edu ', 'openclr-demo');

    expect(result?.person?.displayName).toBe('Amélie Laurent');
    expect(sent).toEqual([{ input: { email: 'learner@northbridge.edu', password: 'openclr-demo' } }]);
    expect(client.readQuery({ query: ViewerDocument })?.viewer.person?.id).toBe('UGVyc29uOjE');
    expect(sut.hasProblem.value).toBe(false);
  });

  it('should expose the typed errors of the payload and return null', async () => {
    const error = { __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: 'Wrong e-mail or password.', field: null };
    const { client } = clientAnswering(() => ({ data: { signIn: { __typename: 'SignInPayload', viewer: null, errors: [error] } } }));
    const sut = run(client, () => useSignIn());

    expect(await sut.signIn('learner@northbridge.edu', 'nope')).toBeNull();

    expect(sut.errors.value.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect(sut.failure.value).toBeNull();
    expect(sut.hasProblem.value).toBe(true);
  });

  it('should report a network failure without throwing', async () => {
    const { client } = clientAnswering(() => new TypeError('Failed to fetch'));
    const sut = run(client, () => useSignIn());

    expect(await sut.signIn('learner@northbridge.edu', 'openclr-demo')).toBeNull();

    expect(sut.failure.value).toBe('NETWORK');
    expect(sut.errors.value).toEqual([]);
  });
});

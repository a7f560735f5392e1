import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';

export interface ApolloOptions {
  uri?: string;
  /** Called when the server says the session is gone (expired, signed out elsewhere). */
  onUnauthenticated?: () => void;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One viewer per client: normalise it as a singleton so sign-in/sign-out updates every reader.
      Viewer: { keyFields: [] },
      // Progress rows have no id of their own; they live inside the connection that returned them.
      SkillProgress: { keyFields: false },
      CohortProgressRow: { keyFields: false },
      CohortProgressCell: { keyFields: false },
    },
  });
}

export function createApolloClient(options: ApolloOptions = {}): ApolloClient<unknown> {
  const http = new HttpLink({
    uri: options.uri ?? '/graphql',
    // The server keeps the SPA session in an httpOnly cookie and refuses cookie-authenticated requests
    // without this header, which a cross-site form or image cannot send (CSRF defence).
    credentials: 'include',
    headers: { 'x-openclr-csrf': '1' },
  });
  const errors = onError(({ graphQLErrors }) => {
    if (graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) options.onUnauthenticated?.();
  });
  return new ApolloClient({
    link: from([errors, http]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}

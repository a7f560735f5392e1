import type { TestServer } from './server';

export const PASSWORD = 'openclr-demo';

export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token viewer { roles person { id displayName } } errors { __typename code message field } } }`;

export const DASHBOARD = `query {
  viewer {
    person {
      id displayName email
      skillProgress(first: 20) { totalCount nodes { skill { name code } earnedCount assessmentCount bestLevel bestLevelName maxLevel progress } }
      awards(first: 20) { totalCount nodes { id state issuedAt achievement { name alignments { name } } } }
      evidence(first: 20) { totalCount nodes { id title kind experience { code term { name } } } }
      experiences(first: 20) { totalCount nodes { code title kind term { name } } }
    }
  }
}`;

export const COHORT_PROGRESS = `query($first: Int) {
  cohorts(first: 10) {
    totalCount
    nodes {
      id name memberCount programme { code } entryTerm { name }
      skills { name }
      progress(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { learner { id displayName email } cells { skill { code } earnedCount assessmentCount bestLevel bestLevelName } } }
    }
  }
}`;

export async function signIn(server: TestServer, email: string, password = PASSWORD): Promise<string> {
  const res = await server.graphql(SIGN_IN, { input: { email, password } });
  const token = res.data?.signIn.token;
  if (!token) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res)}`);
  return token;
}


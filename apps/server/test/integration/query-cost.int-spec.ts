import 'reflect-metadata';
import { seedDemo } from '../../src/seed/seed-demo';
import { COHORT_PROGRESS, DASHBOARD, signIn } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';

/** Statements one request sends; the same at every data size is the DataLoader / set-based contract. */
async function statementsFor(server: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  server.sql.reset();
  const res = await server.graphql(query, variables, token);
  expect(res.errors).toBeUndefined();
  return { statements: server.sql.statements.length, data: res.data! };
}

describe('SQL statements per request do not grow with the data', () => {
  const sizes = [30, 300];
  const servers: TestServer[] = [];
  const measured: Record<number, { dashboard: number; cohort: number; rows: number; awards: number }> = {};

  beforeAll(async () => {
    for (const learners of sizes) {
      const server = await startTestServer();
      servers.push(server);
      await seedDemo(server.db.dataSource, { learners });
      const [learner, advisor] = await Promise.all([signIn(server, 'learner@northbridge.edu'), signIn(server, 'advisor@northbridge.edu')]);
      const dashboard = await statementsFor(server, DASHBOARD, {}, learner);
      const cohort = await statementsFor(server, COHORT_PROGRESS, { first: 100 }, advisor);
      measured[learners] = {
        dashboard: dashboard.statements,
        cohort: cohort.statements,
        rows: cohort.data.cohorts.nodes.reduce((n: number, c: { progress: { nodes: unknown[] } }) => n + c.progress.nodes.length, 0),
        awards: Number((await server.db.dataSource.query('SELECT count(*) AS n FROM award'))[0].n),
      };
    }
    console.log(
      ['learners | dashboard statements | cohort progress statements | cohort rows returned | awards in db', ...sizes.map((n) => `${n} | ${measured[n].dashboard} | ${measured[n].cohort} | ${measured[n].rows} | ${measured[n].awards}`)].join('\n'),
    );
  }, 120_000);

  afterAll(() => Promise.all(servers.map((s) => s.stop())));

  it('should return more rows on the larger institution', () => {
    expect(measured[300].rows).toBeGreaterThan(measured[30].rows);
    expect(measured[300].awards).toBeGreaterThan(measured[30].awards);
  });

  // DataLoader may merge a couple of batches when queries return in a different order (a loaded machine), so the
  // contract is one fixed bound at both sizes (ten times the rows), not one exact figure.
  it('should run the learner dashboard in a small fixed number of statements at both data sizes', () => {
    expect(measured[30].dashboard).toBeLessThanOrEqual(20);
    expect(measured[300].dashboard).toBeLessThanOrEqual(20);
  });

  it('should run cohort progress in a small fixed number of statements at both data sizes', () => {
    expect(measured[30].cohort).toBeLessThanOrEqual(20);
    expect(measured[300].cohort).toBeLessThanOrEqual(20);
  });
});

import 'reflect-metadata';
import { encodeGlobalId } from '@openclr/domain';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { createModules } from '../../src/modules';
import { seedDemo } from '../../src/seed/seed-demo';
import { Access, AUTHORIZATION_MATRIX, MatrixRole, ROLES } from '../authorization-matrix';
import { startTestServer, TestServer } from '../setup/server';
import { sessionFor } from '../setup/sessions';

const ACCOUNTS: Record<Exclude<MatrixRole, 'anonymous'>, string> = {
  learner: 'learner@northbridge.edu',
  assessor: 'assessor@northbridge.edu',
  advisor: 'advisor@northbridge.edu',
  issuerAdmin: 'issuer@northbridge.edu',
  institutionAdmin: 'admin@northbridge.edu',
};

const SCALAR_DUMMIES: Record<string, unknown> = {
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: '2026-01-01T00:00:00.000Z',
  Date: '2026-01-01',
  LocalDate: '2026-01-01',
  URL: 'https://example.org/',
  EmailAddress: 'nobody@example.org',
  JSON: {},
  JSONObject: {},
};

/** A type-correct value for a required input: required fields only, empty lists, first enum value, a random well-formed ID. */
function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, dummyValue(f.type)]));
  }
  if (type.name === 'ID') return encodeGlobalId('Person', randomUUID());
  if (!(type.name in SCALAR_DUMMIES)) throw new Error(`authorization matrix: add a dummy value for the scalar ${type.name}`);
  return SCALAR_DUMMIES[type.name];
}

/** The smallest valid operation calling one root field: required arguments as variables, `__typename` selected. */
export function minimalOperation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const definitions = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, dummyValue(a.type)])),
  };
}

const rootTypes = (schema: GraphQLSchema) =>
  ({ Query: schema.getQueryType(), Mutation: schema.getMutationType(), Subscription: schema.getSubscriptionType() }) as Record<
    keyof typeof AUTHORIZATION_MATRIX,
    GraphQLObjectType | null | undefined
  >;

describe('authorization matrix (test/authorization-matrix.ts)', () => {
  let schema: GraphQLSchema;
  let server: TestServer;

  beforeAll(async () => {
    schema = await buildGraphQLSchema(createModules(loadConfig({})).resolvers);
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 20 });
  }, 60_000);

  afterAll(() => server.stop());

  it('should have exactly one row per root query, mutation and subscription field', () => {
    for (const [kind, type] of Object.entries(rootTypes(schema)) as [keyof typeof AUTHORIZATION_MATRIX, GraphQLObjectType | null][]) {
      const fields = Object.keys(type?.getFields() ?? {}).sort();
      const rows = Object.keys(AUTHORIZATION_MATRIX[kind]).sort();
      expect({ kind, missingRows: fields.filter((f) => !rows.includes(f)), rowsWithoutField: rows.filter((r) => !fields.includes(r)) }).toEqual({
        kind,
        missingRows: [],
        rowsWithoutField: [],
      });
    }
  });

  it('should allow and deny every root field for every role exactly as the table says, over HTTP', async () => {
    const actual: Record<string, Record<MatrixRole, Access | string>> = {};
    const expected: Record<string, Record<MatrixRole, Access>> = {};
    const crashes: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const name = `${type!.name}.${field.name}`;
        expected[name] = AUTHORIZATION_MATRIX[type!.name as 'Query' | 'Mutation'][field.name];
        const { query, variables } = minimalOperation(kind, field);
        const cells = await Promise.all(
          ROLES.map(async (role) => {
            // A fresh session per call: signOut must not end the session other calls use.
            const token = role === 'anonymous' ? undefined : await sessionFor(server, ACCOUNTS[role]);
            const res = await server.graphql(query, variables, token);
            const codes = (res.errors ?? []).map((e) => e.extensions?.code);
            if (codes.includes('INTERNAL_SERVER_ERROR')) crashes.push(`${name} as ${role}: ${JSON.stringify(res.errors)}`);
            const denial = role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
            if (codes.includes(denial)) return [role, 'deny'] as const;
            if (codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN')) return [role, `unexpected ${codes.join(',')}`] as const;
            return [role, 'allow'] as const;
          }),
        );
        actual[name] = Object.fromEntries(cells) as Record<MatrixRole, Access>;
      }
    }
    expect(Object.keys(schema.getSubscriptionType()?.getFields() ?? {})).toEqual([]); // subscriptions would need a WebSocket harness here
    expect(actual).toEqual(expected);
    // Dummy arguments are bad input: they must come back as user errors, never as a crash.
    expect(crashes).toEqual([]);
  }, 120_000);
});

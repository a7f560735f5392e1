import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { loadConfig } from '../config';
import { createModules } from '../modules';
import { buildGraphQLSchema, printSchemaFile } from './schema';

describe('GraphQL schema', () => {
  let sdl: string;
  let schema: Awaited<ReturnType<typeof buildGraphQLSchema>>;

  beforeAll(async () => {
    schema = await buildGraphQLSchema(createModules(loadConfig({})).resolvers);
    sdl = printSchemaFile(schema);
  });

  it('should match the committed apps/server/schema.graphql (run `openclr emit-schema` after API changes)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8')).toBe(sdl);
  });

  it('should guard every Query and Mutation root field with @Authorized or @Public', () => {
    const storage = getMetadataStorage();
    const guarded = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const roots = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
    const unguarded = roots.filter((r) => !guarded.has(`${r.target.name}.${r.methodName}`)).map((r) => r.schemaName);
    expect(roots.length).toBeGreaterThan(10);
    expect(unguarded).toEqual([]);
  });

  it('should give every type and field a description', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('should use one input argument and a payload for every mutation', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const bad = mutations.filter((m) => m.args.length !== 1 || m.args[0].name !== 'input' || !String(m.type).endsWith('Payload!'));
    expect(bad.map((m) => m.name)).toEqual([]);
  });
});

import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import formatsModule from 'ajv-formats';
import achievementCredential from './data/ob-v3p0-achievementcredential.js';
import achievementCredentialStrict from './data/ob-v3p0-achievementcredential-strict.js';
import endorsementCredential from './data/ob-v3p0-endorsementcredential.js';
import profile from './data/ob-v3p0-profile.js';
import clrCredential from './data/clr-v2p0-clrcredential.js';
import clrAchievementCredential from './data/clr-v2p0-achievementcredential.js';

/** The bundled 1EdTech JSON Schemas (draft 2019-09). */
export type SchemaName =
  | 'ob3-achievement-credential'
  | 'ob3-achievement-credential-strict'
  | 'ob3-endorsement-credential'
  | 'ob3-profile'
  | 'clr2-clr-credential'
  | 'clr2-achievement-credential';

const schemas: Record<SchemaName, Record<string, unknown>> = {
  'ob3-achievement-credential': achievementCredential,
  'ob3-achievement-credential-strict': achievementCredentialStrict,
  'ob3-endorsement-credential': endorsementCredential,
  'ob3-profile': profile,
  'clr2-clr-credential': clrCredential,
  'clr2-achievement-credential': clrAchievementCredential,
};

/** Published schema URL (as found in `credentialSchema[].id`) → bundled schema. */
export const schemaByUrl: ReadonlyMap<string, SchemaName> = new Map(
  (Object.entries(schemas) as [SchemaName, Record<string, unknown>][])
    .filter(([name]) => !name.endsWith('-strict'))
    .map(([name, schema]) => [String(schema.$id), name]),
);

export interface SchemaValidationResult {
  valid: boolean;
  /** `instancePath message` per violation, e.g. `/credentialSubject/identifier/0 must NOT have additional properties`. */
  errors: string[];
}

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ?? formatsModule) as unknown as (ajv: Ajv2019) => void;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    // One Ajv per schema: the current and strict achievement schemas share `$defs` names but not `$id`s.
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(schemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}

const describe = (e: ErrorObject): string =>
  `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`;

/** Validates a JSON document against one of the bundled 1EdTech JSON Schemas and lists every violation. */
export function validateSchema(document: unknown, name: SchemaName): SchemaValidationResult {
  const validate = validator(name);
  const valid = validate(document) as boolean;
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}

/**
 * Picks the schema a credential declares (`credentialSchema` of type `1EdTechJsonSchemaValidator2019`) or, failing
 * that, the one its `type` implies: ClrCredential, EndorsementCredential or Open Badge/Achievement credential.
 */
export function schemaFor(credential: Record<string, unknown>): SchemaName | undefined {
  const declared = [credential.credentialSchema].flat().map((s) => (s as { id?: string } | undefined)?.id);
  for (const id of declared) if (id && schemaByUrl.has(id)) return schemaByUrl.get(id);
  const types = [credential.type].flat();
  if (types.includes('ClrCredential')) return 'clr2-clr-credential';
  if (types.includes('EndorsementCredential')) return 'ob3-endorsement-credential';
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) return 'ob3-achievement-credential';
  return undefined;
}

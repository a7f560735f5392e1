import { buildOpenBadgeCredential } from './ob3.js';
import { hashIdentity } from './identity.js';
import { validateSchema } from '../schema/validate.js';
import { buildCredentialInput, buildAchievement } from '../testing/fixtures.js';
import { CredentialsError } from '../errors.js';

const hasNoNullsOrEmptyArrays = (value: unknown): boolean =>
  value !== null &&
  !(Array.isArray(value) && value.length === 0) &&
  (typeof value !== 'object' || Object.values(value as object).every(hasNoNullsOrEmptyArrays));

describe(buildOpenBadgeCredential.name, () => {
  it('should emit the OB 3.0 contexts, types, schema and status entry', () => {
    const sut = buildOpenBadgeCredential(buildCredentialInput());
    expect(sut['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    ]);
    expect(sut.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(sut.name).toBe('Written Communication — Proficient');
    expect(sut.issuer).toMatchObject({ id: 'did:web:openclr.example.edu:issuers:arts', type: ['Profile'], name: 'Faculté des Arts — Université Exemple®' });
    expect(sut.credentialSchema).toEqual([{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }]);
    expect(sut.credentialStatus).toEqual({
      id: 'https://openclr.example.edu/status/arts/revocation/1#94567',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: 'https://openclr.example.edu/status/arts/revocation/1',
    });
  });

  it('should hash the case-folded email with the salt into an IdentityObject', () => {
    const sut = buildOpenBadgeCredential(buildCredentialInput());
    expect(sut.credentialSubject.identifier).toEqual([{
      type: 'IdentityObject', identityType: 'emailAddress', hashed: true, salt: 'FleurDeSel', identityHash: hashIdentity('zoë.ngô@example.edu', 'FleurDeSel'),
    }]);
    expect(sut.credentialSubject.id).toBeUndefined();
  });

  it('should express the rubric as result descriptions with rubric criterion levels and link results to them', () => {
    const sut = buildOpenBadgeCredential(buildCredentialInput());
    const base = 'https://openclr.example.edu/achievements/written-communication/v1/criteria';
    const [context, sources] = sut.credentialSubject.achievement.resultDescription as any[];
    expect(context).toMatchObject({ id: `${base}/context`, type: ['ResultDescription'], resultType: 'RubricCriterionLevel', requiredLevel: `${base}/context/levels/proficient` });
    expect(context.rubricCriterionLevel).toHaveLength(4);
    expect(context.rubricCriterionLevel[3]).toEqual({ id: `${base}/context/levels/capstone`, type: ['RubricCriterionLevel'], name: 'Capstone', description: 'Demonstrates a thorough understanding of context.', level: '4', points: '4' });
    expect(sources.alignment).toEqual([{ type: ['Alignment'], targetName: 'Information Literacy', targetUrl: 'https://openclr.example.edu/skills/information-literacy', targetType: 'CFItem' }]);
    expect(sut.credentialSubject.result).toEqual([
      { type: ['Result'], resultDescription: `${base}/context`, achievedLevel: `${base}/context/levels/capstone` },
      { type: ['Result'], resultDescription: `${base}/sources`, achievedLevel: `${base}/sources/levels/proficient` },
    ]);
  });

  it('should prefix custom vocabulary values with ext:', () => {
    const sut = buildOpenBadgeCredential(buildCredentialInput({ achievement: buildAchievement({ achievementType: 'SkillBadge' }) }));
    expect(sut.credentialSubject.achievement.achievementType).toBe('ext:SkillBadge');
  });

  it('should never emit nulls or empty arrays', () => {
    const sut = buildOpenBadgeCredential(buildCredentialInput({ evidence: [], results: [], achievement: buildAchievement({ tags: [], alignments: [] }) }));
    expect(hasNoNullsOrEmptyArrays(sut)).toBe(true);
    expect(sut.evidence).toBeUndefined();
  });

  it.each(['ob3-achievement-credential', 'ob3-achievement-credential-strict'] as const)('should validate against the %s schema', (schema) => {
    expect(validateSchema(buildOpenBadgeCredential(buildCredentialInput()), schema)).toEqual({ valid: true, errors: [] });
  });

  it('should reject a recipient without id or identifier, naming the field', () => {
    const error = (() => { try { buildOpenBadgeCredential(buildCredentialInput({ recipient: {} })); } catch (e) { return e; } })() as CredentialsError;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toEqual(['recipient']);
  });

  it('should reject a result for an unknown rubric level', () => {
    expect(() => buildOpenBadgeCredential(buildCredentialInput({ results: [{ criterionId: 'context', levelId: 'expert' }] }))).toThrow('results.0.levelId');
  });

  it('should reject validUntil before validFrom and dates without a time zone', () => {
    expect(() => buildOpenBadgeCredential(buildCredentialInput({ validUntil: '2024-01-01T00:00:00Z' }))).toThrow('validUntil: must be after validFrom');
    expect(() => buildOpenBadgeCredential(buildCredentialInput({ validFrom: '2025-01-15T10:00:00' }))).toThrow('validFrom: date-time needs a time zone');
  });
});

describe(hashIdentity.name, () => {
  it('should match the OB identity hash vectors', () => {
    expect(hashIdentity('a@example.com', 'Kosher')).toMatch(/^sha256\$b5809d8a.*ef399$/);
    expect(hashIdentity('jjefferson18@example.com', 'FleurDeSel')).toMatch(/^sha256\$658625b2.*21f5fc$/);
  });
});

import type { AchievementType, AlignmentTargetType, ExtensionTerm, ResultStatus } from '../vocab.js';
import type { IdentifierInput } from './identity.js';

/** An image by URL or `data:` URI. */
export interface ImageInput {
  url: string;
  caption?: string;
}

/** The issuing organisation (OB 3.0 `Profile`, OB 2.0 `Issuer`). */
export interface IssuerInput {
  /** The issuer's id: its `did:web`/`did:key` DID or HTTPS profile URL. Keys must be controlled by it. */
  id: string;
  name: string;
  url?: string;
  email?: string;
  phone?: string;
  description?: string;
  image?: ImageInput;
  /** Parent institution of a college or office. */
  parentOrg?: { id: string; name: string; url?: string };
}

/** An alignment of an achievement or rubric criterion to a skill in a framework (CASE, ESCO, RSD, …). */
export interface SkillAlignmentInput {
  name: string;
  url: string;
  code?: string;
  framework?: string;
  description?: string;
  targetType?: AlignmentTargetType | ExtensionTerm | string;
}

/** One performance level of a rubric (e.g. Benchmark 1 … Capstone 4). */
export interface RubricLevelInput {
  /** Stable key, unique within the rubric (`capstone`), or an absolute URI. */
  id: string;
  name: string;
  description?: string;
  /** Position label, e.g. `"4"`. */
  level?: string;
  points?: string;
}

/** One criterion (row) of a rubric; its cell texts per level are optional. */
export interface RubricCriterionInput {
  /** Stable key, unique within the rubric (`context-of-writing`), or an absolute URI. */
  id: string;
  name: string;
  description?: string;
  alignments?: readonly SkillAlignmentInput[];
  /** Level id → what performance at that level looks like for this criterion. */
  levelDescriptions?: Readonly<Record<string, string>>;
}

/** A rubric: criteria × levels. Levels are ordered from lowest to highest. */
export interface RubricInput {
  levels: readonly RubricLevelInput[];
  criteria: readonly RubricCriterionInput[];
  /** Level id every criterion must reach to earn the achievement (e.g. `proficient`). */
  requiredLevel?: string;
}

/** The achievement (badge class) being awarded. */
export interface AchievementInput {
  /** Absolute URI identifying this achievement (version), e.g. `https://openclr.example.edu/achievements/<uuid>`. */
  id: string;
  name: string;
  description: string;
  /** Markdown describing how to earn it; `url` optionally points at a criteria page. */
  criteria: { narrative: string; url?: string };
  image?: ImageInput;
  achievementType?: AchievementType | ExtensionTerm | string;
  alignments?: readonly SkillAlignmentInput[];
  rubric?: RubricInput;
  tags?: readonly string[];
  humanCode?: string;
  fieldOfStudy?: string;
  creditsAvailable?: number;
  version?: string;
  /** BCP 47 language of the texts, e.g. `fr` or `en-US`. */
  inLanguage?: string;
  /** Who defined the achievement, when not the issuer. */
  creator?: IssuerInput;
}

/** Who the credential is about: an `id` (DID/URL) and/or identifiers (hashed by default). */
export interface RecipientInput {
  id?: string;
  identifiers?: readonly IdentifierInput[];
}

/** The level achieved on one rubric criterion. */
export interface CriterionResultInput {
  criterionId: string;
  levelId: string;
}

/** Any other result (grade, score, status), optionally tied to a result description by id. */
export interface ValueResultInput {
  resultDescriptionId?: string;
  value?: string;
  status?: ResultStatus;
}

export type ResultInput = CriterionResultInput | ValueResultInput;

export interface EvidenceInput {
  /** URL of the artifact (or a `data:` URI). */
  url?: string;
  name?: string;
  description?: string;
  /** Markdown narrative, e.g. a learner's reflection. */
  narrative?: string;
  genre?: string;
  audience?: string;
}

export type StatusPurpose = 'revocation' | 'suspension';

/** Where a credential's bit lives in an issuer's `BitstringStatusListCredential`. */
export interface StatusEntryInput {
  statusListCredential: string;
  statusListIndex: number;
  statusPurpose: StatusPurpose;
}

/** Everything needed to build one OB 3.0 `OpenBadgeCredential`. */
export interface OpenBadgeCredentialInput {
  /** Absolute URI of the credential (`urn:uuid:…` or its public URL). */
  id: string;
  issuer: IssuerInput;
  achievement: AchievementInput;
  recipient: RecipientInput;
  /** When the credential becomes valid; defaults to `awardedDate`. */
  validFrom: Date | string;
  validUntil?: Date | string;
  awardedDate?: Date | string;
  /** Credential name shown by wallets; defaults to the achievement name. */
  name?: string;
  description?: string;
  image?: ImageInput;
  results?: readonly ResultInput[];
  evidence?: readonly EvidenceInput[];
  narrative?: string;
  activityStartDate?: Date | string;
  activityEndDate?: Date | string;
  creditsEarned?: number;
  term?: string;
  status?: StatusEntryInput;
}

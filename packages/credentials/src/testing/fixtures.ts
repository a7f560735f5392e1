// In-memory builders of realistic inputs for tests (a VALUE-style written communication rubric).
import type { AchievementInput, IssuerInput, OpenBadgeCredentialInput } from '../builders/types.js';

export const buildIssuer = (overrides: Partial<IssuerInput> = {}): IssuerInput => ({
  id: 'did:web:openclr.example.edu:issuers:arts',
  name: 'Faculté des Arts — Université Exemple®',
  url: 'https://openclr.example.edu/issuers/arts',
  email: 'badges@example.edu',
  image: { url: 'https://openclr.example.edu/issuers/arts/logo.png', caption: 'Logo' },
  ...overrides,
});

export const buildAchievement = (overrides: Partial<AchievementInput> = {}): AchievementInput => ({
  id: 'https://openclr.example.edu/achievements/written-communication/v1',
  name: 'Written Communication — Proficient',
  description: 'Recognises proficient written communication in French across genres.',
  criteria: { narrative: '# Criteria\n\nEvery criterion rated **proficient** or higher.', url: 'https://openclr.example.edu/achievements/written-communication/v1/criteria' },
  image: { url: 'https://openclr.example.edu/achievements/written-communication/v1/image.png' },
  achievementType: 'Competency',
  alignments: [{ name: 'Written Communication', url: 'https://openclr.example.edu/skills/written-communication', code: 'WC', framework: 'AAC&U VALUE' }],
  rubric: {
    levels: [
      { id: 'benchmark', name: 'Benchmark', level: '1', points: '1' },
      { id: 'milestone', name: 'Milestone', level: '2', points: '2' },
      { id: 'proficient', name: 'Proficient', level: '3', points: '3' },
      { id: 'capstone', name: 'Capstone', level: '4', points: '4' },
    ],
    criteria: [
      { id: 'context', name: 'Context of and Purpose for Writing', levelDescriptions: { capstone: 'Demonstrates a thorough understanding of context.' } },
      { id: 'sources', name: 'Sources and Evidence', alignments: [{ name: 'Information Literacy', url: 'https://openclr.example.edu/skills/information-literacy', targetType: 'CFItem' }] },
    ],
    requiredLevel: 'proficient',
  },
  tags: ['writing', 'French'],
  ...overrides,
});

export const buildCredentialInput = (overrides: Partial<OpenBadgeCredentialInput> = {}): OpenBadgeCredentialInput => ({
  id: 'urn:uuid:2d6c3a6e-3c4f-4c1e-9d0a-8f6f3b1f9b10',
  issuer: buildIssuer(),
  achievement: buildAchievement(),
  recipient: { identifiers: [{ type: 'emailAddress', value: 'Zoë.Ngô@Example.EDU', salt: 'FleurDeSel' }] },
  validFrom: '2025-01-15T10:00:00Z',
  awardedDate: '2025-01-15T10:00:00Z',
  results: [{ criterionId: 'context', levelId: 'capstone' }, { criterionId: 'sources', levelId: 'proficient' }],
  evidence: [{ url: 'https://openclr.example.edu/evidence/42', name: 'Essai — « L’étranger »', narrative: 'Réflexion de l’étudiante 🎓' }],
  status: { statusListCredential: 'https://openclr.example.edu/status/arts/revocation/1', statusListIndex: 94567, statusPurpose: 'revocation' },
  ...overrides,
});

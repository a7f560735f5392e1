/**
 * The fixed content of the demo institution: skills and their VALUE-style rubrics, programmes, terms, cohorts,
 * experiences, staff and the name pools learners are drawn from. Rubric descriptors paraphrase the AAC&U VALUE
 * rubrics (https://www.aacu.org/initiatives/value-initiative/value-rubrics) that the skills link to.
 */

export type SkillCode = 'WC' | 'OC' | 'TW' | 'CT';
export type IssuerKey = 'academic' | 'studentLife';

export interface DemoCriterion {
  name: string;
  description: string;
  /** Cell descriptors for levels 1..4 (Benchmark, Milestone, Milestone, Capstone). */
  levels: readonly [string, string, string, string];
}

export interface DemoSkill {
  code: SkillCode;
  name: string;
  description: string;
  slug: string;
  issuer: IssuerKey;
  achievementDescription: string;
  /** Months an award stays valid, or null for no expiry. */
  expiryMonths: number | null;
  criteria: readonly DemoCriterion[];
}

export const VALUE_RUBRIC_URL = 'https://www.aacu.org/initiatives/value-initiative/value-rubrics/value-rubrics-';

export const LEVEL_DESCRIPTIONS = [
  'Performance expected of a student entering the programme.',
  'Progressing towards proficiency.',
  'Proficient: the level every criterion must reach for the badge.',
  'Performance expected of a graduating student.',
] as const;

export const SKILLS: readonly DemoSkill[] = [
  {
    code: 'WC',
    name: 'Written Communication',
    slug: 'written-communication',
    issuer: 'academic',
    description: 'Developing and expressing ideas in writing, across genres and styles, for a purpose and an audience.',
    achievementDescription:
      'Recognises a Northbridge student who writes for a purpose and an audience with well-developed content, the conventions of the discipline, credible sources and controlled language, rated proficient or higher on every criterion of the Written Communication VALUE rubric.',
    expiryMonths: null,
    criteria: [
      {
        name: 'Context of and Purpose for Writing',
        description: 'Audience, purpose and the circumstances surrounding the writing task.',
        levels: [
          'Shows minimal attention to context, audience, purpose and the assigned task.',
          'Shows awareness of context, audience, purpose and the assigned task.',
          'Shows adequate consideration of context, audience and purpose and a clear focus on the assigned task.',
          'Shows a thorough understanding of context, audience and purpose that shapes every element of the work.',
        ],
      },
      {
        name: 'Content Development',
        description: 'How ideas are explored and supported with relevant content.',
        levels: [
          'Uses appropriate and relevant content to develop simple ideas in some parts of the work.',
          'Uses appropriate and relevant content to develop and explore ideas through most of the work.',
          'Uses appropriate, relevant and compelling content to explore ideas within the context of the discipline.',
          'Uses appropriate, relevant and compelling content to show mastery of the subject, shaping the whole work.',
        ],
      },
      {
        name: 'Genre and Disciplinary Conventions',
        description: 'Formal and informal rules of a genre or discipline: organisation, formatting, stylistic choices.',
        levels: [
          'Attempts to use a consistent system for basic organisation and presentation.',
          'Follows expectations for basic organisation, content and presentation.',
          'Consistently uses the important conventions of the discipline, including organisation and style.',
          'Executes a wide range of disciplinary conventions with detailed attention and success.',
        ],
      },
      {
        name: 'Sources and Evidence',
        description: 'Choice and use of sources to support ideas.',
        levels: [
          'Attempts to use sources to support ideas.',
          'Uses sources to support ideas that suit the discipline and genre.',
          'Uses credible, relevant sources to support ideas situated within the discipline.',
          'Skilfully uses high-quality, credible, relevant sources to develop ideas appropriate to the discipline.',
        ],
      },
      {
        name: 'Control of Syntax and Mechanics',
        description: 'Grammar, usage, spelling and sentence structure in service of meaning.',
        levels: [
          'Language sometimes impedes meaning because of errors in usage.',
          'Language generally conveys meaning to readers, with some errors.',
          'Straightforward language conveys meaning clearly; the writing has few errors.',
          'Graceful language communicates meaning with clarity and fluency and is virtually error-free.',
        ],
      },
    ],
  },
  {
    code: 'OC',
    name: 'Oral Communication',
    slug: 'oral-communication',
    issuer: 'academic',
    description: 'Prepared, purposeful presentations designed to inform, persuade or foster understanding.',
    achievementDescription:
      'Recognises a Northbridge student who gives organised, well-supported presentations with a clear central message, apt language and confident delivery, rated proficient or higher on every criterion of the Oral Communication VALUE rubric.',
    expiryMonths: 36,
    criteria: [
      {
        name: 'Organization',
        description: 'Introduction, sequenced material, transitions and conclusion.',
        levels: [
          'An organisational pattern is not observable within the presentation.',
          'An organisational pattern is intermittently observable.',
          'A clear organisational pattern is consistently observable.',
          'A clear, consistent organisational pattern makes the content cohesive.',
        ],
      },
      {
        name: 'Language',
        description: 'Vocabulary, terminology and sentence structure suited to the audience.',
        levels: [
          'Language choices are unclear and minimally support the presentation.',
          'Language choices are mundane and commonplace but partially support the presentation.',
          'Language choices are thoughtful and generally support the presentation.',
          'Language choices are imaginative, memorable and compelling.',
        ],
      },
      {
        name: 'Delivery',
        description: 'Posture, gesture, eye contact and vocal expressiveness.',
        levels: [
          'Delivery detracts from understanding; the speaker appears uncomfortable.',
          'Delivery makes the presentation understandable; the speaker appears tentative.',
          'Delivery makes the presentation interesting; the speaker appears comfortable.',
          'Delivery makes the presentation compelling; the speaker appears polished and confident.',
        ],
      },
      {
        name: 'Supporting Material',
        description: 'Explanations, examples, statistics and quotations from authorities.',
        levels: [
          'Insufficient supporting material minimally supports the presentation.',
          'Supporting material makes appropriate reference to information that partially supports the presentation.',
          'Supporting material generally supports the presentation and establishes credibility.',
          'A variety of supporting material significantly supports the presentation and its authority.',
        ],
      },
      {
        name: 'Central Message',
        description: 'The main point or thesis of the presentation.',
        levels: [
          'The central message can be deduced but is not explicitly stated.',
          'The central message is basically understandable but not often repeated or memorable.',
          'The central message is clear and consistent with the supporting material.',
          'The central message is compelling, precisely stated, repeated and strongly supported.',
        ],
      },
    ],
  },
  {
    code: 'TW',
    name: 'Teamwork',
    slug: 'teamwork',
    issuer: 'studentLife',
    description: 'Effort put into team tasks, interaction with others and contribution to team discussion.',
    achievementDescription:
      'Recognises a Northbridge student who contributes to team work, helps others contribute, builds a constructive climate and addresses conflict, rated proficient or higher on every criterion of the Teamwork VALUE rubric.',
    expiryMonths: 24,
    criteria: [
      {
        name: 'Contributes to Team Meetings',
        description: 'Sharing ideas and suggesting solutions in team meetings.',
        levels: [
          'Shares ideas but does not advance the work of the group.',
          'Offers new suggestions to advance the work of the group.',
          'Offers alternative solutions or courses of action that build on the ideas of others.',
          'Helps the team move forward by articulating the merits of alternative ideas or proposals.',
        ],
      },
      {
        name: 'Facilitates the Contributions of Team Members',
        description: 'Engaging team members so that all voices are heard.',
        levels: [
          'Engages team members by taking turns and listening without interrupting.',
          'Engages team members by restating their views and asking questions for clarification.',
          'Engages team members by building on or synthesising their contributions.',
          'Engages team members constructively, building on contributions and inviting others to engage.',
        ],
      },
      {
        name: 'Individual Contributions Outside of Team Meetings',
        description: 'Completing assigned tasks on time and to a high standard.',
        levels: [
          'Completes all assigned tasks by the deadline.',
          'Completes assigned tasks by the deadline; the work advances the project.',
          'Completes assigned tasks on time with thorough, comprehensive work that advances the project.',
          'Completes thorough, comprehensive work on time and proactively helps other members do the same.',
        ],
      },
      {
        name: 'Fosters Constructive Team Climate',
        description: 'Respectful communication, a positive attitude and encouragement of others.',
        levels: [
          'Supports a constructive team climate in one way.',
          'Supports a constructive team climate in two ways.',
          'Supports a constructive team climate in three ways.',
          'Supports a constructive team climate in every way: respect, a positive tone, motivation and help.',
        ],
      },
      {
        name: 'Responds to Conflict',
        description: 'Addressing disagreement in ways that strengthen the team.',
        levels: [
          'Passively accepts alternative viewpoints or ideas.',
          'Redirects focus towards common ground and the task at hand, away from conflict.',
          'Identifies and acknowledges conflict and stays engaged with it.',
          'Addresses destructive conflict directly and constructively, helping to manage or resolve it.',
        ],
      },
    ],
  },
  {
    code: 'CT',
    name: 'Critical Thinking',
    slug: 'critical-thinking',
    issuer: 'academic',
    description: 'Comprehensive exploration of issues, ideas, artefacts and events before accepting or forming an opinion.',
    achievementDescription:
      'Recognises a Northbridge student who explains issues, weighs evidence and assumptions, takes a reasoned position and draws sound conclusions, rated proficient or higher on every criterion of the Critical Thinking VALUE rubric.',
    expiryMonths: null,
    criteria: [
      {
        name: 'Explanation of Issues',
        description: 'Stating and describing the problem or issue to be considered critically.',
        levels: [
          'The issue is stated without clarification or description.',
          'The issue is stated, but the description leaves some terms undefined or ambiguities unexplored.',
          'The issue is stated, described and clarified so that understanding is not seriously impeded.',
          'The issue is stated clearly and described comprehensively, with all relevant information.',
        ],
      },
      {
        name: 'Evidence',
        description: 'Selecting and using information to investigate a point of view or conclusion.',
        levels: [
          'Information is taken from sources without interpretation or evaluation.',
          'Information is taken with some interpretation or evaluation, but not enough for a coherent analysis.',
          'Information is taken with enough interpretation or evaluation to develop a coherent analysis.',
          'Information is interpreted and evaluated thoroughly enough to develop a comprehensive analysis.',
        ],
      },
      {
        name: 'Influence of Context and Assumptions',
        description: 'Awareness of one’s own and others’ assumptions and of the relevant contexts.',
        levels: [
          'Shows an emerging awareness of present assumptions.',
          'Questions some assumptions and identifies several relevant contexts.',
          'Identifies own and others’ assumptions and several relevant contexts when presenting a position.',
          'Thoroughly analyses own and others’ assumptions and carefully evaluates the relevance of contexts.',
        ],
      },
      {
        name: 'Student’s Position',
        description: 'The perspective, thesis or hypothesis the student takes.',
        levels: [
          'The position is stated but is simplistic and obvious.',
          'The position acknowledges different sides of an issue.',
          'The position takes into account the complexities of an issue.',
          'The position is imaginative, weighs the complexities of the issue and acknowledges its limits.',
        ],
      },
      {
        name: 'Conclusions and Related Outcomes',
        description: 'Implications and consequences that follow from the analysis.',
        levels: [
          'The conclusion is inconsistently tied to some of the information discussed.',
          'The conclusion is logically tied to information, with some related outcomes identified clearly.',
          'The conclusion follows logically from a range of information, including opposing viewpoints.',
          'Conclusions and outcomes are logical and reflect informed evaluation and the ability to prioritise evidence.',
        ],
      },
    ],
  },
];

export const TERMS = [
  { key: 'FA25', code: 'FA25', name: 'Fall 2025', startsOn: '2025-08-25', endsOn: '2025-12-19' },
  { key: 'SP26', code: 'SP26', name: 'Spring 2026', startsOn: '2026-01-12', endsOn: '2026-05-08' },
] as const;
export type TermKey = (typeof TERMS)[number]['key'];

export const PROGRAMMES = [
  { key: 'FR', code: 'FR-BA', name: 'B.A. in French', description: 'French language, Francophone literatures and cultures, translation and film.' },
  { key: 'ADF', code: 'ADF', name: 'Art & Design Foundations', description: 'First-year studio foundations in drawing, 2D and 3D design, colour and visual culture.' },
] as const;
export type ProgrammeKey = (typeof PROGRAMMES)[number]['key'];

/** Cohorts and the share of learners in each (the shares sum to 1). */
export const COHORTS = [
  { key: 'FR25', programme: 'FR', entryTerm: 'FA25', name: 'FR-BA 2025 entry', share: 0.4 },
  { key: 'ADF25', programme: 'ADF', entryTerm: 'FA25', name: 'ADF 2025 entry', share: 0.35 },
  { key: 'FR26', programme: 'FR', entryTerm: 'SP26', name: 'FR-BA Spring 2026 entry', share: 0.13 },
  { key: 'ADF26', programme: 'ADF', entryTerm: 'SP26', name: 'ADF Spring 2026 entry', share: 0.12 },
] as const satisfies readonly { key: string; programme: ProgrammeKey; entryTerm: TermKey; name: string; share: number }[];
export type CohortKey = (typeof COHORTS)[number]['key'];

export interface DemoExperience {
  key: string;
  term: TermKey;
  programme: ProgrammeKey | null;
  code: string;
  title: string;
  description: string;
  /** Skills its evidence is assessed against. */
  skills: readonly SkillCode[];
  /** Staff keys of its assessors. */
  assessors: readonly string[];
  /** Titles learners give their evidence. */
  artefacts: readonly string[];
}

export const EXPERIENCES: readonly DemoExperience[] = [
  { key: 'FREN2010-1', term: 'FA25', programme: 'FR', code: 'FREN 2010-001', title: 'Intermediate French I', description: 'Reading, writing and speaking French at the intermediate level.', skills: ['WC', 'OC'], assessors: ['assessor', 'girard'], artefacts: ['Rédaction : mon quartier', 'Oral presentation: a Paris neighbourhood', 'Journal de bord', 'Lettre formelle'] },
  { key: 'FREN2010-2', term: 'FA25', programme: 'FR', code: 'FREN 2010-002', title: 'Intermediate French I', description: 'Reading, writing and speaking French at the intermediate level.', skills: ['WC', 'OC'], assessors: ['girard'], artefacts: ['Rédaction : mon quartier', 'Exposé oral', 'Journal de bord', 'Compte rendu de lecture'] },
  { key: 'FREN3020', term: 'FA25', programme: 'FR', code: 'FREN 3020-001', title: 'Francophone Literature', description: 'Novels, poetry and theatre from Québec, the Caribbean, West Africa and the Maghreb.', skills: ['WC', 'CT'], assessors: ['assessor'], artefacts: ['Essai : la mémoire chez Maryse Condé', 'Close reading of Aimé Césaire', 'Commentaire de texte : Assia Djebar', 'Dossier critique'] },
  { key: 'FREN3110', term: 'FA25', programme: 'FR', code: 'FREN 3110-001', title: 'French Conversation and Phonetics', description: 'Pronunciation, intonation and spontaneous conversation.', skills: ['OC'], assessors: ['assessor'], artefacts: ['Recorded debate on urban cycling', 'Débat enregistré', 'Phonetics self-assessment'] },
  { key: 'ADF1010-1', term: 'FA25', programme: 'ADF', code: 'ADF 1010-001', title: 'Drawing Studio I', description: 'Observational drawing, line, value and composition.', skills: ['CT', 'OC'], assessors: ['tanaka'], artefacts: ['Charcoal figure studies', 'Studio critique notes', 'Value study portfolio', 'Still life in graphite'] },
  { key: 'ADF1010-2', term: 'FA25', programme: 'ADF', code: 'ADF 1010-002', title: 'Drawing Studio I', description: 'Observational drawing, line, value and composition.', skills: ['CT', 'OC'], assessors: ['solberg'], artefacts: ['Charcoal figure studies', 'Studio critique notes', 'Perspective drawings'] },
  { key: 'ADF1120', term: 'FA25', programme: 'ADF', code: 'ADF 1120-001', title: '2D Design and Colour', description: 'Colour theory and two-dimensional composition in group and individual projects.', skills: ['TW', 'CT'], assessors: ['solberg'], artefacts: ['Colour interaction studies', 'Group poster series', 'Design process journal'] },
  { key: 'ADF1500', term: 'FA25', programme: 'ADF', code: 'ADF 1500-001', title: 'Visual Culture and Critique', description: 'Writing and speaking about images, objects and exhibitions.', skills: ['WC', 'CT'], assessors: ['nwosu'], artefacts: ['Exhibition review', 'Visual analysis essay', 'Museum visit reflection'] },
  { key: 'WRIT-FA', term: 'FA25', programme: null, code: 'CC-WRITING-FELLOWS', title: 'Peer Writing Fellows', description: 'Trained peer tutors supporting writers in the Writing Centre.', skills: ['WC', 'TW'], assessors: ['goldberg'], artefacts: ['Tutoring session log', 'Reflection on a difficult session', 'Workshop handout'] },
  { key: 'DEBATE-FA', term: 'FA25', programme: null, code: 'CC-DEBATE', title: 'Northbridge Debate Society', description: 'Weekly parliamentary debate practice and regional tournaments.', skills: ['OC', 'CT', 'TW'], assessors: ['assessor', 'alvarez'], artefacts: ['Tournament round recording', 'Case file: housing policy', 'Debate reflection'] },
  { key: 'FREN2020', term: 'SP26', programme: 'FR', code: 'FREN 2020-001', title: 'Intermediate French II', description: 'Continuation of FREN 2010: argumentation, narration and formal registers.', skills: ['WC', 'OC'], assessors: ['assessor', 'girard'], artefacts: ['Dissertation argumentative', 'Exposé : la Francophonie', 'Portfolio de lectures'] },
  { key: 'FREN3050', term: 'SP26', programme: 'FR', code: 'FREN 3050-001', title: 'Translation Workshop', description: 'Translating literary and professional texts between French and English.', skills: ['WC', 'CT'], assessors: ['girard'], artefacts: ['Annotated translation: Colette', 'Translation commentary', 'Glossaire commenté'] },
  { key: 'FREN3200', term: 'SP26', programme: 'FR', code: 'FREN 3200-001', title: 'Cinéma francophone', description: 'Film history and analysis from the Nouvelle Vague to contemporary Senegalese and Québécois cinema.', skills: ['CT', 'OC'], assessors: ['assessor'], artefacts: ['Analyse de séquence : Sembène', 'Film presentation: Xavier Dolan', 'Critique de film'] },
  { key: 'ADF1020', term: 'SP26', programme: 'ADF', code: 'ADF 1020-001', title: 'Drawing Studio II', description: 'Extended drawing projects, mixed media and the critique.', skills: ['CT', 'OC'], assessors: ['tanaka'], artefacts: ['Mixed-media self-portrait', 'Final critique presentation', 'Sketchbook selections'] },
  { key: 'ADF1210', term: 'SP26', programme: 'ADF', code: 'ADF 1210-001', title: '3D Design and Materials', description: 'Form, space and material exploration in wood, card and found objects.', skills: ['TW', 'CT'], assessors: ['solberg'], artefacts: ['Group installation proposal', 'Material experiments log', 'Cardboard chair build'] },
  { key: 'ADF1600', term: 'SP26', programme: 'ADF', code: 'ADF 1600-001', title: 'Design Collaborative', description: 'Teams design for a community partner, from brief to public presentation.', skills: ['TW', 'OC'], assessors: ['tanaka', 'nwosu'], artefacts: ['Client pitch deck', 'Team retrospective', 'Community partner presentation'] },
  { key: 'DEBATE-SP', term: 'SP26', programme: null, code: 'CC-DEBATE', title: 'Northbridge Debate Society', description: 'Weekly parliamentary debate practice and the spring championship.', skills: ['OC', 'CT', 'TW'], assessors: ['assessor', 'alvarez'], artefacts: ['Championship semi-final recording', 'Case file: climate adaptation', 'Judge feedback reflection'] },
  { key: 'ABROAD', term: 'SP26', programme: null, code: 'CC-STUDY-ABROAD-PREP', title: 'Study Abroad Preparation Workshop', description: 'Intercultural preparation for a semester in Lyon, Dakar or Montréal.', skills: ['OC', 'WC'], assessors: ['goldberg'], artefacts: ['Intercultural learning plan', 'Host-family letter', 'Pre-departure presentation'] },
  { key: 'GALLERY', term: 'SP26', programme: null, code: 'CC-GALLERY', title: 'Student Gallery Exhibition', description: 'Students curate, install and present the annual juried exhibition.', skills: ['TW', 'OC'], assessors: ['nwosu', 'goldberg'], artefacts: ['Curatorial statement', 'Installation plan', 'Opening-night gallery talk'] },
  { key: 'WRIT-SP', term: 'SP26', programme: null, code: 'CC-WRITING-FELLOWS', title: 'Peer Writing Fellows', description: 'Trained peer tutors supporting writers in the Writing Centre.', skills: ['WC', 'TW'], assessors: ['goldberg'], artefacts: ['Tutoring session log', 'Workshop on thesis statements', 'End-of-year reflection'] },
];

/** Programme courses a learner takes per term (one of each group), and co-curricular chances. */
export const PLAN: Record<ProgrammeKey, Record<TermKey, readonly (readonly string[])[]>> = {
  FR: { FA25: [['FREN2010-1', 'FREN2010-2'], ['FREN3020'], ['FREN3110']], SP26: [['FREN2020'], ['FREN3050', 'FREN3200']] },
  ADF: { FA25: [['ADF1010-1', 'ADF1010-2'], ['ADF1120'], ['ADF1500']], SP26: [['ADF1020'], ['ADF1210'], ['ADF1600']] },
};

export const CO_CURRICULAR: Record<ProgrammeKey, Record<string, number>> = {
  FR: { 'DEBATE-FA': 0.3, 'DEBATE-SP': 0.3, ABROAD: 0.35, 'WRIT-FA': 0.12, 'WRIT-SP': 0.12, GALLERY: 0.05 },
  ADF: { 'DEBATE-FA': 0.12, 'DEBATE-SP': 0.12, ABROAD: 0.08, 'WRIT-FA': 0.06, 'WRIT-SP': 0.06, GALLERY: 0.45 },
};

export type DemoRole = 'assessor' | 'advisor' | 'issuer_admin' | 'institution_admin';

export interface DemoStaff {
  key: string;
  displayName: string;
  givenName: string;
  familyName: string;
  email: string;
  roles: readonly DemoRole[];
  /** Demo accounts sign in with the demo password; other staff are SSO-only. */
  signsIn: boolean;
  advises?: readonly CohortKey[];
}

export const DEMO_PASSWORD = 'openclr-demo';

export const STAFF: readonly DemoStaff[] = [
  { key: 'assessor', displayName: 'Élise Moreau', givenName: 'Élise', familyName: 'Moreau', email: 'assessor@northbridge.edu', roles: ['assessor'], signsIn: true },
  { key: 'advisor', displayName: 'Marcus Okafor', givenName: 'Marcus', familyName: 'Okafor', email: 'advisor@northbridge.edu', roles: ['advisor'], signsIn: true, advises: ['FR25', 'ADF25'] },
  { key: 'issuer', displayName: 'Priya Raman', givenName: 'Priya', familyName: 'Raman', email: 'issuer@northbridge.edu', roles: ['issuer_admin'], signsIn: true },
  { key: 'admin', displayName: 'Jordan Ellis', givenName: 'Jordan', familyName: 'Ellis', email: 'admin@northbridge.edu', roles: ['institution_admin'], signsIn: true },
  { key: 'girard', displayName: 'Sébastien Girard', givenName: 'Sébastien', familyName: 'Girard', email: 'sebastien.girard@northbridge.edu', roles: ['assessor'], signsIn: false },
  { key: 'tanaka', displayName: 'Hiroshi Tanaka', givenName: 'Hiroshi', familyName: 'Tanaka', email: 'hiroshi.tanaka@northbridge.edu', roles: ['assessor'], signsIn: false },
  { key: 'solberg', displayName: 'Ingrid Solberg', givenName: 'Ingrid', familyName: 'Solberg', email: 'ingrid.solberg@northbridge.edu', roles: ['assessor'], signsIn: false },
  { key: 'nwosu', displayName: 'Amara Nwosu', givenName: 'Amara', familyName: 'Nwosu', email: 'amara.nwosu@northbridge.edu', roles: ['assessor'], signsIn: false },
  { key: 'goldberg', displayName: 'Rachel Goldberg', givenName: 'Rachel', familyName: 'Goldberg', email: 'rachel.goldberg@northbridge.edu', roles: ['assessor'], signsIn: false },
  { key: 'alvarez', displayName: 'Diego Álvarez', givenName: 'Diego', familyName: 'Álvarez', email: 'diego.alvarez@northbridge.edu', roles: ['assessor'], signsIn: false },
  { key: 'alsayed', displayName: 'Fatima Al-Sayed', givenName: 'Fatima', familyName: 'Al-Sayed', email: 'fatima.alsayed@northbridge.edu', roles: ['advisor'], signsIn: false, advises: ['FR26', 'ADF26'] },
];

/** The demo learner: fixed name, cohort, courses and skill trajectory so that the walk-through always looks the same. */
export const DEMO_LEARNER = {
  givenName: 'Camille',
  familyName: 'Laurent',
  email: 'learner@northbridge.edu',
  cohort: 'FR25' as CohortKey,
  experiences: ['FREN2010-1', 'FREN3020', 'FREN3110', 'DEBATE-FA', 'FREN2020', 'FREN3200', 'ABROAD', 'DEBATE-SP'],
  /** Starting level and growth per month, per skill: WC and CT cross "proficient" in spring, OC and TW get close. */
  ability: { WC: [2.3, 0.22], OC: [2.0, 0.12], TW: [1.9, 0.1], CT: [2.2, 0.2] } as Record<SkillCode, [number, number]>,
};

/** A given name with the ASCII form used in e-mail addresses. */
export type NamePart = readonly [display: string, ascii: string];

export const GIVEN_NAMES: readonly NamePart[] = [
  ['Zoë', 'zoe'], ['Håkon', 'hakon'], ['José', 'jose'], ['Amélie', 'amelie'], ['Liam', 'liam'], ['Olivia', 'olivia'],
  ['Noah', 'noah'], ['Emma', 'emma'], ['Mateo', 'mateo'], ['Sofía', 'sofia'], ['Aisha', 'aisha'], ['Omar', 'omar'],
  ['Chloé', 'chloe'], ['Hugo', 'hugo'], ['Léa', 'lea'], ['Malik', 'malik'], ['Priya', 'priya'], ['Arjun', 'arjun'],
  ['Mei', 'mei'], ['Kenji', 'kenji'], ['Fatoumata', 'fatoumata'], ['Kwame', 'kwame'], ['Björn', 'bjorn'], ['Siobhán', 'siobhan'],
  ['Nikolai', 'nikolai'], ['Ana', 'ana'], ['Gabriel', 'gabriel'], ['Isabella', 'isabella'], ['Ethan', 'ethan'], ['Maya', 'maya'],
  ['Yusuf', 'yusuf'], ['Leila', 'leila'], ['Thảo', 'thao'], ['Minh', 'minh'], ['Dylan', 'dylan'], ['Grace', 'grace'],
  ['Théo', 'theo'], ['Inès', 'ines'], ['Santiago', 'santiago'], ['Valentina', 'valentina'], ['Oluwaseun', 'oluwaseun'], ['Ngozi', 'ngozi'],
  ['Jonas', 'jonas'], ['Astrid', 'astrid'], ['Rafael', 'rafael'], ['Camila', 'camila'], ['Samuel', 'samuel'], ['Hannah', 'hannah'],
  ['Tomás', 'tomas'], ['Chiara', 'chiara'], ['Jamal', 'jamal'], ['Imani', 'imani'], ['Ravi', 'ravi'], ['Ananya', 'ananya'],
  ['Lukas', 'lukas'], ['Noémie', 'noemie'], ['Aarav', 'aarav'], ['Elif', 'elif'], ['Mohammed', 'mohammed'], ['Sara', 'sara'],
];

export const FAMILY_NAMES: readonly NamePart[] = [
  ['Martin', 'martin'], ['Nguyễn', 'nguyen'], ['García', 'garcia'], ['Smith', 'smith'], ['Johnson', 'johnson'], ['Dubois', 'dubois'],
  ['Müller', 'muller'], ['Rossi', 'rossi'], ['Kowalski', 'kowalski'], ['Haddad', 'haddad'], ['Okonkwo', 'okonkwo'], ['Diallo', 'diallo'],
  ['Patel', 'patel'], ['Singh', 'singh'], ['Kim', 'kim'], ['Tanaka', 'tanaka'], ['Andersson', 'andersson'], ['Larsen', 'larsen'],
  ['Hernández', 'hernandez'], ['López', 'lopez'], ['Brown', 'brown'], ['Williams', 'williams'], ['Lefèvre', 'lefevre'], ['Girard', 'girard'],
  ['Côté', 'cote'], ['Tremblay', 'tremblay'], ['Mensah', 'mensah'], ['Abara', 'abara'], ['Şahin', 'sahin'], ['Yılmaz', 'yilmaz'],
  ['Ó Briain', 'obriain'], ['Novak', 'novak'], ['Ivanova', 'ivanova'], ['Papadopoulos', 'papadopoulos'], ['Cohen', 'cohen'], ['Silva', 'silva'],
  ['Santos', 'santos'], ['Pereira', 'pereira'], ['Jensen', 'jensen'], ['Fischer', 'fischer'], ['Moreau', 'moreau'], ['Fontaine', 'fontaine'],
  ['Ahmed', 'ahmed'], ['Hassan', 'hassan'], ['Chowdhury', 'chowdhury'], ['Reyes', 'reyes'], ['Wright', 'wright'], ['Taylor', 'taylor'],
];

/** Names written in a non-Latin script, with their romanisation for e-mail addresses. */
export const NON_LATIN_NAMES: readonly { given: NamePart; family: NamePart; displayName: string }[] = [
  { given: ['静', 'jing'], family: ['陈', 'chen'], displayName: '陈静' },
  { given: ['伟', 'wei'], family: ['王', 'wang'], displayName: '王伟' },
  { given: ['美咲', 'misaki'], family: ['佐藤', 'sato'], displayName: '佐藤美咲' },
  { given: ['민준', 'minjun'], family: ['김', 'kim'], displayName: '김민준' },
  { given: ['ليلى', 'layla'], family: ['حداد', 'haddad'], displayName: 'ليلى حداد' },
  { given: ['Ελένη', 'eleni'], family: ['Παπαδοπούλου', 'papadopoulou'], displayName: 'Ελένη Παπαδοπούλου' },
  { given: ['Анна', 'anna'], family: ['Смирнова', 'smirnova'], displayName: 'Анна Смирнова' },
  { given: ['अनन्या', 'ananya'], family: ['शर्मा', 'sharma'], displayName: 'अनन्या शर्मा' },
];

export const NARRATIVE_OPENINGS = [
  'In this piece I tried to',
  'Looking back on this work, I',
  'The feedback from my peers helped me',
  'This was the first time I',
  'For this assignment I chose to',
  'Working on this made me realise that I',
] as const;

export const NARRATIVE_ENDINGS = [
  'organise my argument around one clear idea before adding examples.',
  'listen more carefully to my teammates and build on their suggestions.',
  'question my first reading and look for evidence that contradicted it.',
  'speak more slowly and use my notes less during the presentation.',
  'revise the draft twice, focusing on transitions and sources.',
  'plan the group’s schedule so that everyone could contribute.',
] as const;

export const ASSESSMENT_COMMENTS = [
  'Clear progress since your last submission: keep building on the structure you used here.',
  'Strong ideas; the supporting evidence needs to be more specific.',
  'Très bien — précis et bien organisé.',
  'Good work overall. Look again at the criteria rated at Milestone 2.',
  'An ambitious piece. Work on your conclusion and on tying it back to your sources.',
  null,
  null,
] as const;

export const SUSPENSION_REASONS = [
  'Academic integrity review in progress (case AI-2026-031).',
  'Suspended at the learner’s request while an assessment appeal is heard.',
] as const;

export const REVOCATION_REASONS = [
  'Issued in error: the assessment was recorded against the wrong learner.',
  'Revoked after an academic integrity finding (case AI-2026-017).',
] as const;

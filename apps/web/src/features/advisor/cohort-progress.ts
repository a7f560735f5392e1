import type { CohortProgressRowFieldsFragment } from '../../gql/graphql';
import { plural } from '../../ui/format';

export type CohortCell = CohortProgressRowFieldsFragment['cells'][number];

/**
 * The row's cells in the order of the given skill columns. The server sends them in `Cohort.skills` order;
 * matching by skill id keeps the table right even if that ever changes, and shows a gap as null.
 */
export function alignCells(skills: readonly { id: string }[], cells: readonly CohortCell[]): (CohortCell | null)[] {
  const bySkill = new Map(cells.map((c) => [c.skill.id, c]));
  return skills.map((s) => bySkill.get(s.id) ?? null);
}

export interface CohortCellView {
  /** Level name with its number, e.g. "Milestone 3"; "—" when never assessed. */
  level: string;
  /** Heat-map step: 0 (not assessed) … 4 (capstone or above). */
  tone: 0 | 1 | 2 | 3 | 4;
  earned: number;
  assessments: number;
  /** The whole cell as one sentence for screen readers. */
  description: string;
}

export function cohortCellView(cell: CohortCell | null): CohortCellView {
  if (!cell || (cell.bestLevel == null && cell.assessmentCount === 0 && cell.earnedCount === 0)) {
    return { level: '—', tone: 0, earned: 0, assessments: 0, description: 'Not yet assessed' };
  }
  const level = cell.bestLevel == null ? '—' : `${cell.bestLevelName ?? 'Level'} ${cell.bestLevel}`;
  const tone = (cell.bestLevel == null ? 0 : Math.min(4, Math.max(1, cell.bestLevel))) as CohortCellView['tone'];
  const best = cell.bestLevel == null ? 'no level yet' : `best level ${level}`;
  return {
    level,
    tone,
    earned: cell.earnedCount,
    assessments: cell.assessmentCount,
    description: `${best}, ${plural(cell.earnedCount, 'badge')} earned, ${plural(cell.assessmentCount, 'assessment')}`,
  };
}

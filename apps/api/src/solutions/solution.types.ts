export const SOLUTION_STATUSES = ['proposed', 'piloting', 'established', 'discontinued'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** A solution approach as stored, mapped to plain data at the repository edge. */
export interface SolutionApproachRecord {
  id: string;
  title: string;
  description: string | null;
  status: SolutionStatus;
  /** Whole percent, 0–100. */
  progress: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface SolutionProperties {
  title: string;
  description: string | null;
  status: SolutionStatus;
  progress: number;
}

/** The editable state of a solution approach, links as sorted ids, as its history compares it. */
export interface SolutionSnapshot extends SolutionProperties {
  challengeIds: string[];
  carrierIds: string[];
}

export interface SolutionFilter {
  challengeIds?: string[] | null;
  actionFieldIds?: string[] | null;
  actorIds?: string[] | null;
  status?: SolutionStatus[] | null;
  /** Only approaches no actor carries (a gap). */
  withoutCarrier?: boolean | null;
  text?: string | null;
}

export function solutionProperties(record: SolutionProperties): SolutionProperties {
  const { title, description, status, progress } = record;
  return { title, description, status, progress };
}

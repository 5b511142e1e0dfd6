/** A good-practice example as stored, mapped to plain data at the repository edge. */
export interface GoodPracticeRecord {
  id: string;
  title: string;
  description: string | null;
  url: string | null;
  year: number | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface GoodPracticeProperties {
  title: string;
  description: string | null;
  url: string | null;
  year: number | null;
}

/** The editable state of a good practice, links as sorted ids, as its history compares it. */
export interface GoodPracticeSnapshot extends GoodPracticeProperties {
  solutionApproachIds: string[];
  practisedByIds: string[];
}

export interface GoodPracticeFilter {
  solutionApproachIds?: string[] | null;
  actorIds?: string[] | null;
  text?: string | null;
}

export function goodPracticeProperties(record: GoodPracticeProperties): GoodPracticeProperties {
  const { title, description, url, year } = record;
  return { title, description, url, year };
}

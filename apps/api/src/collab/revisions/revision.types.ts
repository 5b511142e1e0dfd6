/** A revision as lists show it: when, whether someone named it, who wrote what it holds. */
export interface RevisionRecord {
  id: string;
  guidelineId: string;
  at: string;
  /** Given by a person („benannter Stand“); null for an automatic snapshot. */
  name: string | null;
  /** Display names of those whose edits went into it since the revision before (accounts still there). */
  authorNames: string[];
  /** Who named it; null for an automatic snapshot. */
  createdBy: string | null;
  createdByName: string | null;
}

/** One revision with its text, to view it, compare it with the current text, or restore it. */
export interface RevisionContent extends RevisionRecord {
  /** ProseMirror JSON of the body, as text. */
  json: string;
  text: string;
  /** Who created the guideline (ownership for the write policy). */
  guidelineCreatedBy: string | null;
}

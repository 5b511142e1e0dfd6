/** A template (Vorlage) a new guideline can start from: a body as ProseMirror JSON. */
export interface TemplateRecord {
  id: string;
  name: string;
  description: string | null;
  /** ProseMirror JSON of the body, as text. */
  json: string;
  createdAt: string;
  /** An account's id, or `system` for the seeded templates. */
  createdBy: string | null;
  createdByName: string | null;
}

/** A published version (Fassung) of a guideline: frozen text with its number and date („Stand“). */
export interface VersionRecord {
  guidelineId: string;
  number: number;
  /** The guideline's title when it was published. */
  title: string;
  publishedAt: string;
  publishedBy: string | null;
  publishedByName: string | null;
}

/** The latest version and whether the live text has moved on since (the draft of the next one). */
export interface LatestVersion extends VersionRecord {
  draftDiffers: boolean;
}

export interface VersionContent extends VersionRecord {
  /** ProseMirror JSON of the body, as text. */
  json: string;
  text: string;
}

/** A comment as the repository returns it. */
export interface CommentRecord {
  id: string;
  body: string;
  /** Base64 of two Yjs relative positions (start, end); null for a reply or an unanchored comment. */
  anchor: string | null;
  quote: string | null;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedByName: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  authorName: string | null;
  guidelineId: string | null;
  replyToId: string | null;
}

/** A thread: the anchored comment and its replies, oldest first. */
export interface CommentThreadRecord extends CommentRecord {
  replies: CommentRecord[];
}

/** An account someone can mention. */
export interface MentionableAccount {
  id: string;
  displayName: string;
}

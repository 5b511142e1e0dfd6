/**
 * Why the collaboration server closed a socket: the close code, and the key below as the close reason.
 * Reconnecting would be refused the same way, so a client stops reconnecting on any of them; only after
 * TOO_MANY_CLIENTS may it try again a while later. The web maps the reason to a German or English text.
 */
export const COLLAB_CLOSE = {
  /** The address names no guideline id or no schema version. */
  BAD_REQUEST: 4400,
  /** `?v=` is not EDITOR_SCHEMA_VERSION: the page must be reloaded. */
  OUTDATED_SCHEMA: 4400,
  /** No session, or it ended (signed out, revoked, expired, account disabled). */
  UNAUTHENTICATED: 4401,
  /** The account may not open this guideline (or its role no longer allows it). */
  FORBIDDEN: 4403,
  /** A read-only socket kept sending updates (more than 10), which are dropped. */
  READ_ONLY: 4403,
  /** No guideline with this id, or it is in the Papierkorb. */
  NOT_FOUND: 4404,
  /** A frame larger than 4 MiB, or the document stays above its size limit after compaction. */
  TOO_LARGE: 4413,
  /** More than 100 clients on this document. */
  TOO_MANY_CLIENTS: 4429,
} as const;

export type CollabCloseReason = keyof typeof COLLAB_CLOSE;

/** The reason of a close event if it is one of ours, else null (a network drop, a server restart). */
export function collabCloseReason(reason: string): CollabCloseReason | null {
  return Object.hasOwn(COLLAB_CLOSE, reason) ? (reason as CollabCloseReason) : null;
}

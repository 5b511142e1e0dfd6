/**
 * Who may write a guideline's text in this slice: every signed-in account while it is a draft or in
 * review; a published guideline is read-only for everybody (edits that start the next draft come with
 * the versions). Reading needs only a session.
 */
export function textEditable(status: string): boolean {
  return status === 'draft' || status === 'review';
}

import { GUIDELINE_STATUSES } from '../guidelines/guideline.types.js';

/**
 * Who may write a guideline's live text: every signed-in account, in every workflow status. Publishing
 * does not lock the text: it freezes a numbered version (`GuidelineVersion`, readable by every member),
 * and what is written afterwards is the draft of the next version. Reading needs only a session.
 */
export function textEditable(status: string): boolean {
  return (GUIDELINE_STATUSES as readonly string[]).includes(status);
}

// What other features use of the guidelines: the „Erwähnt in Leitfäden“ card for a thing's page.
export { MentionedIn, type MentionedKind } from './components/MentionedIn';

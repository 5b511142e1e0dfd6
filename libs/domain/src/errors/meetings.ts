import { type LocalizedText, type Refusal, refusal } from './domain-error.js';

/** Why a meeting, agenda item or action item is refused, besides the common reasons (REASONS). */
export const MEETING_REASONS = {
  INVALID_TIME: 'INVALID_TIME',
  END_BEFORE_START: 'END_BEFORE_START',
  OTHER_MEETING: 'OTHER_MEETING',
  FEED_REVOKED: 'FEED_REVOKED',
} as const;

/** Their messages. */
export const MEETING_REFUSALS = {
  invalidTime: (label: LocalizedText): Refusal =>
    refusal(
      MEETING_REASONS.INVALID_TIME,
      `${label.de} muss Datum und Uhrzeit angeben (JJJJ-MM-TTTHH:MM, deutsche Zeit).`,
      `${label.en} must give a date and time (YYYY-MM-DDTHH:MM, German time).`,
    ),
  endBeforeStart: (): Refusal =>
    refusal(
      MEETING_REASONS.END_BEFORE_START,
      'Das Treffen muss nach seinem Beginn enden.',
      'The meeting must end after it starts.',
    ),
  /** An action item's agenda item must be on the meeting the item is raised at. */
  otherMeeting: (): Refusal =>
    refusal(
      MEETING_REASONS.OTHER_MEETING,
      'Der Tagesordnungspunkt gehört zu einem anderen Treffen.',
      'The agenda item belongs to another meeting.',
    ),
  feedRevoked: (): Refusal =>
    refusal(
      MEETING_REASONS.FEED_REVOKED,
      'Dieser Kalender-Link gilt nicht (mehr). Erzeugen Sie im Profil einen neuen.',
      'This calendar link is not valid (any more). Create a new one in your profile.',
    ),
};

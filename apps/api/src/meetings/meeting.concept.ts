import type { ConceptDefinition } from '../store/write/concept.js';

/** A meeting as every query returns it (agenda, action items and attendees are fields of their own). */
export const meetingProjection = (n: string) =>
  `${n} { .id, .kind, .title, .startsAt, .endsAt, .place, .minutes, revision: coalesce(${n}.revision, 1),
    .createdAt, .updatedAt, .createdBy, .updatedBy,
    attendeeIds: COLLECT { MATCH (a:Actor)-[:ATTENDED]->(${n}) RETURN a.id ORDER BY a.sortKey },
    attendees: COLLECT { MATCH (a:Actor)-[:ATTENDED]->(${n}) RETURN a { .id, .name } ORDER BY a.sortKey } }`;

/**
 * (:Meeting {kind, title, startsAt, endsAt, place, minutes})<-[:ATTENDED]-(:Actor): a network meeting
 * (quarterly, agreement V.1), a special meeting the steering group calls, or a steering group meeting.
 * `startsAt`/`endsAt` are wall-clock times in Europe/Berlin (`YYYY-MM-DDTHH:MM`); `minutes` is plain
 * text. Attendance is by organisation and part of the form. Only the steering group and admins write
 * meetings (STEERING_RECORD_TYPES).
 */
export const MEETING_CONCEPT: ConceptDefinition = {
  type: 'Meeting',
  sortKeyOf: 'title',
  properties: ['kind', 'title', 'startsAt', 'endsAt', 'place', 'minutes'],
  links: [{ field: 'attendeeIds', relation: 'ATTENDED', direction: 'in', target: 'Actor' }],
  projection: meetingProjection('n'),
  requiredFields: ['kind', 'title', 'startsAt', 'endsAt'],
};

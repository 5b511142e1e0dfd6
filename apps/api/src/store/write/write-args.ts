/** Schema descriptions of the write path's arguments, the same on every concept. */
export const EXPECTED_REVISION =
  'The revision the change was based on; CONFLICT (reason STALE_REVISION, with the current values) if someone saved in between';

export const CLIENT_ID =
  'A UUID the client generated for the new record: sending the same create again returns the first result';

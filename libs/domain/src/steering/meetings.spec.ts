import { isLocalDateTime, meetingSeries, proposedNetworkMeetings, quarterOf } from './meetings.js';

describe('meetings', () => {
  it('proposes the second Wednesday of each quarter’s middle month', () => {
    expect(proposedNetworkMeetings(2027).map((m) => m.startsAt)).toEqual([
      '2027-02-10T10:00',
      '2027-05-12T10:00',
      '2027-08-11T10:00',
      '2027-11-10T10:00',
    ]);
    expect(proposedNetworkMeetings(2027).map((m) => quarterOf(m.startsAt))).toEqual([1, 2, 3, 4]);
    for (const { startsAt } of proposedNetworkMeetings(2028))
      expect(new Date(`${startsAt.slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(3);
  });

  it('knows wall-clock times and series', () => {
    expect(isLocalDateTime('2027-03-28T02:30')).toBe(true);
    expect(isLocalDateTime('2027-02-29T10:00')).toBe(false);
    expect(isLocalDateTime('2027-03-28 10:00')).toBe(false);
    expect(isLocalDateTime('2027-03-28T24:00')).toBe(false);
    expect(meetingSeries('special')).toBe('network');
    expect(meetingSeries('steering')).toBe('steering');
  });
});

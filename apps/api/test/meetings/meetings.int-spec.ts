import { randomUUID } from 'node:crypto';
import { actorNode, challengeNode, failure, ok, solutionNode } from '../support/factories-graph.js';
import { type Component, prop, readICalendar, toUtc, unescapeText } from '../support/ical.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const MEETING = 'id kind title startsAt endsAt place minutes revision attendeeIds attendees { id name }';
const ACTION = 'id title dueDate status doneOn meetingId ownerId ownerName agendaItemId revision';
const AGENDA =
  'id title position decision meetingId challenges { id title } solutions { id title } guidelines { id title } revision';
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const UPDATE_MEETING = `mutation ($id: ID!, $rev: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, expectedRevision: $rev, input: $input) { ${MEETING} } }`;
const PROPOSE = `mutation ($input: ProposeNetworkMeetingsInput!) { proposeNetworkMeetings(input: $input) { ${MEETING} } }`;
const CREATE_AGENDA = `mutation ($input: CreateAgendaItemInput!) { createAgendaItem(input: $input) { ${AGENDA} } }`;
const UPDATE_AGENDA = `mutation ($id: ID!, $rev: Int!, $input: UpdateAgendaItemInput!) { updateAgendaItem(id: $id, expectedRevision: $rev, input: $input) { ${AGENDA} } }`;
const CREATE_ACTION = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { ${ACTION} } }`;
const UPDATE_ACTION = `mutation ($id: ID!, $rev: Int!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, expectedRevision: $rev, input: $input) { ${ACTION} } }`;
const MEETING_DETAILS = `query ($id: ID!) { meeting(id: $id) { ${MEETING} agenda { ${AGENDA} } actionItems { ${ACTION} } carriedOverActionItems { ${ACTION} } } }`;
const CREATE_FEED = 'mutation { createCalendarFeed { path createdAt } }';
const REVOKE_FEED = 'mutation { revokeCalendarFeed }';

interface Meeting {
  id: string;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  minutes: string | null;
  revision: number;
  attendeeIds: string[];
  attendees: { id: string; name: string }[];
}
interface ActionItem {
  id: string;
  title: string;
  status: string;
  doneOn: string | null;
  ownerName: string | null;
  revision: number;
}
interface Details extends Meeting {
  agenda: {
    id: string;
    title: string;
    decision: string | null;
    challenges: { id: string }[];
    solutions: { id: string }[];
    guidelines: { id: string }[];
    revision: number;
  }[];
  actionItems: ActionItem[];
  carriedOverActionItems: ActionItem[];
}

/**
 * Agreement V against the real API and Neo4j: next year's four network meetings in one step, agendas
 * linked to the graph, decisions turned into action items that come back until done, attendance,
 * invitations and a revocable calendar feed that parse back as strict iCalendar in Europe/Berlin time.
 * Each run plans its own distant year, so nothing meets another run's meetings.
 */
describe('meetings', () => {
  let t: TestApp;
  let steering: string;
  let member: string;
  const year = 2200 + Math.floor(Math.random() * 700);

  const createMeeting = async (input: Record<string, unknown>, token = steering) =>
    t.gql<{ createMeeting: Meeting }>(CREATE_MEETING, { input: { kind: 'network', ...input } }, token);
  const details = async (id: string) =>
    ok(await t.gql<{ meeting: Details }>(MEETING_DETAILS, { id }, member)).meeting;
  const meetingCount = async () => {
    const result = await t.neo4j.read((tx) => tx.run('MATCH (m:Meeting) RETURN count(m) AS n'));
    return Number(result.records[0].get('n'));
  };
  const download = async (path: string, token?: string) => {
    const response = await fetch(`${t.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    [steering, member] = await Promise.all([t.tokenFor('steering'), t.tokenFor('member')]);
  });
  afterAll(() => t.close());

  it("proposes next year's four network meetings in one step, once per quarter", async () => {
    const first = ok(
      await t.gql<{ proposeNetworkMeetings: Meeting[] }>(
        PROPOSE,
        { input: { year, place: 'Magdeburg' } },
        steering,
      ),
    ).proposeNetworkMeetings;
    expect(
      first.map((m) => [m.kind, m.startsAt.slice(5, 7), m.startsAt.slice(11), m.endsAt.slice(11), m.place]),
    ).toEqual([
      ['network', '02', '10:00', '13:00', 'Magdeburg'],
      ['network', '05', '10:00', '13:00', 'Magdeburg'],
      ['network', '08', '10:00', '13:00', 'Magdeburg'],
      ['network', '11', '10:00', '13:00', 'Magdeburg'],
    ]);
    for (const meeting of first)
      expect(new Date(`${meeting.startsAt.slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(3);
    const before = await meetingCount();
    const again = ok(
      await t.gql<{ proposeNetworkMeetings: Meeting[] }>(PROPOSE, { input: { year } }, steering),
    ).proposeNetworkMeetings;
    expect(again.map((m) => m.id)).toEqual(first.map((m) => m.id));
    expect(await meetingCount()).toBe(before);
  });

  it('lets members read meetings and only the steering group write them', async () => {
    const before = await meetingCount();
    const refusal = failure(
      await createMeeting(
        { title: 'Versuch', startsAt: `${year}-06-01T10:00`, endsAt: `${year}-06-01T12:00` },
        member,
      ),
    );
    expect(refusal.code).toBe('FORBIDDEN');
    expect(failure(await t.gql(PROPOSE, { input: { year: year + 1 } }, member)).code).toBe('FORBIDDEN');
    expect(await meetingCount()).toBe(before);
    const bad = failure(
      await createMeeting({
        title: 'Rückwärts',
        startsAt: `${year}-06-01T10:00`,
        endsAt: `${year}-06-01T09:00`,
      }),
    );
    expect([bad.code, bad.reason]).toEqual(['BAD_USER_INPUT', 'END_BEFORE_START']);
    const invalid = failure(
      await createMeeting({
        title: 'Ungültig',
        startsAt: `${year}-02-30T10:00`,
        endsAt: `${year}-03-01T09:00`,
      }),
    );
    expect([invalid.reason, invalid.fields]).toEqual(['INVALID_TIME', ['startsAt']]);
    expect(await meetingCount()).toBe(before);
  });

  it('links the agenda to the graph, turns a decision into an action item for a chamber, and carries it over until done', async () => {
    const chamber = await actorNode(t, `Handwerkskammer ${randomUUID().slice(0, 6)}`);
    const association = await actorNode(t, `Arbeitgeberverband ${randomUUID().slice(0, 6)}`);
    const challenge = await challengeNode(t, `Anerkennung dauert zu lange ${randomUUID().slice(0, 6)}`, null);
    const solution = await solutionNode(t, `Lotsendienst ${randomUUID().slice(0, 6)}`);
    const guideline = ok(
      await t.gql<{ createGuideline: { id: string } }>(
        'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
        { input: { title: `Leitfaden Anerkennung ${randomUUID().slice(0, 6)}` } },
        steering,
      ),
    ).createGuideline.id;
    const [q1, q2, q3] = ok(
      await t.gql<{ proposeNetworkMeetings: Meeting[] }>(PROPOSE, { input: { year: year + 1 } }, steering),
    ).proposeNetworkMeetings;
    const steeringMeeting = ok(
      await createMeeting({
        kind: 'steering',
        title: 'Steuerungsgruppe',
        startsAt: `${year + 1}-03-01T14:00`,
        endsAt: `${year + 1}-03-01T15:30`,
      }),
    ).createMeeting;

    const item = ok(
      await t.gql<{ createAgendaItem: Details['agenda'][number] }>(
        CREATE_AGENDA,
        {
          input: {
            meetingId: q1.id,
            title: 'Anerkennungsverfahren',
            challengeIds: [challenge],
            solutionIds: [solution],
            guidelineIds: [guideline],
          },
        },
        steering,
      ),
    ).createAgendaItem;
    expect([
      item.challenges.map((c) => c.id),
      item.solutions.map((s) => s.id),
      item.guidelines.map((g) => g.id),
    ]).toEqual([[challenge], [solution], [guideline]]);
    const second = ok(
      await t.gql<{ createAgendaItem: { id: string; position: number } }>(
        CREATE_AGENDA,
        { input: { meetingId: q1.id, title: 'Verschiedenes' } },
        steering,
      ),
    ).createAgendaItem;
    expect(second.position).toBe(2);
    const decided = ok(
      await t.gql<{ updateAgendaItem: { decision: string } }>(
        UPDATE_AGENDA,
        { id: item.id, rev: item.revision, input: { decision: 'Die Kammer entwirft ein Merkblatt.' } },
        steering,
      ),
    ).updateAgendaItem;
    expect(decided.decision).toBe('Die Kammer entwirft ein Merkblatt.');

    // Minutes and attendance by organisation.
    const withMinutes = ok(
      await t.gql<{ updateMeeting: Meeting }>(
        UPDATE_MEETING,
        {
          id: q1.id,
          rev: q1.revision,
          input: {
            minutes: 'Protokoll:\n1. Anerkennung; Merkblatt, Frist',
            attendeeIds: [chamber, association],
          },
        },
        steering,
      ),
    ).updateMeeting;
    expect(withMinutes.minutes).toBe('Protokoll:\n1. Anerkennung; Merkblatt, Frist');
    expect(withMinutes.attendeeIds.sort()).toEqual([chamber, association].sort());

    const task = ok(
      await t.gql<{ createActionItem: ActionItem }>(
        CREATE_ACTION,
        {
          input: {
            meetingId: q1.id,
            title: 'Merkblatt entwerfen',
            ownerId: chamber,
            dueDate: `${year + 1}-04-30`,
            agendaItemId: item.id,
          },
        },
        steering,
      ),
    ).createActionItem;
    expect(task).toMatchObject({ status: 'open', ownerName: expect.stringContaining('Handwerkskammer') });
    // An agenda item of another meeting is refused, nothing written.
    const elsewhere = ok(
      await t.gql<{ createAgendaItem: { id: string } }>(
        CREATE_AGENDA,
        { input: { meetingId: q2.id, title: 'Anderswo' } },
        steering,
      ),
    ).createAgendaItem;
    const wrong = failure(
      await t.gql(
        CREATE_ACTION,
        { input: { meetingId: q1.id, title: 'Falsch', agendaItemId: elsewhere.id } },
        steering,
      ),
    );
    expect(wrong.reason).toBe('OTHER_MEETING');

    const atQ1 = await details(q1.id);
    expect(atQ1.actionItems.map((a) => a.id)).toEqual([task.id]);
    expect(atQ1.carriedOverActionItems).toEqual([]);
    // The open item reappears on the next network meeting, not on the steering group's.
    expect((await details(q2.id)).carriedOverActionItems.map((a) => a.id)).toEqual([task.id]);
    expect((await details(steeringMeeting.id)).carriedOverActionItems.map((a) => a.id)).not.toContain(
      task.id,
    );
    const inProgress = ok(
      await t.gql<{ updateActionItem: ActionItem }>(
        UPDATE_ACTION,
        { id: task.id, rev: task.revision, input: { status: 'in_progress' } },
        steering,
      ),
    ).updateActionItem;
    expect((await details(q3.id)).carriedOverActionItems.map((a) => a.id)).toEqual([task.id]);
    // Done: it leaves the agendas of meetings after today, and a member may not change it.
    expect(
      failure(
        await t.gql(
          UPDATE_ACTION,
          { id: task.id, rev: inProgress.revision, input: { status: 'done' } },
          member,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const done = ok(
      await t.gql<{ updateActionItem: ActionItem }>(
        UPDATE_ACTION,
        { id: task.id, rev: inProgress.revision, input: { status: 'done' } },
        steering,
      ),
    ).updateActionItem;
    expect(done.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await details(q2.id)).carriedOverActionItems).toEqual([]);
    expect((await details(q3.id)).carriedOverActionItems).toEqual([]);
  });

  it('gives an invitation that parses back as strict iCalendar with Berlin times across the DST change', async () => {
    const title =
      'Sondertreffen; Fachkräfte, Willkommen \\ Kultur – ein sehr langer Titel, der gefaltet werden muss, weil er länger ist als 75 Oktette';
    const winter = ok(
      await createMeeting({
        kind: 'special',
        title,
        startsAt: `2027-03-27T10:00`,
        endsAt: `2027-03-27T12:30`,
        place: 'Halle (Saale), Rathaus',
      }),
    ).createMeeting;
    const summer = ok(
      await createMeeting({
        kind: 'special',
        title: 'Nach der Umstellung',
        startsAt: `2027-03-28T10:00`,
        endsAt: `2027-03-28T11:00`,
      }),
    ).createMeeting;
    await t.gql(CREATE_AGENDA, { input: { meetingId: winter.id, title: 'Begrüßung, Überblick' } }, steering);

    const file = await download(`/meetings/${winter.id}/invitation.ics`, member);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/calendar/);
    const calendar = readICalendar(file.text);
    expect(calendar.name).toBe('VCALENDAR');
    expect([prop(calendar, 'VERSION').value, prop(calendar, 'PRODID').value]).toEqual([
      '2.0',
      '-//Netzwerkstatt//Treffen//DE',
    ]);
    const [event] = calendar.components.filter((c) => c.name === 'VEVENT');
    expect(prop(event, 'UID').value).toBe(`${winter.id}@netzwerkstatt`);
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe(title);
    expect(unescapeText(prop(event, 'LOCATION').value)).toBe('Halle (Saale), Rathaus');
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toContain('1. Begrüßung, Überblick');
    expect(file.text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
    const start = prop(event, 'DTSTART');
    expect(start.params.TZID).toBe('Europe/Berlin');
    expect(toUtc(calendar, 'Europe/Berlin', start.value)).toBe('2027-03-27T09:00:00.000Z');
    expect(toUtc(calendar, 'Europe/Berlin', prop(event, 'DTEND').value)).toBe('2027-03-27T11:30:00.000Z');

    const after = readICalendar((await download(`/meetings/${summer.id}/invitation.ics`, member)).text);
    const summerEvent = after.components.find((c: Component) => c.name === 'VEVENT')!;
    expect(toUtc(after, 'Europe/Berlin', prop(summerEvent, 'DTSTART').value)).toBe(
      '2027-03-28T08:00:00.000Z',
    );
    // Autumn: back to CET on the last Sunday of October.
    expect(toUtc(after, 'Europe/Berlin', '20271030T100000')).toBe('2027-10-30T08:00:00.000Z');
    expect(toUtc(after, 'Europe/Berlin', '20271031T100000')).toBe('2027-10-31T09:00:00.000Z');
    // The same instants as the platform's own time zone data says.
    const berlin = (iso: string) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Europe/Berlin',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(iso));
    expect(berlin('2027-03-27T09:00:00.000Z')).toBe('2027-03-27 10:00');
    expect(berlin('2027-03-28T08:00:00.000Z')).toBe('2027-03-28 10:00');

    expect((await download(`/meetings/${winter.id}/invitation.ics`)).status).toBe(401);
    expect((await download(`/meetings/${randomUUID()}/invitation.ics`, member)).status).toBe(404);
  });

  it('serves a personal calendar feed by its secret link and refuses it once revoked', async () => {
    const meeting = ok(
      await createMeeting({
        title: `Feed ${randomUUID().slice(0, 6)}`,
        startsAt: `${year}-09-09T10:00`,
        endsAt: `${year}-09-09T12:00`,
      }),
    ).createMeeting;
    const first = ok(await t.gql<{ createCalendarFeed: { path: string } }>(CREATE_FEED, {}, member))
      .createCalendarFeed.path;
    expect(first).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\/meetings\.ics$/);
    const feed = await download(first);
    expect(feed.status).toBe(200);
    const calendar = readICalendar(feed.text);
    expect(calendar.components.filter((c) => c.name === 'VEVENT').map((e) => prop(e, 'UID').value)).toContain(
      `${meeting.id}@netzwerkstatt`,
    );
    expect(
      ok(await t.gql<{ myCalendarFeedSince: string | null }>('{ myCalendarFeedSince }', {}, member))
        .myCalendarFeedSince,
    ).not.toBeNull();

    // A new link replaces the old one.
    const second = ok(await t.gql<{ createCalendarFeed: { path: string } }>(CREATE_FEED, {}, member))
      .createCalendarFeed.path;
    expect((await download(first)).status).toBe(404);
    expect((await download(second)).status).toBe(200);
    expect(ok(await t.gql<{ revokeCalendarFeed: boolean }>(REVOKE_FEED, {}, member)).revokeCalendarFeed).toBe(
      true,
    );
    const revoked = await download(second);
    expect(revoked.status).toBe(404);
    expect(revoked.text).not.toContain('BEGIN:VCALENDAR');
    expect(
      ok(await t.gql<{ myCalendarFeedSince: string | null }>('{ myCalendarFeedSince }', {}, member))
        .myCalendarFeedSince,
    ).toBeNull();
    expect((await download('/calendar/not-a-token/meetings.ics')).status).toBe(404);
  });
});

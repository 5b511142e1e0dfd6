import { graphql } from '../../../graphql/generated';

export const MEETING_PARTS = graphql(`
  fragment MeetingParts on Meeting {
    id
    kind
    title
    startsAt
    endsAt
    place
    minutes
    revision
    attendeeIds
    attendees {
      id
      name
    }
  }
`);

export const ACTION_ITEM_PARTS = graphql(`
  fragment ActionItemParts on ActionItem {
    id
    title
    dueDate
    status
    doneOn
    revision
    meetingId
    meetingTitle
    meetingStartsAt
    ownerId
    ownerName
    agendaItemId
  }
`);

export const MEETINGS = graphql(`
  query Meetings($year: Int!) {
    meetings(year: $year) {
      ...MeetingParts
    }
  }
`);

export const OPEN_ACTION_ITEMS = graphql(`
  query OpenActionItems {
    openActionItems {
      ...ActionItemParts
    }
  }
`);

export const MEETING = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingParts
      agenda {
        id
        title
        position
        notes
        decision
        revision
        challenges {
          id
          title
        }
        solutions {
          id
          title
        }
        guidelines {
          id
          title
        }
      }
      actionItems {
        ...ActionItemParts
      }
      carriedOverActionItems {
        ...ActionItemParts
      }
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingParts
    }
  }
`);

export const UPDATE_MEETING = graphql(`
  mutation UpdateMeeting($id: ID!, $expectedRevision: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, expectedRevision: $expectedRevision, input: $input) {
      ...MeetingParts
    }
  }
`);

export const DELETE_MEETING = graphql(`
  mutation DeleteMeeting($id: ID!) {
    deleteMeeting(id: $id)
  }
`);

export const PROPOSE_NETWORK_MEETINGS = graphql(`
  mutation ProposeNetworkMeetings($input: ProposeNetworkMeetingsInput!) {
    proposeNetworkMeetings(input: $input) {
      ...MeetingParts
    }
  }
`);

export const CREATE_AGENDA_ITEM = graphql(`
  mutation CreateAgendaItem($input: CreateAgendaItemInput!) {
    createAgendaItem(input: $input) {
      id
    }
  }
`);

export const UPDATE_AGENDA_ITEM = graphql(`
  mutation UpdateAgendaItem($id: ID!, $expectedRevision: Int!, $input: UpdateAgendaItemInput!) {
    updateAgendaItem(id: $id, expectedRevision: $expectedRevision, input: $input) {
      id
      decision
      revision
    }
  }
`);

export const DELETE_AGENDA_ITEM = graphql(`
  mutation DeleteAgendaItem($id: ID!) {
    deleteAgendaItem(id: $id)
  }
`);

export const CREATE_ACTION_ITEM = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemParts
    }
  }
`);

export const UPDATE_ACTION_ITEM = graphql(`
  mutation UpdateActionItem($id: ID!, $expectedRevision: Int!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, expectedRevision: $expectedRevision, input: $input) {
      ...ActionItemParts
    }
  }
`);

export const CALENDAR_FEED_SINCE = graphql(`
  query MyCalendarFeedSince {
    myCalendarFeedSince
  }
`);

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      path
      createdAt
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

export const MEETING_ACTOR_OPTIONS = graphql(`
  query MeetingActorOptions($text: String) {
    actors(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const MEETING_CHALLENGE_OPTIONS = graphql(`
  query MeetingChallengeOptions($text: String) {
    challenges(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const MEETING_SOLUTION_OPTIONS = graphql(`
  query MeetingSolutionOptions($text: String) {
    solutionApproaches(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const MEETING_GUIDELINE_OPTIONS = graphql(`
  query MeetingGuidelineOptions($text: String) {
    guidelines(first: 50, filter: { text: $text }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

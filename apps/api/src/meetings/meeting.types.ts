import type { ActionItemStatus, MeetingKind } from '@netzwerkstatt/domain';

interface Audited {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface MeetingRecord extends Audited {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  minutes: string | null;
  attendeeIds: string[];
}

export interface LinkedTitle {
  id: string;
  title: string;
}

export interface AgendaItemRecord extends Audited {
  title: string;
  position: number;
  notes: string | null;
  decision: string | null;
  meetingId: string | null;
  challenges: LinkedTitle[];
  solutions: LinkedTitle[];
  guidelines: LinkedTitle[];
}

export interface ActionItemRecord extends Audited {
  title: string;
  dueDate: string | null;
  status: ActionItemStatus;
  doneOn: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: string | null;
  ownerId: string | null;
  ownerName: string | null;
  agendaItemId: string | null;
}

import type { MandateKind } from '@netzwerkstatt/domain';

export interface MandateRecord {
  id: string;
  startDate: string;
  endDate: string;
  kind: MandateKind;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  personId: string | null;
  personName: string | null;
  actorId: string | null;
  actorName: string | null;
}

/** Another mandate's term and holder, as the rules compare them. */
export interface StoredTerm {
  id: string;
  start: string;
  end: string;
  personId: string | null;
}

/** The agreement's numbers (agreement VI), read from the (:Agreement) node. */
export interface MandateRules {
  maxActive: number;
  termYears: number;
}

/** A contact person as stored, mapped to plain data at the repository edge. */
export interface PersonRecord {
  id: string;
  name: string;
  sortKey: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

/** The person's own editable properties. */
export interface PersonProperties {
  name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
}

/** One WORKS_FOR relationship: the person's role at an actor. */
export interface WorksFor {
  personId: string;
  actorId: string;
  role: string | null;
}

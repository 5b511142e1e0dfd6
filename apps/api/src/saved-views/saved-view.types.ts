/** A saved view as the repository returns it; `state` only when the view itself is read. */
export interface SavedViewRecord {
  id: string;
  name: string;
  shared: boolean;
  state?: string;
  stateSize: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  updatedBy: string | null;
  ownerName: string | null;
}

/** Who is reading: their own views, shared ones, and (admins) every view. */
export interface Viewer {
  userId: string;
  admin: boolean;
}

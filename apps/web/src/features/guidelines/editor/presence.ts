/** What each open editor tells the others about its person (the awareness field `user`). */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}

export interface PresentPerson extends AwarenessUser {
  /** The person at this device (they may have the guideline open elsewhere too). */
  self: boolean;
}

function readUser(state: unknown): AwarenessUser | undefined {
  const user = (state as { user?: Partial<AwarenessUser> } | null)?.user;
  if (!user || typeof user.name !== 'string' || typeof user.id !== 'string' || typeof user.color !== 'string')
    return undefined;
  return { id: user.id, name: user.name, color: user.color };
}

/**
 * Everyone with the guideline open, from the awareness states: each person once (however many tabs),
 * this device's person first, the others in German alphabetical order.
 */
export function presentPeople(states: ReadonlyMap<number, unknown>, selfClientId: number): PresentPerson[] {
  const self = readUser(states.get(selfClientId));
  const byId = new Map<string, PresentPerson>();
  if (self) byId.set(self.id, { ...self, self: true });
  for (const [clientId, state] of states) {
    const user = clientId === selfClientId ? undefined : readUser(state);
    if (user && !byId.has(user.id)) byId.set(user.id, { ...user, self: false });
  }
  const collator = new Intl.Collator('de');
  return [...byId.values()].sort(
    (a, b) => Number(b.self) - Number(a.self) || collator.compare(a.name, b.name),
  );
}

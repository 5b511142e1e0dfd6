// The Apollo link learns that a session ended; the router decides where to go. This tiny event bus
// keeps the two apart so neither imports the other.
type Listener = () => void;

const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSessionExpired(): void {
  for (const listener of listeners) listener();
}

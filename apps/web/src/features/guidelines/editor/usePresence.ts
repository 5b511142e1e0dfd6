import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { presentPeople, type PresentPerson } from './presence';

/** The people with the guideline open, updated as they come and go. */
export function usePresence(awareness: Awareness): PresentPerson[] {
  const cache = useRef<{ key: string; people: PresentPerson[] }>({ key: '', people: [] });
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const read = useCallback(() => {
    const people = presentPeople(awareness.getStates(), awareness.clientID);
    const key = people.map((p) => `${p.id}:${p.name}:${p.color}:${p.self}`).join('|');
    if (key !== cache.current.key) cache.current = { key, people };
    return cache.current.people;
  }, [awareness]);
  return useSyncExternalStore(subscribe, read);
}

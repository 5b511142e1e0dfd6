import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { ACTOR_OPTIONS } from '../graphql/persons';

/** Actors to pick in a searchable select, found by name as the person types. */
export function useActorOptions({ skip = false }: { skip?: boolean } = {}) {
  return useSearchOptions(
    ACTOR_OPTIONS,
    (data) => data.actors.edges.map(({ node }) => ({ value: node.id, label: node.name })),
    { skip },
  );
}

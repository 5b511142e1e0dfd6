// Actors: what other features use of them.
export { actorDirectoryPath } from './hooks/useActorFilters';

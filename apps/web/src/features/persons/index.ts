// Contact persons: what other features use of them.
export { useActorOptions } from './hooks/useActorOptions';

// The signed-in person, for other features.
export { useSession, type SessionUser } from './hooks/useSession';

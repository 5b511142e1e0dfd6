import { useQuery } from '@apollo/client/react';
import { roleSatisfies, type Role } from '@netzwerkstatt/domain';
import { ME } from '../graphql/me';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Someone else set the password: the app shows nothing but the page to change it. */
  mustChangePassword: boolean;
}

/** The signed-in person (null when nobody is), fetched once and then read from the cache. */
export function useSession(): {
  user: SessionUser | null;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
  can: (role: Role) => boolean;
} {
  const { data, loading, error, refetch } = useQuery(ME, { fetchPolicy: 'cache-first' });
  const user = (data?.me as SessionUser | null | undefined) ?? null;
  return {
    user,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
    can: (role: Role) => (user ? roleSatisfies(user.role, role) : false),
  };
}

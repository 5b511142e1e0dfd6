import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';

/**
 * Deletes an entity, drops the cached list it appeared in (so the list refetches without it) and returns
 * to that list, replacing the history entry of the page that no longer exists.
 */
export function useDeleteAndReturn<TData>(
  mutation: TypedDocumentNode<TData, { id: string }>,
  listPath: string,
  fieldName: string,
) {
  const [remove] = useMutation(mutation);
  const navigate = useNavigate();
  return async (id: string) => {
    await remove({ variables: { id }, update: (cache) => cache.evict({ fieldName }) });
    navigate(listPath, { replace: true });
  };
}

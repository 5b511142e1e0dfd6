import { createContext, useContext } from 'react';

/**
 * The id of the person signed in, provided by the frame of the signed-in pages, so shared code (e.g. the
 * values a form keeps when the session ends) can tell people apart without importing a feature.
 */
export const SignedInUserContext = createContext<string | undefined>(undefined);

export function useSignedInUserId(): string | undefined {
  return useContext(SignedInUserContext);
}

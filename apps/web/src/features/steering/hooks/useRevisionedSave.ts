import { useState } from 'react';
import { describeProblem } from '../../../shared/errors/apiError';
import { readStaleRevision } from '../../../shared/errors/conflict';
import { differences, type Input } from '../../../shared/forms/merge';
import type { OpenConflict } from '../../../shared/forms/useEditForm';

/** A save refused as stale: what differs between the person's value and the stored one. */
export interface PendingConflict {
  conflict: OpenConflict;
}

/**
 * One-field saves from the board (a card's status, an approach's progress) on the write path's terms:
 * each names the revision it was based on; a CONFLICT opens the same choice the edit forms offer.
 */
export function useRevisionedSave() {
  const [pending, setPending] = useState<PendingConflict>();
  const [error, setError] = useState<unknown>();

  /** `mine`: the input sent; `base`: the values it was based on. True when the save went through. */
  async function save(
    mine: Input,
    base: Input,
    revision: number,
    run: (revision: number) => Promise<unknown>,
  ): Promise<boolean> {
    setError(undefined);
    try {
      await run(revision);
      return true;
    } catch (failure) {
      const current = readStaleRevision(failure);
      if (!current) {
        setError(failure);
        return false;
      }
      setPending({
        conflict: {
          current,
          mine,
          differences: differences(mine, current.values, base),
          problem: describeProblem(failure),
        },
      });
      return false;
    }
  }

  return {
    save,
    pending,
    clearPending: () => setPending(undefined),
    error,
    clearError: () => setError(undefined),
  };
}

import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { describeProblem } from '../../../shared/errors/apiError';
import { decodeCsvBytes } from '../../../shared/csv/csv';
import {
  MAX_IMPORT_BYTES,
  readActorImportFile,
  type ActorImportFile,
  type FileProblem,
} from '../actorImportFile';
import { IMPORT_ACTORS, VALIDATE_ACTOR_IMPORT } from '../graphql/import';

/** Rows per check request: small enough that the bar moves often, large enough to be quick. */
export const CHECK_CHUNK = 200;

export interface ImportIssue {
  line: number;
  /** A column (name, email, …) or "row". */
  field: string;
  reason: string;
  messageDe: string;
  messageEn: string;
}

export type FileProblemOrSize = FileProblem | { kind: 'tooLarge'; bytes: number };

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'fileProblems'; fileName: string; problems: FileProblemOrSize[] }
  | { step: 'checking'; fileName: string; file: ActorImportFile; checkedRows: number }
  | { step: 'checked'; fileName: string; file: ActorImportFile; issues: ImportIssue[] }
  | { step: 'importing'; fileName: string; file: ActorImportFile }
  | { step: 'done'; fileName: string; file: ActorImportFile; imported: number }
  | {
      step: 'failed';
      fileName: string;
      file: ActorImportFile;
      error: unknown;
      issues: ImportIssue[];
      during: 'check' | 'import';
    };

/** The progress bar: each checked chunk is one step, and committing the import is the last. */
export function importProgress(state: ImportState): number | undefined {
  if (!('file' in state)) return undefined;
  const chunks = Math.max(1, Math.ceil(state.file.rows.length / CHECK_CHUNK));
  const steps = chunks + 1;
  switch (state.step) {
    case 'checking':
      return (Math.ceil(state.checkedRows / CHECK_CHUNK) / steps) * 100;
    case 'checked':
    case 'importing':
      return (chunks / steps) * 100;
    case 'done':
      return 100;
    default:
      return undefined;
  }
}

/** The server names a refused import's problems as "rows.<row>.<column>", each message prefixed with the row. */
function issuesOfRefusedImport(error: unknown): ImportIssue[] {
  return describeProblem(error).issues.flatMap((issue) => {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(issue.field);
    if (!match) return [];
    const strip = (text: string) => text.replace(/^(Zeile|Row) \d+: /, '');
    return [
      {
        line: Number(match[1]),
        field: match[2],
        reason: issue.reason,
        messageDe: strip(issue.message.de),
        messageEn: strip(issue.message.en),
      },
    ];
  });
}

/**
 * Reading a file, checking it on the server chunk by chunk, and importing it as a whole. Choosing
 * another file or starting over abandons a run that is still going.
 */
export function useActorImport() {
  const client = useApolloClient();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const run = useRef(0);

  const check = useCallback(
    async (fileName: string, file: ActorImportFile, runId: number) => {
      const issues: ImportIssue[] = [];
      for (let start = 0; start < file.rows.length; start += CHECK_CHUNK) {
        const chunk = file.rows.slice(start, start + CHECK_CHUNK);
        try {
          const result = await client.query({
            query: VALIDATE_ACTOR_IMPORT,
            variables: { rows: chunk },
            fetchPolicy: 'no-cache',
          });
          if (result.error) throw result.error;
          issues.push(...(result.data?.validateActorImport.issues ?? []));
        } catch (error) {
          if (run.current === runId)
            setState({ step: 'failed', fileName, file, error, issues, during: 'check' });
          return;
        }
        if (run.current !== runId) return;
        setState({ step: 'checking', fileName, file, checkedRows: start + chunk.length });
      }
      setState({ step: 'checked', fileName, file, issues });
    },
    [client],
  );

  const chooseFile = useCallback(
    async (chosen: File | null) => {
      const runId = ++run.current;
      if (!chosen) {
        setState({ step: 'idle' });
        return;
      }
      const fileName = chosen.name;
      if (chosen.size > MAX_IMPORT_BYTES) {
        setState({ step: 'fileProblems', fileName, problems: [{ kind: 'tooLarge', bytes: chosen.size }] });
        return;
      }
      setState({ step: 'reading', fileName });
      const file = readActorImportFile(decodeCsvBytes(await chosen.arrayBuffer()));
      if (run.current !== runId) return;
      if (file.problems.length > 0) {
        setState({ step: 'fileProblems', fileName, problems: file.problems });
        return;
      }
      setState({ step: 'checking', fileName, file, checkedRows: 0 });
      await check(fileName, file, runId);
    },
    [check],
  );

  const recheck = useCallback(async () => {
    if (!('file' in state)) return;
    const runId = ++run.current;
    setState({ step: 'checking', fileName: state.fileName, file: state.file, checkedRows: 0 });
    await check(state.fileName, state.file, runId);
  }, [state, check]);

  const commit = useCallback(async () => {
    if (state.step !== 'checked' || state.issues.length > 0) return;
    const { fileName, file } = state;
    const runId = ++run.current;
    setState({ step: 'importing', fileName, file });
    try {
      const result = await client.mutate({ mutation: IMPORT_ACTORS, variables: { rows: file.rows } });
      if (run.current !== runId) return;
      // Lists and counts of actors changed; cached pages must not show the old state.
      for (const fieldName of ['actors', 'search', 'categoryFieldMatrix']) client.cache.evict({ fieldName });
      client.cache.gc();
      setState({ step: 'done', fileName, file, imported: result.data?.importActors.imported ?? 0 });
    } catch (error) {
      if (run.current === runId)
        setState({
          step: 'failed',
          fileName,
          file,
          error,
          issues: issuesOfRefusedImport(error),
          during: 'import',
        });
    }
  }, [client, state]);

  const reset = useCallback(() => {
    run.current++;
    setState({ step: 'idle' });
  }, []);

  return { state, chooseFile, recheck, commit, reset };
}

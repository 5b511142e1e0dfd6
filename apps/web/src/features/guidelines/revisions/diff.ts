/**
 * The comparison of a revision's text with the current text: block by block (a block is a line of the
 * plain text: a paragraph, heading, list item or table row), and within a block that changed, word by
 * word. Computed here in the browser from the two plain texts the server gives.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface DiffBlock {
  /** `changed`: the block is there in both, with words added or removed (see `parts`). */
  kind: DiffKind | 'changed';
  parts: DiffPart[];
}

export interface TextDiff {
  blocks: DiffBlock[];
  /** Words added and removed, over all blocks. */
  added: number;
  removed: number;
}

/** Above this many cells (length × length) the middle of two sequences is compared as one replacement. */
const MAX_CELLS = 4_000_000;

type Op<T> = { kind: DiffKind; item: T };

/**
 * The shortest edit from `a` to `b` by longest common subsequence, after the common start and end are
 * taken off (most edits touch a small part of a long text). Too large a middle counts as replaced.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const head = a.slice(0, start).map((item): Op<T> => ({ kind: 'same', item }));
  const tail = a.slice(endA).map((item): Op<T> => ({ kind: 'same', item }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  return [...head, ...middle(midA, midB), ...tail];
}

function middle<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  const removedAll = a.map((item): Op<T> => ({ kind: 'removed', item }));
  const addedAll = b.map((item): Op<T> => ({ kind: 'added', item }));
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [...removedAll, ...addedAll];
  }
  const width = b.length + 1;
  // lengths[i * width + j]: length of the LCS of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const ops: Op<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'same', item: a[i] });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      ops.push({ kind: 'removed', item: a[i] });
      i += 1;
    } else {
      ops.push({ kind: 'added', item: b[j] });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) ops.push({ kind: 'removed', item: a[i] });
  for (; j < b.length; j += 1) ops.push({ kind: 'added', item: b[j] });
  return ops;
}

/** Words and the spaces between them, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

const isWord = (token: string) => /\S/.test(token);

/**
 * Reads like a person would mark it: a run of changes is one removal followed by one addition, and a
 * mere space between two changes belongs to both (not „beim“ | „bei“ | ␣ | „Amt“ | „der Kammer“, but
 * „beim Amt“ → „bei der Kammer“).
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    const inRun = removed !== '' || added !== '';
    const next = parts[index + 1];
    if (part.kind === 'same' && inRun && !/\S/.test(part.text) && next && next.kind !== 'same') {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else out.push({ ...part });
    }
  });
  flush();
  return out;
}

/** Word by word within one block. */
export function diffWords(before: string, after: string): DiffPart[] {
  const ops = diffSequences(tokens(before), tokens(after));
  return tidy(ops.map((op) => ({ kind: op.kind, text: op.item })));
}

/** Compares `before` (the revision) with `after` (the current text). */
export function diffTexts(before: string, after: string): TextDiff {
  const lines = (text: string) => (text === '' ? [] : text.split('\n'));
  const ops = diffSequences(lines(before), lines(after));
  const blocks: DiffBlock[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    // A removed and an added block at the same place are one block that changed, compared by words.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k += 1) {
      blocks.push({ kind: 'changed', parts: diffWords(removed[k], added[k]) });
    }
    for (const text of removed.slice(paired))
      blocks.push({ kind: 'removed', parts: [{ kind: 'removed', text }] });
    for (const text of added.slice(paired)) blocks.push({ kind: 'added', parts: [{ kind: 'added', text }] });
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'same') {
      flush();
      blocks.push({ kind: 'same', parts: [{ kind: 'same', text: op.item }] });
    } else if (op.kind === 'removed') removed.push(op.item);
    else added.push(op.item);
  }
  flush();
  const count = (kind: DiffKind) =>
    blocks
      .flatMap((block) => block.parts)
      .filter((part) => part.kind === kind)
      .reduce((sum, part) => sum + tokens(part.text).filter(isWord).length, 0);
  return { blocks, added: count('added'), removed: count('removed') };
}

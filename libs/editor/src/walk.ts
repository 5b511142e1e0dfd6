import type { JSONContent } from '@tiptap/core';

/** Calls `visit` for every node of a ProseMirror JSON tree, depth first, in document order. */
export function walk(node: JSONContent | null | undefined, visit: (node: JSONContent) => void): void {
  if (!node || typeof node !== 'object') return;
  visit(node);
  if (Array.isArray(node.content)) for (const child of node.content) walk(child, visit);
}

export function childrenOf(node: JSONContent): JSONContent[] {
  return Array.isArray(node.content) ? node.content : [];
}

export function attr<T = unknown>(node: JSONContent, name: string): T | undefined {
  return node.attrs?.[name] as T | undefined;
}

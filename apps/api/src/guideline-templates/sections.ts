import type { JSONContent } from '@netzwerkstatt/editor';

/** The headings of a body's top level (levels 1 and 2), in order: what a template offers at a glance. */
export function sectionsOf(json: JSONContent): string[] {
  return (json.content ?? [])
    .filter((node) => node.type === 'heading' && Number(node.attrs?.level ?? 1) <= 2)
    .map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''))
    .filter((title) => title.trim() !== '');
}

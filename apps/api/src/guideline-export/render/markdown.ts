import { type JSONContent, jsonToMarkdown } from '@netzwerkstatt/editor';
import { type ExportMeta, metaLine } from '../export-meta.js';

/** Backslash-escapes what Markdown would read as syntax in the title or a metadata line. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

/**
 * The guideline as GitHub-flavoured Markdown: its title as the first heading, status, version, „Stand“
 * and licence beneath it, then the text (libs/editor's `jsonToMarkdown`).
 */
export function renderMarkdown(meta: ExportMeta, body: JSONContent): string {
  const licence = meta.licenceUrl ? `[${escape(meta.licence)}](${meta.licenceUrl})` : escape(meta.licence);
  const head = `# ${escape(meta.title)}\n\n*${escape(metaLine(meta))}*  \n*${licence}*\n`;
  const text = jsonToMarkdown(body);
  return text ? `${head}\n---\n\n${text}` : head;
}

import { escapeHtml, type JSONContent, jsonToHtml } from '@netzwerkstatt/editor';
import { type ExportMeta, metaLine } from '../export-meta.js';

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; line-height: 1.5;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
header { border-bottom: 1px solid #ccd; margin-bottom: 1.5rem; }
header p, footer p { color: #555; margin: 0.25rem 0 1rem; }
footer { border-top: 1px solid #ccd; margin-top: 2rem; font-size: 0.9em; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #99a; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef; } th p, td p { margin: 0; }
blockquote { border-left: 3px solid #99a; margin-left: 0; padding-left: 1rem; color: #444; }
ul[data-type="taskList"] { list-style: none; padding-left: 0.5rem; }
li[data-type="taskItem"] { display: flex; gap: 0.5rem; } li[data-type="taskItem"] > div > p { margin: 0; }
span[data-type="mention"] { font-weight: 600; }
`.trim();

/**
 * The guideline as one self-contained HTML page (UTF-8, no scripts, no outside resources): a header
 * with title, status, version and „Stand“, the text (libs/editor's escaped `jsonToHtml`), the licence.
 */
export function renderHtml(meta: ExportMeta, body: JSONContent): string {
  const licence = meta.licenceUrl
    ? `<a href="${escapeHtml(meta.licenceUrl)}" rel="license">${escapeHtml(meta.licence)}</a>`
    : escapeHtml(meta.licence);
  return [
    '<!doctype html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Netzwerkstatt">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(meta.title)}</h1><p>${escapeHtml(metaLine(meta))}</p></header>`,
    `<main>${jsonToHtml(body)}</main>`,
    `<footer><p>${licence}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

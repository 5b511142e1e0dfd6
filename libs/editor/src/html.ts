import type { JSONContent } from '@tiptap/core';
import { mentionText } from './mention.js';
import { attr, childrenOf } from './walk.js';

type Mark = NonNullable<JSONContent['marks']>[number];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Links only to the web, mail and telephone, or within the site; anything else (javascript:) is dropped. */
function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const value = href.trim();
  if (/^(https?:|mailto:|tel:)/i.test(value) || /^[/#?]/.test(value)) return value;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return null;
}

const MARK_TAGS: Record<string, (mark: Mark) => [string, string] | null> = {
  bold: () => ['<strong>', '</strong>'],
  italic: () => ['<em>', '</em>'],
  underline: () => ['<u>', '</u>'],
  strike: () => ['<s>', '</s>'],
  code: () => ['<code>', '</code>'],
  link: (mark) => {
    const href = safeHref(mark.attrs?.href);
    return href ? [`<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">`, '</a>'] : null;
  },
};

function textRun(node: JSONContent): string {
  let out = escapeHtml(node.text ?? '');
  for (const mark of [...(node.marks ?? [])].reverse()) {
    const tags = MARK_TAGS[mark.type]?.(mark);
    if (tags) out = `${tags[0]}${out}${tags[1]}`;
  }
  return out;
}

function mention(node: JSONContent): string {
  const attrs = node.attrs ?? {};
  const data = ['id', 'entityType', 'label']
    .filter((name) => typeof attrs[name] === 'string' && attrs[name])
    .map(
      (name) => ` data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${escapeHtml(attrs[name])}"`,
    )
    .join('');
  return `<span data-type="mention"${data}>${escapeHtml(mentionText(attrs))}</span>`;
}

function cellAttrs(node: JSONContent): string {
  const colspan = Number(attr(node, 'colspan') ?? 1);
  const rowspan = Number(attr(node, 'rowspan') ?? 1);
  return (
    (Number.isInteger(colspan) && colspan > 1 ? ` colspan="${colspan}"` : '') +
    (Number.isInteger(rowspan) && rowspan > 1 ? ` rowspan="${rowspan}"` : '')
  );
}

function wrap(tag: string, node: JSONContent, attrs = ''): string {
  return `<${tag}${attrs}>${render(childrenOf(node))}</${tag}>`;
}

function renderNode(node: JSONContent): string {
  switch (node.type) {
    case 'text':
      return textRun(node);
    case 'hardBreak':
      return '<br>';
    case 'mention':
      return mention(node);
    case 'paragraph':
      return wrap('p', node);
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(node, 'level') ?? 1)));
      return wrap(`h${level}`, node);
    }
    case 'blockquote':
      return wrap('blockquote', node);
    case 'bulletList':
      return wrap('ul', node);
    case 'orderedList': {
      const start = Number(attr(node, 'start') ?? 1);
      return wrap('ol', node, Number.isInteger(start) && start !== 1 ? ` start="${start}"` : '');
    }
    case 'listItem':
      return wrap('li', node);
    case 'taskList':
      return wrap('ul', node, ' data-type="taskList"');
    case 'taskItem': {
      const checked = attr(node, 'checked') === true;
      return (
        `<li data-type="taskItem" data-checked="${checked}">` +
        `<input type="checkbox" disabled${checked ? ' checked' : ''}> <div>${render(childrenOf(node))}</div></li>`
      );
    }
    case 'codeBlock': {
      const language = attr<string>(node, 'language');
      const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
      return `<pre><code${cls}>${childrenOf(node)
        .map((child) => escapeHtml(child.text ?? ''))
        .join('')}</code></pre>`;
    }
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<table><tbody>${render(childrenOf(node))}</tbody></table>`;
    case 'tableRow':
      return wrap('tr', node);
    case 'tableHeader':
      return wrap('th', node, cellAttrs(node));
    case 'tableCell':
      return wrap('td', node, cellAttrs(node));
    default:
      return render(childrenOf(node));
  }
}

function render(nodes: JSONContent[]): string {
  return nodes.map(renderNode).join('');
}

/**
 * HTML of a document's body (no <html> frame): every text and attribute escaped, links only to safe
 * schemes, mentions as `<span data-type="mention" data-id … data-entity-type …>@label</span>`.
 */
export function jsonToHtml(json: JSONContent): string {
  return render(childrenOf(json));
}

/**
 * The server's HTML of a guideline (libs/editor `jsonToHtml`) shows each checklist item as a disabled
 * checkbox next to its text. A checkbox needs a name of its own for screen readers: it gets the item's
 * text, and whether it is done is its checked state.
 */
export function labelTaskItems(html: string): string {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.querySelectorAll('li[data-type="taskItem"] > input[type="checkbox"]').forEach((box) => {
    const text = box.parentElement?.textContent?.trim();
    if (text) box.setAttribute('aria-label', text);
  });
  return document.body.innerHTML;
}

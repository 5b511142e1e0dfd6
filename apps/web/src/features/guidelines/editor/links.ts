/**
 * A link address as a person types it, made safe to store: http(s), mailto and tel only; a bare
 * domain gets https://. Anything else (javascript:, data:, spaces) is refused with null.
 */
export function normalizeLinkHref(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return withScheme;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) return url.href;
  return null;
}

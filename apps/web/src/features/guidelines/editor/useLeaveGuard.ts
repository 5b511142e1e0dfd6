import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

/** The link a click would follow inside the app, as a path; null for anything else. */
export function inAppTarget(event: MouseEvent, here: Location): string | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  const url = new URL(link.href, here.href);
  // Another site is a page load, which the tab's own warning covers; the same page is no leaving.
  if (url.origin !== here.origin || (url.pathname === here.pathname && url.search === here.search))
    return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * While edits are not on the server, a click on a link inside the app (the menu, a mention, sign-out)
 * is held and asked about first: `pending` is where it would go; `leave` goes there, `stay` forgets it.
 * Closing or reloading the tab has the browser's own warning.
 */
export function useLeaveGuard(unsaved: boolean) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!unsaved) return;
    // On the document, in the capture phase: before the router's links and the editor see the click.
    const hold = (event: MouseEvent) => {
      const target = inAppTarget(event, window.location);
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(target);
    };
    document.addEventListener('click', hold, true);
    return () => document.removeEventListener('click', hold, true);
  }, [unsaved]);

  return {
    pending,
    stay: () => setPending(null),
    leave: () => {
      const target = pending;
      setPending(null);
      if (target) void navigate(target);
    },
  };
}

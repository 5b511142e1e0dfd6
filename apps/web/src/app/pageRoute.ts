import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadLazyTranslations } from '../i18n/i18n';

/** One page of the app: a path (relative to the root, e.g. "akteure/:id") and its lazily loaded component. */
export interface PageRoute {
  path: string;
  Page: LazyExoticComponent<ComponentType>;
}

/**
 * Declares a page whose code is downloaded only when it is first shown:
 * `page('akteure/:id', () => import('./components/ActorPage'), 'ActorPage')`.
 * The texts that do not ship with the app (lazy files in i18n/resources.ts) arrive together with the
 * page's code; `{ firstPage: true }` marks the pages people land on (start, sign-in), which must get
 * by with the texts that ship with the app, so nothing delays them.
 */
export function page<M extends Record<string, unknown>>(
  path: string,
  load: () => Promise<M>,
  exportName: keyof M & string,
  options: { firstPage?: boolean } = {},
): PageRoute {
  return {
    path,
    Page: lazy(async () => {
      try {
        const [module] = await Promise.all([load(), options.firstPage ? undefined : loadLazyTranslations()]);
        return { default: module[exportName] as ComponentType };
      } catch (error) {
        throw new PageLoadError(error);
      }
    }),
  };
}

/**
 * The code of a page could not be downloaded (offline, or a new version replaced the old files).
 * React caches a failed lazy import, so trying again means loading the app anew.
 */
export class PageLoadError extends Error {
  constructor(readonly reason: unknown) {
    super('page code could not be loaded');
    this.name = 'PageLoadError';
  }
}

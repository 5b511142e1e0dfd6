import { useEffect } from 'react';

const APP_NAME = 'Netzwerkstatt';

/** Every route names itself in the browser tab and for screen readers arriving on the page. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}

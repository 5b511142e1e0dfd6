import type { LocalizedText } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from './apiError';

/** Picks the person's language from a server text, with a translated fallback per error code. */
export function useProblemText(): {
  localized: (text: LocalizedText | undefined) => string | undefined;
  problemText: (problem: ApiProblem) => string;
} {
  const { t, i18n } = useTranslation();
  const localized = (text: LocalizedText | undefined) =>
    text ? (i18n.language === 'en' ? text.en : text.de) : undefined;
  const problemText = (problem: ApiProblem): string => {
    const fromServer = localized(problem.message);
    if (fromServer) return fromServer;
    switch (problem.code) {
      case 'NETWORK':
        return t('errors.network');
      case 'SERVER_UNAVAILABLE':
        return t('errors.serverUnavailable');
      case 'UNAUTHENTICATED':
        return t('errors.unauthenticated');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      default:
        return t('errors.unexpected');
    }
  };
  return { localized, problemText };
}

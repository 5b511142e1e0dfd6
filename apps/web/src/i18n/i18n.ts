import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { germanMessages, loadMessages } from './resources';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'netzwerkstatt.language';

function storageKey(userId?: string): string {
  return userId ? `${STORAGE_KEY}.${userId}` : STORAGE_KEY;
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStored(userId?: string): Language | undefined {
  try {
    const value = window.localStorage.getItem(storageKey(userId));
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'de';
}

/**
 * Switches the language and remembers it on this device, both as the device's choice (used before
 * anyone signs in) and as the choice of the signed-in person.
 */
export async function changeLanguage(language: Language, userId?: string): Promise<void> {
  try {
    window.localStorage.setItem(storageKey(), language);
    if (userId) window.localStorage.setItem(storageKey(userId), language);
  } catch {
    // Private mode without storage: the choice lasts for this visit.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

let lazyLoaded: Promise<void> | undefined;

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'de' || i18n.hasResourceBundle(language, 'translation')) return;
  // English of every file, the lazy ones included: one request when someone switches.
  i18n.addResourceBundle(language, 'translation', await loadMessages(language, 'all'), true, true);
}

/**
 * The texts that do not ship with the first page (see resources.ts), in German and, if chosen, in
 * English; loaded once, before the first page that is not a first page shows.
 */
export function loadLazyTranslations(): Promise<void> {
  lazyLoaded ??= loadMessages('de', 'lazy')
    .then((messages) => {
      i18n.addResourceBundle('de', 'translation', messages, true, true);
    })
    .catch((error: unknown) => {
      lazyLoaded = undefined;
      throw error;
    });
  return lazyLoaded;
}

/** After sign-in: the person's own choice wins over the device's. */
export async function applyPersonLanguage(userId: string): Promise<void> {
  const own = readStored(userId);
  if (own && own !== currentLanguage()) {
    await loadLanguage(own);
    await i18n.changeLanguage(own);
  }
}

export async function initI18n(language?: Language): Promise<typeof i18n> {
  i18n.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  const initial = language ?? (typeof window !== 'undefined' ? readStored() : undefined) ?? 'de';
  await i18n.use(initReactI18next).init({
    resources: { de: { translation: germanMessages() } },
    lng: 'de',
    fallbackLng: 'de',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (initial !== 'de') {
    await loadLanguage(initial);
    await i18n.changeLanguage(initial);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
  return i18n;
}

export { i18n };

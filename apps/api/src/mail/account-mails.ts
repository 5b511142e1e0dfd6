import type { Role } from '@netzwerkstatt/domain';
import type { Mail } from './mail.service.js';

/** Role names as the app shows them (i18n roles.*), for the invitation text. */
const ROLE_NAMES: Record<Role, { de: string; en: string }> = {
  member: { de: 'Mitglied', en: 'member' },
  analyst: { de: 'Analyse', en: 'analyst' },
  steering: { de: 'Steuerungsgruppe', en: 'steering group' },
  admin: { de: 'Administration', en: 'admin' },
};

function when(iso: string, locale: 'de-DE' | 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}

/** German first, English second, in one message: the person has not chosen a language yet. */
export function invitationMail(to: string, link: string, role: Role, expiresAt: string, by: string): Mail {
  return {
    to,
    subject: 'Einladung zur Netzwerkstatt / Invitation to Netzwerkstatt',
    text: [
      'Guten Tag,',
      '',
      `${by} lädt Sie in die Netzwerkstatt des Netzwerks „Willkommenskultur und Fachkräftegewinnung“ ein (Rolle: ${ROLE_NAMES[role].de}).`,
      'Über diesen Link legen Sie Ihren Namen und Ihr Passwort fest:',
      '',
      link,
      '',
      `Der Link gilt einmal und bis ${when(expiresAt, 'de-DE')} Uhr. Wenn Sie keine Einladung erwartet haben, können Sie diese Nachricht ignorieren.`,
      '',
      '---',
      '',
      'Hello,',
      '',
      `${by} invites you to Netzwerkstatt of the network "Willkommenskultur und Fachkräftegewinnung" (role: ${ROLE_NAMES[role].en}).`,
      'Use this link to choose your name and password:',
      '',
      link,
      '',
      `The link works once and until ${when(expiresAt, 'en-GB')} (Berlin time). If you did not expect an invitation, you can ignore this message.`,
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, link: string, expiresAt: string): Mail {
  return {
    to,
    subject: 'Neues Passwort für die Netzwerkstatt / New password for Netzwerkstatt',
    text: [
      'Guten Tag,',
      '',
      'die Administration der Netzwerkstatt hat für Ihr Konto einen Link zum Festlegen eines neuen Passworts erstellt:',
      '',
      link,
      '',
      `Der Link gilt einmal und bis ${when(expiresAt, 'de-DE')} Uhr. Danach sind Sie überall abgemeldet und melden sich mit dem neuen Passwort an.`,
      '',
      '---',
      '',
      'Hello,',
      '',
      'the Netzwerkstatt administration has created a link for your account to choose a new password:',
      '',
      link,
      '',
      `The link works once and until ${when(expiresAt, 'en-GB')} (Berlin time). Afterwards you are signed out everywhere and sign in with the new password.`,
    ].join('\n'),
  };
}

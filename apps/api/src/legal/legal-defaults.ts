import type { LegalPageKey } from './models/legal-page-key.enum.js';

/**
 * What each page says until an admin saves the operator's own text. Every default opens by saying it
 * is a placeholder, so nobody mistakes it for the operator's legal statement; the facts it does state
 * (cookie, stored data, self-service) are true of this software.
 */
export const LEGAL_DEFAULTS: Record<LegalPageKey, { de: string; en: string }> = {
  imprint: {
    de: `**Platzhalter:** Dieser Text muss vom Betreiber dieser Anwendung vervollständigt werden. Eine Person mit der Rolle Administration kann ihn unter „Administration → Rechtstexte“ bearbeiten.

# Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG)

[Name der betreibenden Organisation]
[Straße und Hausnummer]
[Postleitzahl und Ort]

# Vertreten durch

[Name der vertretungsberechtigten Person]

# Kontakt

- E-Mail: [E-Mail-Adresse]
- Telefon: [Telefonnummer]

# Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag (MStV)

[Name und Anschrift]`,
    en: `**Placeholder:** the operator of this application has to complete this text. A person with the admin role can edit it under "Administration → Legal texts".

# Information according to § 5 of the German Digital Services Act (DDG)

[Name of the operating organisation]
[Street and number]
[Postcode and town]

# Represented by

[Name of the authorised representative]

# Contact

- E-mail: [e-mail address]
- Telephone: [telephone number]

# Responsible for the content according to § 18 (2) MStV

[Name and address]`,
  },
  privacy: {
    de: `**Platzhalter:** Diese Datenschutzerklärung muss vom Betreiber dieser Anwendung vervollständigt und geprüft werden. Eine Person mit der Rolle Administration kann sie unter „Administration → Rechtstexte“ bearbeiten.

# Verantwortliche Stelle

[Name und Anschrift des Betreibers, Kontakt der oder des Datenschutzbeauftragten]

# Welche Daten diese Anwendung speichert

- **Konto:** E-Mail-Adresse, Anzeigename, Rolle und das Passwort ausschließlich als Argon2id-Hash.
- **Anmeldung:** ein technisch notwendiges Cookie (\`netzwerkstatt_session\`) mit einer zufälligen Sitzungskennung; es läuft nach der eingestellten Dauer ab und wird beim Abmelden ungültig.
- **Änderungsverlauf:** wer wann welchen Eintrag angelegt oder geändert hat.
- **Spracheinstellung:** im Speicher Ihres Browsers auf diesem Gerät.

# Ihre Rechte

Auf der Seite „Profil“ können Sie alle über Sie gespeicherten Daten herunterladen (Auskunft, Art. 15 DSGVO) und Ihr Konto löschen (Art. 17 DSGVO). Ihre Änderungen an Inhalten bleiben erhalten und erscheinen danach als „ehemaliges Mitglied“.

[Rechtsgrundlagen, Speicherdauer, Empfänger, Beschwerderecht bei der Aufsichtsbehörde – durch den Betreiber zu ergänzen]`,
    en: `**Placeholder:** the operator of this application has to complete and review this privacy notice. A person with the admin role can edit it under "Administration → Legal texts".

# Controller

[Name and address of the operator, contact of the data protection officer]

# What this application stores

- **Account:** e-mail address, display name, role, and the password only as an Argon2id hash.
- **Sign-in:** a strictly necessary cookie (\`netzwerkstatt_session\`) holding a random session identifier; it expires after the configured time and becomes invalid when you sign out.
- **Change history:** who created or changed which entry, and when.
- **Language setting:** in your browser's storage on this device.

# Your rights

On the "Profile" page you can download everything stored about you (right of access, Art. 15 GDPR) and delete your account (Art. 17 GDPR). Your edits to content stay and are shown as by a "former member" afterwards.

[Legal bases, retention periods, recipients, right to lodge a complaint with the supervisory authority – to be completed by the operator]`,
  },
  accessibility: {
    de: `**Platzhalter:** Diese Erklärung zur Barrierefreiheit muss vom Betreiber dieser Anwendung vervollständigt werden. Eine Person mit der Rolle Administration kann sie unter „Administration → Rechtstexte“ bearbeiten.

# Stand der Vereinbarkeit

Diese Anwendung soll die Anforderungen der WCAG 2.1 auf Stufe AA erfüllen: Sie ist mit der Tastatur bedienbar, alle Formularfelder sind beschriftet, Kontraste erfüllen AA, und Bedeutung wird nie allein durch Farbe vermittelt. [Ergebnis der Prüfung und Datum – durch den Betreiber zu ergänzen]

# Nicht barrierefreie Inhalte

[Bekannte Einschränkungen – durch den Betreiber zu ergänzen]

# Feedback und Kontakt

Sind Ihnen Mängel aufgefallen? Schreiben Sie an: [E-Mail-Adresse]

# Durchsetzungsverfahren

[Zuständige Schlichtungs- oder Durchsetzungsstelle – durch den Betreiber zu ergänzen]`,
    en: `**Placeholder:** the operator of this application has to complete this accessibility statement. A person with the admin role can edit it under "Administration → Legal texts".

# Compliance status

This application aims to meet WCAG 2.1 level AA: it can be used with the keyboard, every form field is labelled, contrasts meet AA, and meaning is never conveyed by colour alone. [Result and date of the assessment – to be completed by the operator]

# Non-accessible content

[Known limitations – to be completed by the operator]

# Feedback and contact

Have you noticed a problem? Write to: [e-mail address]

# Enforcement procedure

[Responsible conciliation or enforcement body – to be completed by the operator]`,
  },
};

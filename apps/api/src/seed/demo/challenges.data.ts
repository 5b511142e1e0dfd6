import { DemoChallenge, DemoSolution } from './demo.types.js';

// Typical challenges the network collects (Handlungsziel 5), each with the solution approach written
// for it. Texts are examples; the pairs follow what partners in such networks commonly report.
interface Pair {
  key: string;
  field: string;
  challenge: [title: string, description: string, status: string, priority: string];
  solution: [title: string, description: string, status: string];
  carriedBy: string[];
  alsoAddresses?: string[];
}

const PAIRS: Pair[] = [
  {
    key: 'auslaenderbehoerden',
    field: 'aufenthalt-ankommen',
    challenge: [
      'Überlastete Ausländerbehörden, verstreute Zuständigkeiten',
      'Anträge bleiben wochenlang liegen, weil Unterlagen fehlen und niemand weiß, wer zuständig ist.',
      'open',
      'high',
    ],
    solution: [
      'Vorprüfung der Unterlagen mit Checklisten und regionalen Kontaktlisten',
      'Beratungsstellen prüfen Anträge vorab anhand gemeinsamer Checklisten und verweisen an die richtige Stelle.',
      'piloting',
    ],
    carriedBy: ['welcomecenter-beispiel', 'mbe-halle-beispiel', 'integrationskoordination-harz-beispiel'],
    alsoAddresses: ['behoerdentermine'],
  },
  {
    key: 'erstinformation',
    field: 'aufenthalt-ankommen',
    challenge: [
      'Neuankommende finden keine verständlichen Informationen zu den ersten Schritten',
      'Informationen sind verstreut, oft nur auf Deutsch und in Behördensprache.',
      'open',
      'medium',
    ],
    solution: [
      'Mehrsprachige Ankommenslotsen und eine Erstinformationsmappe',
      'Ehrenamtliche Lotsinnen und Lotsen begleiten die ersten Wochen; eine Mappe in sechs Sprachen erklärt die Wege.',
      'established',
    ],
    carriedBy: ['mbe-halle-beispiel', 'freiwilligenagentur-halle-beispiel', 'jmd-magdeburg-beispiel'],
  },
  {
    key: 'behoerdentermine',
    field: 'aufenthalt-ankommen',
    challenge: [
      'Lange Wartezeiten auf Termine bei Behörden',
      'Fachkräfte können die Arbeit nicht antreten, weil Termine erst nach Monaten frei sind.',
      'in_progress',
      'high',
    ],
    solution: [
      'Gebündelte Sammeltermine für Arbeitgeber und ihre neuen Fachkräfte',
      'Kommune und Betriebe vereinbaren feste Termintage für mehrere Fachkräfte zugleich.',
      'piloting',
    ],
    carriedBy: ['integrationskoordination-jerichow-beispiel', 'welcomecenter-beispiel'],
  },
  {
    key: 'anerkennung-langsam',
    field: 'anerkennung',
    challenge: [
      'Langsame, undurchsichtige Anerkennung ausländischer Berufsabschlüsse',
      'Antragstellende wissen nicht, welcher Referenzberuf passt; unvollständige Anträge verlängern die Verfahren.',
      'open',
      'high',
    ],
    solution: [
      'Anerkennungsberatung als Vorprüfung vor dem Antrag',
      'Vor dem Antrag klärt eine Beratung Referenzberuf, zuständige Stelle und nötige Unterlagen.',
      'established',
    ],
    carriedBy: [
      'anerkennungsberatung-magdeburg-beispiel',
      'anerkennungsberatung-halle-beispiel',
      'iq-netzwerk-beispiel',
    ],
  },
  {
    key: 'fehlende-nachweise',
    field: 'anerkennung',
    challenge: [
      'Fehlende Unterlagen aus dem Herkunftsland',
      'Zeugnisse sind verloren oder nicht zu beschaffen; die Anerkennung scheitert an Formalien.',
      'open',
      'medium',
    ],
    solution: [
      'Qualifikationsanalyse als Ersatz für fehlende Nachweise',
      'Eine praktische Arbeitsprobe in der Kammer weist die Fähigkeiten nach, wo Papiere fehlen.',
      'established',
    ],
    carriedBy: ['handwerkskammer-magdeburg-beispiel', 'handwerkskammer-halle-beispiel'],
  },
  {
    key: 'teilanerkennung',
    field: 'anerkennung',
    challenge: [
      'Teilanerkennung ohne passende Anpassungsqualifizierung',
      'Nach einem Bescheid mit wesentlichen Unterschieden fehlen Kurse und Praxisplätze in der Nähe.',
      'in_progress',
      'medium',
    ],
    solution: [
      'Brückenmaßnahmen und Anpassungslehrgänge gemeinsam mit Betrieben',
      'Theorie beim Bildungsträger, Praxis im Betrieb: Qualifizierung bis zur vollen Anerkennung.',
      'piloting',
    ],
    carriedBy: ['iq-netzwerk-beispiel', 'pflegeverbund-beispiel', 'aerztekammer-beispiel'],
  },
  {
    key: 'sprachbarrieren',
    field: 'arbeitsmarkt',
    challenge: [
      'Sprachbarrieren am Arbeitsplatz',
      'Allgemeine Deutschkurse decken die Fachsprache im Betrieb nicht ab; Missverständnisse gefährden Sicherheit.',
      'open',
      'high',
    ],
    solution: [
      'Berufsbezogene Sprachkurse, Fachglossare und Sprachpatenschaften',
      'Kurse mit Fachwortschatz, ein bebildertes Glossar pro Betrieb und Kolleginnen oder Kollegen als Sprachpaten.',
      'established',
    ],
    carriedBy: ['sprachzentrum-dessau-beispiel', 'agentur-arbeit-dessau-beispiel', 'metallbau-beispiel'],
  },
  {
    key: 'ausbeutung',
    field: 'arbeitsmarkt',
    challenge: [
      'Unfaire Arbeitsbedingungen bei neu Zugewanderten',
      'Neu Zugewanderte kennen ihre Rechte nicht und nehmen zu niedrige Löhne oder unbezahlte Überstunden hin.',
      'open',
      'high',
    ],
    solution: [
      'Mehrsprachige Beratung zu Arbeitsrechten',
      'Sprechstunden und Infoabende in mehreren Sprachen zu Vertrag, Lohn und Arbeitsschutz.',
      'established',
    ],
    carriedBy: ['faire-beschaeftigung-beispiel', 'netzwerk-ikoe-beispiel'],
  },
  {
    key: 'berufseinstieg-studierende',
    field: 'arbeitsmarkt',
    challenge: [
      'Internationale Studierende finden nach dem Abschluss keinen Berufseinstieg',
      'Absolventinnen und Absolventen verlassen das Land, weil Kontakte zu regionalen Betrieben fehlen.',
      'open',
      'medium',
    ],
    solution: [
      'Karrierebrücke: Praktika und Mentoring mit regionalen Unternehmen',
      'Hochschulen und Kammern vermitteln Praktika und Mentorinnen oder Mentoren aus Betrieben schon im Studium.',
      'piloting',
    ],
    carriedBy: [
      'international-office-magdeburg-beispiel',
      'international-office-halle-beispiel',
      'ihk-magdeburg-beispiel',
    ],
  },
  {
    key: 'duales-system',
    field: 'ausbildungsmarkt',
    challenge: [
      'Junge Zugewanderte und ihre Eltern kennen das duale Ausbildungssystem nicht',
      'Eltern raten zum Studium oder zur schnellen Arbeit; die Ausbildung gilt als zweite Wahl.',
      'open',
      'high',
    ],
    solution: [
      'Elternarbeit und mehrsprachige Ausbildungskampagne',
      'Elternabende mit Vorbildern aus der Community und eine Kampagne in sozialen Medien in mehreren Sprachen.',
      'piloting',
    ],
    carriedBy: ['kausa-beispiel', 'jmd-magdeburg-beispiel', 'agentur-arbeit-altmark-beispiel'],
  },
  {
    key: 'ausbildungsabbrueche',
    field: 'ausbildungsmarkt',
    challenge: [
      'Ausbildungsabbrüche wegen Sprach- und Prüfungsschwierigkeiten',
      'Auszubildende bestehen die Praxis, scheitern aber an der Berufsschule und den Prüfungsfragen.',
      'in_progress',
      'medium',
    ],
    solution: [
      'Ausbildungsbegleitung durch Senior-Expertinnen und -Experten',
      'Erfahrene Fachleute im Ruhestand lernen einmal pro Woche mit den Auszubildenden.',
      'established',
    ],
    carriedBy: ['senior-expert-beispiel', 'handwerkskammer-halle-beispiel'],
  },
  {
    key: 'azubis-land',
    field: 'ausbildungsmarkt',
    challenge: [
      'Betriebe im ländlichen Raum finden keine Auszubildenden',
      'Weite Wege ohne Bus und Bahn halten Jugendliche aus den Städten fern.',
      'open',
      'medium',
    ],
    solution: [
      'Azubi-Speed-Dating mit Fahrkostenzuschuss',
      'Kurze Kennenlerngespräche in der Kreisstadt; Betriebe übernehmen die Fahrkosten im ersten Jahr.',
      'proposed',
    ],
    carriedBy: ['ihk-halle-dessau-beispiel', 'agentur-arbeit-sangerhausen-beispiel'],
  },
  {
    key: 'uebergaben',
    field: 'uebergangsmanagement',
    challenge: [
      'Übergaben zwischen Behörden und Beratungsstellen brechen ab',
      'Nach einem Wechsel der Zuständigkeit beginnt die Beratung von vorn; Menschen gehen verloren.',
      'open',
      'high',
    ],
    solution: [
      'Dokumentierte Prozessketten und Verweisberatung',
      'Jede Station kennt die nächste: Ablaufpläne, feste Ansprechpersonen und eine begleitete Übergabe.',
      'piloting',
    ],
    carriedBy: [
      'integrationskoordination-burgenland-beispiel',
      'iq-fachinformationszentrum-beispiel',
      'welcomecenter-beispiel',
    ],
    alsoAddresses: ['doppelte-erhebung'],
  },
  {
    key: 'doppelte-erhebung',
    field: 'uebergangsmanagement',
    challenge: [
      'Dieselben Angaben werden bei jeder Stelle neu erfragt',
      'Zugewanderte erzählen ihre Geschichte fünfmal; Unterlagen werden mehrfach kopiert.',
      'open',
      'low',
    ],
    solution: [
      'Einwilligungsbasierter Beratungspass',
      'Ein Pass in der Hand der Person hält fest, welche Beratung schon stattfand; weitergegeben wird nur mit Einwilligung.',
      'proposed',
    ],
    carriedBy: ['fif-nord-beispiel', 'integrationskoordination-harz-beispiel'],
  },
  {
    key: 'weiterbildung-auffinden',
    field: 'lebenslanges-lernen',
    challenge: [
      'Weiterbildungsangebote sind für Zugewanderte schwer zu finden',
      'Kursdatenbanken sind nur auf Deutsch und setzen Kenntnis der Förderprogramme voraus.',
      'open',
      'medium',
    ],
    solution: [
      'Regionale Weiterbildungslotsen mit mehrsprachiger Kursübersicht',
      'Lotsinnen und Lotsen beraten zu Kursen und Förderung; eine Übersicht erscheint in leichter Sprache.',
      'piloting',
    ],
    carriedBy: ['weiterbildungsagentur-beispiel', 'bildungswerk-wittenberg-beispiel'],
  },
  {
    key: 'schichtarbeit',
    field: 'lebenslanges-lernen',
    challenge: [
      'Berufsbegleitendes Lernen scheitert an Schichtarbeit',
      'Kurse liegen am Vormittag; wer im Schichtdienst arbeitet, kann nicht regelmäßig teilnehmen.',
      'open',
      'low',
    ],
    solution: [
      'Modulare Abend- und Onlinekurse mit Lernzeitkonten',
      'Kurze Module zu wechselnden Zeiten; Betriebe schreiben Lernzeit als Arbeitszeit gut.',
      'piloting',
    ],
    carriedBy: [
      'bildungstraeger-altmark-beispiel',
      'sprachzentrum-dessau-beispiel',
      'international-office-anhalt-beispiel',
    ],
  },
  {
    key: 'kmu-wissen',
    field: 'zugang-wirtschaft',
    challenge: [
      'Kleinen Betrieben fehlt Wissen zur Einstellung aus dem Ausland',
      'Visum, Anerkennung, Zustimmung der Arbeitsagentur: kleine Betriebe scheuen den Aufwand.',
      'open',
      'high',
    ],
    solution: [
      'One-Stop-Arbeitgeberveranstaltungen und Kammerberatung',
      'Ein Termin, alle Stellen an einem Tisch: Kammer, Arbeitsagentur, Ausländerbehörde und WelcomeCenter.',
      'established',
    ],
    carriedBy: [
      'ihk-magdeburg-beispiel',
      'handwerkskammer-magdeburg-beispiel',
      'welcomecenter-beispiel',
      'arbeitgeberverband-beispiel',
    ],
  },
  {
    key: 'aufenthaltsrecht-betriebe',
    field: 'zugang-wirtschaft',
    challenge: [
      'Unsicherheit in Betrieben zu Aufenthaltsrecht und Beschäftigungserlaubnis',
      'Betriebe fürchten Fehler und stellen lieber niemanden aus dem Ausland ein.',
      'in_progress',
      'medium',
    ],
    solution: [
      'Arbeitgeber-Hotline mit Fallbesprechung',
      'Eine Telefonsprechstunde für Betriebe; schwierige Fälle bespricht ein Fachteam innerhalb einer Woche.',
      'piloting',
    ],
    carriedBy: ['fif-nord-beispiel', 'iq-fachinformationszentrum-beispiel', 'agentur-arbeit-halle-beispiel'],
  },
  {
    key: 'mo-ressourcen',
    field: 'migrantenselbstorganisationen',
    challenge: [
      'Migrantenorganisationen haben zu wenige Ressourcen',
      'Die Arbeit ruht auf wenigen Ehrenamtlichen; für Förderanträge fehlen Zeit und Wissen.',
      'open',
      'high',
    ],
    solution: [
      'Stärkung der Vereine und ein Sitz in der Steuerungsgruppe',
      'Schulungen zu Vereinsarbeit und Förderanträgen; das Netzwerk hält einen Sitz in der Steuerungsgruppe frei.',
      'piloting',
    ],
    carriedBy: ['landesnetzwerk-mo-beispiel', 'freiwilligenagentur-mansfeld-beispiel'],
  },
  {
    key: 'communities-erreichen',
    field: 'migrantenselbstorganisationen',
    challenge: [
      'Beratungsangebote erreichen die Communities vor Ort nicht',
      'Angebote sind bekannt bei Fachleuten, aber nicht bei den Menschen, für die sie gedacht sind.',
      'open',
      'medium',
    ],
    solution: [
      'Brückenpersonen aus den Communities als Multiplikatorinnen und Multiplikatoren',
      'Geschulte Personen aus den Communities tragen Informationen in ihre Netzwerke und begleiten zur Beratung.',
      'established',
    ],
    carriedBy: [
      'community-stendal-beispiel',
      'community-bernburg-beispiel',
      'afrikanisch-deutscher-verein-beispiel',
    ],
  },
  {
    key: 'wegzug',
    field: 'willkommenskultur',
    challenge: [
      'Neu Zugewanderte ziehen wieder weg',
      'Familie, Wohnung und Einsamkeit: viele verlassen die Region im ersten Jahr trotz guter Arbeit.',
      'open',
      'high',
    ],
    solution: [
      'Onboarding-Mentoring und betrieblicher Integrationsplan',
      'Eine Mentorin oder ein Mentor im Betrieb und ein Plan für Wohnung, Familie und Freizeit in den ersten Monaten.',
      'piloting',
    ],
    carriedBy: ['metallbau-beispiel', 'logistik-boerde-beispiel', 'diversity-beratung-saalekreis-beispiel'],
  },
  {
    key: 'vorbehalte',
    field: 'willkommenskultur',
    challenge: [
      'Vorbehalte in Belegschaften und Nachbarschaft',
      'Neue Kolleginnen und Kollegen stoßen auf Misstrauen; Konflikte bleiben unausgesprochen.',
      'open',
      'medium',
    ],
    solution: [
      'Interkulturelle Trainings und Begegnungsformate',
      'Trainings für Belegschaften und Feste oder Sportangebote, bei denen sich Alteingesessene und Neue begegnen.',
      'established',
    ],
    carriedBy: [
      'netzwerk-ikoe-beispiel',
      'bruecken-der-kulturen-beispiel',
      'community-wittenberg-beispiel',
      'internationaler-treff-naumburg-beispiel',
    ],
  },
  {
    key: 'familien-anschluss',
    field: 'willkommenskultur',
    challenge: [
      'Familienangehörige finden keinen Anschluss',
      'Partnerinnen und Partner finden keine Arbeit, Kinder keinen Kitaplatz; die Familie fühlt sich fremd.',
      'open',
      'medium',
    ],
    solution: [
      'Familien-Willkommenspaket mit Kita-, Schul- und Jobberatung',
      'Ein Ansprechpunkt für die ganze Familie: Kita und Schule, Arbeit für Partnerinnen und Partner, Freizeit.',
      'proposed',
    ],
    carriedBy: ['integrationskoordination-burgenland-beispiel', 'freiwilligenagentur-halle-beispiel'],
  },
];

const EXAMPLE = ' (Beispiel)';

export const DEMO_CHALLENGES: DemoChallenge[] = PAIRS.map(({ key, field, challenge }) => ({
  key,
  title: `${challenge[0]}${EXAMPLE}`,
  description: challenge[1],
  field,
  status: challenge[2],
  priority: challenge[3],
}));

export const DEMO_SOLUTIONS: DemoSolution[] = PAIRS.map(({ key, solution, carriedBy, alsoAddresses }) => ({
  key,
  title: `${solution[0]}${EXAMPLE}`,
  description: solution[1],
  status: solution[2],
  addresses: [key, ...(alsoAddresses ?? [])],
  carriedBy,
}));

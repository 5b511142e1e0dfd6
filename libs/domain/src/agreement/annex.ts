// The agreement's annex as data (source: the network's cooperation agreement, Anhang).
// Kept as a module so every runtime (Node, Vite, jest) imports it the same way.
export const annex = {
  source: 'seed/netzwerk-vereinbarung.txt, Anhang: Handlungsfelder anhand der Prozesskette der Integration',
  note: "The document writes each row's actors as one run of words with no separators. 'categories' is the reading used as canonical data; 'asWritten' keeps the row exactly as printed so the product can show its source. Two readings are judgement calls and must stay editable in the product: 'IQ Angebote + Anerkennungsberatung' and 'IQ Angebote + Fachinformationszentren' are read as two categories each (IQ Angebote, plus Anerkennungsberatung or IQ Fachinformationszentren); 'Diversity Management + IKÖ Prozessbegleitungs-Akteure' is read as one category, as it is printed the same way in four rows. 'KAUSA-Landesstelle Sachsen-Anhalt „ZuSa“' is one actor: ZuSA (Zukunft Sachsen-Anhalts) is the name of the KAUSA state office, not a separate body.",
  actionFields: [
    {
      position: 1,
      key: 'aufenthalt-ankommen',
      name: 'Aufenthalt und Ankommen',
      nameEn: 'Residence and arrival',
      asWritten:
        'Integrationskoordinator*innen Migrationsberatungsstellen WelcomeCenter / FiF IQ Fachinformationszentren Diversity Management + IKÖ Prozessbegleitungs-Akteure Freiwilligenagenturen',
      categories: [
        'integrationskoordination',
        'migrationsberatung',
        'welcomecenter-fif',
        'iq-fachinformationszentren',
        'diversity-ikoe',
        'freiwilligenagenturen',
      ],
    },
    {
      position: 2,
      key: 'anerkennung',
      name: 'Anerkennung ausländischer Bildungsabschlüsse',
      nameEn: 'Recognition of foreign qualifications',
      asWritten:
        'IQ Angebote + Anerkennungsberatung Bundesagentur für Arbeit Kammern & AG-Verbände Betriebliche Integrationsmaßnahme-Akteure',
      categories: [
        'iq-angebote',
        'anerkennungsberatung',
        'bundesagentur',
        'kammern-ag-verbaende',
        'betriebliche-integration',
      ],
    },
    {
      position: 3,
      key: 'arbeitsmarkt',
      name: 'Arbeitsmarkt',
      nameEn: 'Labour market',
      asWritten:
        'Bundesagentur für Arbeit Kammern & AG-Verbände Diversity Management + IKÖ Prozessbegleitungs-Akteure WelcomeCenter / FiF IQ Angebote + Fachinformationszentren Betriebliche Integrationsmaßnahme-Akteure Faire Beschäftigungs-Beratungsangebote',
      categories: [
        'bundesagentur',
        'kammern-ag-verbaende',
        'diversity-ikoe',
        'welcomecenter-fif',
        'iq-angebote',
        'iq-fachinformationszentren',
        'betriebliche-integration',
        'faire-beschaeftigung',
      ],
    },
    {
      position: 4,
      key: 'ausbildungsmarkt',
      name: 'Ausbildungsmarkt',
      nameEn: 'Vocational training market',
      asWritten:
        'Bundesagentur für Arbeit Kammern & AG-Verbände KAUSA-Landesstelle Sachsen-Anhalt „ZuSa“ Senior- Expert – Service',
      categories: ['bundesagentur', 'kammern-ag-verbaende', 'kausa', 'senior-expert-service'],
    },
    {
      position: 5,
      key: 'uebergangsmanagement',
      name: 'Prozessketten-Übergangs-Management',
      nameEn: 'Process-chain transition management',
      asWritten:
        'WelcomeCenter / FiF Integrationskoordinator*innen Kammern & AG-Verbände IQ Fachinformationszentren Freiwilligenagenturen',
      categories: [
        'welcomecenter-fif',
        'integrationskoordination',
        'kammern-ag-verbaende',
        'iq-fachinformationszentren',
        'freiwilligenagenturen',
      ],
    },
    {
      position: 6,
      key: 'lebenslanges-lernen',
      name: 'Lebenslanges Lernen',
      nameEn: 'Lifelong learning',
      asWritten:
        'Bildungsträger Kammern & AG-Verbände WelcomeCenter / FiF Weiterbildungsagenturen International Office der Hochschulen',
      categories: [
        'bildungstraeger',
        'kammern-ag-verbaende',
        'welcomecenter-fif',
        'weiterbildungsagenturen',
        'international-office',
      ],
    },
    {
      position: 7,
      key: 'zugang-wirtschaft',
      name: 'Zugang Wirtschaft',
      nameEn: 'Access to business',
      asWritten:
        'Kammern & AG-Verbände IQ Fachinformationszentren WelcomeCenter / FiF Diversity Management + IKÖ Prozessbegleitungs-Akteure Betriebliche Integrationsmaßnahme-Akteure',
      categories: [
        'kammern-ag-verbaende',
        'iq-fachinformationszentren',
        'welcomecenter-fif',
        'diversity-ikoe',
        'betriebliche-integration',
      ],
    },
    {
      position: 8,
      key: 'migrantenselbstorganisationen',
      name: 'Migrantenselbstorganisationen',
      nameEn: 'Migrant self-organisations',
      asWritten: 'Migrantenorganisationen Communities vor Ort',
      categories: ['migrantenorganisationen', 'communities-vor-ort'],
    },
    {
      position: 9,
      key: 'willkommenskultur',
      name: 'Willkommenskultur',
      nameEn: 'Welcome culture',
      asWritten:
        'Diversity Management + IKÖ Prozessbegleitungs-Akteure Kammern & AG-Verbände WelcomeCenter / FiF Faire Beschäftigungs-Beratungsangebote Integrationskoordinator*innen IQ Fachinformationszentren Freiwilligenagenturen Betriebliche Integrationsmaßnahme-Akteure',
      categories: [
        'diversity-ikoe',
        'kammern-ag-verbaende',
        'welcomecenter-fif',
        'faire-beschaeftigung',
        'integrationskoordination',
        'iq-fachinformationszentren',
        'freiwilligenagenturen',
        'betriebliche-integration',
      ],
    },
  ],
  actorCategories: [
    {
      key: 'integrationskoordination',
      name: 'Integrationskoordinator*innen',
      nameEn: 'Integration coordinators',
    },
    {
      key: 'migrationsberatung',
      name: 'Migrationsberatungsstellen',
      nameEn: 'Migration counselling services',
    },
    {
      key: 'welcomecenter-fif',
      name: 'WelcomeCenter / FiF',
      nameEn: 'WelcomeCenter / FiF',
    },
    {
      key: 'iq-fachinformationszentren',
      name: 'IQ Fachinformationszentren',
      nameEn: 'IQ specialist information centres',
    },
    {
      key: 'diversity-ikoe',
      name: 'Diversity Management + IKÖ Prozessbegleitungs-Akteure',
      nameEn: 'Diversity management and intercultural opening (IKÖ) process advisers',
    },
    {
      key: 'freiwilligenagenturen',
      name: 'Freiwilligenagenturen',
      nameEn: 'Volunteer agencies',
    },
    {
      key: 'iq-angebote',
      name: 'IQ Angebote',
      nameEn: 'IQ programmes',
    },
    {
      key: 'anerkennungsberatung',
      name: 'Anerkennungsberatung',
      nameEn: 'Recognition counselling',
    },
    {
      key: 'bundesagentur',
      name: 'Bundesagentur für Arbeit',
      nameEn: 'Federal Employment Agency',
    },
    {
      key: 'kammern-ag-verbaende',
      name: 'Kammern & AG-Verbände',
      nameEn: "Chambers and employers' associations",
    },
    {
      key: 'betriebliche-integration',
      name: 'Betriebliche Integrationsmaßnahme-Akteure',
      nameEn: 'Providers of in-company integration measures',
    },
    {
      key: 'faire-beschaeftigung',
      name: 'Faire Beschäftigungs-Beratungsangebote',
      nameEn: 'Fair employment counselling services',
    },
    {
      key: 'kausa',
      name: 'KAUSA-Landesstelle Sachsen-Anhalt „ZuSa“',
      nameEn: 'KAUSA state office Saxony-Anhalt „ZuSa“',
    },
    {
      key: 'senior-expert-service',
      name: 'Senior-Expert-Service',
      nameEn: 'Senior Expert Service',
    },
    {
      key: 'bildungstraeger',
      name: 'Bildungsträger',
      nameEn: 'Education and training providers',
    },
    {
      key: 'weiterbildungsagenturen',
      name: 'Weiterbildungsagenturen',
      nameEn: 'Further-training agencies',
    },
    {
      key: 'international-office',
      name: 'International Office der Hochschulen',
      nameEn: 'International offices of the universities',
    },
    {
      key: 'migrantenorganisationen',
      name: 'Migrantenorganisationen',
      nameEn: 'Migrant organisations',
    },
    {
      key: 'communities-vor-ort',
      name: 'Communities vor Ort',
      nameEn: 'Local communities',
    },
  ],
  actionGoals: [
    {
      number: 1,
      text: 'Breite Sensibilisierung der Gesellschaft für Potentiale einer Willkommenskultur aber auch für die damit verbundenen Herausforderungen.',
    },
    {
      number: 2,
      text: 'Organisation von mindestens einer öffentlichkeitswirksamen Veranstaltung mit einer hohen Breitenwirkung pro Jahr.',
    },
    {
      number: 3,
      text: 'Entwicklung von praktischen Handlungsleitfäden, damit eine ganzheitliche Willkommenskultur in Sachsen-Anhalt stärker gelebt werden kann.',
    },
    {
      number: 4,
      text: 'Mitwirkung bei der Zusammenstellung und Verbreitung von Beispielen einer „guten Praxis“, auch durch die Nutzung von Kommunikationskanälen, die die Netzwerkpartner*innen einbringen.',
    },
    {
      number: 5,
      text: 'Erfassen von praktischen und grundsätzlichen Herausforderungen in der Ansprache und Integration von Zugewanderten in Gesellschaft und in den Arbeitsmarkt. Die unterschiedlichen Fachexpertisen der Netzwerkpartner*innen dienen zum Finden von konkreten Lösungsansätzen.',
    },
    {
      number: 6,
      text: 'Die Aktivitäten der im Netzwerk organisierten Akteur*innen finden durch die gegenseitige Unterstützung eine Verstärkung und breitere öffentliche Wahrnehmung. Die Netzwerkaktivitäten haben eine katalysatorische Wirkung im Sinne der strategischen Zielstellung.',
    },
  ],
  rules: {
    agreementInForce: '2024-02-29',
    networkMeetingCadence:
      'quarterly (vierteljährlich); extra meetings (Sondertreffen) may be called by the steering group',
    steeringGroupMaxPersons: 10,
    steeringGroupConfirmationYears: 3,
    publicEventsPerYearMin: 1,
    membership: 'open to anyone who can and wants to contribute; voluntary',
  },
} as const;

export type RegionKind = 'district' | 'city';

export interface RegionDefinition {
  key: string;
  name: string;
  kind: RegionKind;
}

/** The 11 districts (Landkreise) and 3 district-free cities (kreisfreie Städte) of Saxony-Anhalt. */
export const REGIONS: readonly RegionDefinition[] = [
  { key: 'altmarkkreis-salzwedel', name: 'Altmarkkreis Salzwedel', kind: 'district' },
  { key: 'anhalt-bitterfeld', name: 'Anhalt-Bitterfeld', kind: 'district' },
  { key: 'boerde', name: 'Börde', kind: 'district' },
  { key: 'burgenlandkreis', name: 'Burgenlandkreis', kind: 'district' },
  { key: 'harz', name: 'Harz', kind: 'district' },
  { key: 'jerichower-land', name: 'Jerichower Land', kind: 'district' },
  { key: 'mansfeld-suedharz', name: 'Mansfeld-Südharz', kind: 'district' },
  { key: 'saalekreis', name: 'Saalekreis', kind: 'district' },
  { key: 'salzlandkreis', name: 'Salzlandkreis', kind: 'district' },
  { key: 'stendal', name: 'Stendal', kind: 'district' },
  { key: 'wittenberg', name: 'Wittenberg', kind: 'district' },
  { key: 'dessau-rosslau', name: 'Dessau-Roßlau', kind: 'city' },
  { key: 'halle-saale', name: 'Halle (Saale)', kind: 'city' },
  { key: 'magdeburg', name: 'Magdeburg (Landeshauptstadt)', kind: 'city' },
];

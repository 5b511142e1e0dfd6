import {
  ACTION_FIELDS,
  ACTION_GOALS,
  ACTOR_CATEGORIES,
  AGREEMENT_RULES,
  AGREEMENT_SOURCE,
  REGIONS,
  categoryPlacements,
  germanSortKey,
} from '@netzwerkstatt/domain';
import { AgreementSeedData } from './agreement-seed.repository.js';

/** The agreement's annex (libs/domain) shaped as rows for the seed statements. */
export function agreementSeedData(): AgreementSeedData {
  const fields = [...ACTION_FIELDS].sort((a, b) => a.position - b.position);
  return {
    fields: fields.map(({ key, position, name, nameEn, asWritten }) => ({
      key,
      position,
      name,
      nameEn,
      asWritten,
      sortKey: germanSortKey(name),
    })),
    chain: fields.slice(1).map((field, index) => ({ from: fields[index].key, to: field.key })),
    categories: ACTOR_CATEGORIES.map(({ key, name, nameEn }) => ({
      key,
      name,
      nameEn,
      sortKey: germanSortKey(name),
    })),
    placements: categoryPlacements(),
    goals: ACTION_GOALS.map(({ number, text }) => ({ number, text })),
    regions: REGIONS.map(({ key, name, kind }) => ({ key, name, kind, sortKey: germanSortKey(name) })),
    agreement: {
      inForce: AGREEMENT_RULES.agreementInForce,
      source: AGREEMENT_SOURCE,
      networkMeetingCadence: AGREEMENT_RULES.networkMeetingCadence,
      steeringGroupMaxPersons: AGREEMENT_RULES.steeringGroupMaxPersons,
      steeringGroupConfirmationYears: AGREEMENT_RULES.steeringGroupConfirmationYears,
      publicEventsPerYearMin: AGREEMENT_RULES.publicEventsPerYearMin,
      membership: AGREEMENT_RULES.membership,
    },
  };
}

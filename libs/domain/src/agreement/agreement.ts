import { annex } from './annex.js';

/** One of the nine action fields (Handlungsfelder) along the process chain of integration. */
export interface ActionFieldDefinition {
  position: number;
  key: string;
  name: string;
  nameEn: string;
  /** The annex row exactly as printed in the agreement. */
  asWritten: string;
  /** Keys of the actor categories the annex places in this field, in printed order. */
  categories: readonly string[];
}

export interface ActorCategoryDefinition {
  key: string;
  name: string;
  nameEn: string;
}

export interface ActionGoalDefinition {
  number: number;
  text: string;
}

export interface AgreementRules {
  agreementInForce: string;
  networkMeetingCadence: string;
  steeringGroupMaxPersons: number;
  steeringGroupConfirmationYears: number;
  publicEventsPerYearMin: number;
  membership: string;
}

export const ACTION_FIELDS: readonly ActionFieldDefinition[] = annex.actionFields;
export const ACTOR_CATEGORIES: readonly ActorCategoryDefinition[] = annex.actorCategories;
export const ACTION_GOALS: readonly ActionGoalDefinition[] = annex.actionGoals;
export const AGREEMENT_RULES: AgreementRules = annex.rules;
export const AGREEMENT_SOURCE = annex.source;

/** Every (category, field) placement the annex makes: 48 in total. */
export function categoryPlacements(): { categoryKey: string; actionFieldKey: string; order: number }[] {
  return ACTION_FIELDS.flatMap((field) =>
    field.categories.map((categoryKey, order) => ({ categoryKey, actionFieldKey: field.key, order })),
  );
}

import { GRAPH_TYPES } from '@netzwerkstatt/domain';

/** One colour per kind of node (Okabe–Ito based, told apart with common colour-vision deficiencies). */
export const TYPE_COLORS: Record<string, string> = {
  Actor: '#0072B2',
  Person: '#56B4E9',
  ActionField: '#E69F00',
  ActorCategory: '#CC79A7',
  Region: '#009E73',
  Challenge: '#D55E00',
  SolutionApproach: '#7B52AE',
  GoodPractice: '#8C6D1F',
  Guideline: '#404040',
  ActionGoal: '#999999',
};

const TYPE_SIZES: Record<string, number> = {
  ActionField: 9,
  ActorCategory: 7,
  Region: 7,
  ActionGoal: 7,
  Actor: 6,
};

/** The types the explorer knows, in legend order. */
export const EXPLORER_TYPES: readonly string[] = GRAPH_TYPES;

export const DIMMED_COLOR = '#d9d9d9';
export const FOCUS_COLOR = '#000000';
export const PATH_EDGE_COLOR = '#c2255c';
export const EDGE_COLOR = '#b3b3b3';

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#666666';
}

export function typeSize(type: string): number {
  return TYPE_SIZES[type] ?? 5;
}

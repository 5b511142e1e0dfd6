import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import {
  STEERING_ACTOR_OPTIONS,
  STEERING_PRACTICE_OPTIONS,
  STEERING_SOLUTION_OPTIONS,
} from '../graphql/board';

export const useApproachOptions = () =>
  useSearchOptions(STEERING_SOLUTION_OPTIONS, (data) =>
    data.solutionApproaches.edges.map(({ node }) => ({ value: node.id, label: node.title })),
  );

export const useCarrierOptions = () =>
  useSearchOptions(STEERING_ACTOR_OPTIONS, (data) =>
    data.actors.edges.map(({ node }) => ({ value: node.id, label: node.name })),
  );

export const usePracticeOptions = () =>
  useSearchOptions(STEERING_PRACTICE_OPTIONS, (data) =>
    data.goodPractices.edges.map(({ node }) => ({ value: node.id, label: node.title })),
  );

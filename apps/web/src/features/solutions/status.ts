import type { SolutionStatus } from '../../graphql/generated/graphql';

export const SOLUTION_STATUSES: SolutionStatus[] = ['proposed', 'piloting', 'established', 'discontinued'];

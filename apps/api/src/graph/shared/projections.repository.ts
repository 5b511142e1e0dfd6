/**
 * Map projections of the nodes this part of the graph lists, as Cypher fragments for a node bound to
 * `alias`. Every repository that returns these kinds projects them the same way, so a record looks
 * alike whichever query fetched it. Temporal values become ISO strings through `toPlain`.
 */
const audit = '.createdAt, .updatedAt, .createdBy, .updatedBy';

export const challengeProjection = (alias: string) =>
  `${alias} { .id, .title, .description, .status, .priority, ${audit},
    actionFieldId: COLLECT { MATCH (${alias})-[:IN_FIELD]->(f:ActionField) RETURN f.id }[0] }`;

export const solutionProjection = (alias: string) =>
  `${alias} { .id, .title, .description, .status, ${audit} }`;

export const goodPracticeProjection = (alias: string) =>
  `${alias} { .id, .title, .description, .url, .year, ${audit} }`;

export const guidelineProjection = (alias: string) =>
  `${alias} { .id, .title, .status, .version, ${audit},
    actionFieldId: COLLECT { MATCH (${alias})-[:IN_FIELD]->(f:ActionField) RETURN f.id }[0] }`;

export const actorProjection = (alias: string) =>
  `${alias} { .id, .name, .description, .website, .email, statewide: coalesce(${alias}.statewide, false), ${audit} }`;

import { actorProjection, challengeProjection } from './projections.repository.js';

describe('projections', () => {
  it('project every property without a selection', () => {
    expect(actorProjection('a')).toBe(
      'a { .id, .name, .description, .website, .email, statewide: coalesce(a.statewide, false), ' +
        'revision: coalesce(a.revision, 1), .createdAt, .updatedAt, .createdBy, .updatedBy }',
    );
  });

  it('project only the selected properties, always with the id, ignoring nested and unknown fields', () => {
    expect(
      challengeProjection('x', new Set(['title', 'solutionApproaches', '__typename', 'x }) DETACH'])),
    ).toBe('x { .id, .title }');
    expect(actorProjection('x', new Set(['statewide']))).toBe(
      'x { .id, statewide: coalesce(x.statewide, false) }',
    );
  });

  it('bring the ids of an actor’s selected reference lists along, and only those', () => {
    expect(actorProjection('a', new Set(['name', 'actionFields']))).toBe(
      'a { .id, .name, __actionFieldIds: COLLECT { MATCH (a)-[:WORKS_IN]->(t:ActionField) RETURN t.id } }',
    );
  });

  it('bring the field id along when the action field is selected', () => {
    expect(challengeProjection('x', new Set(['actionField']))).toBe(
      'x { .id, actionFieldId: COLLECT { MATCH (x)-[:IN_FIELD]->(f:ActionField) RETURN f.id }[0] }',
    );
  });
});

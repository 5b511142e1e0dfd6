import { registerEnumType } from '@nestjs/graphql';
import { GRAPH_RELATIONSHIPS, type GraphRelationship } from '@netzwerkstatt/domain';

/** The relationship kinds of the knowledge graph as a GraphQL enum (MENTIONS: guideline → what it names). */
export const GraphRelationshipEnum = Object.fromEntries(GRAPH_RELATIONSHIPS.map((kind) => [kind, kind])) as {
  [K in GraphRelationship]: K;
};

registerEnumType(GraphRelationshipEnum, {
  name: 'GraphRelationship',
  description: 'A kind of relationship in the network graph, as stored (see ARCHITECTURE.md, „The graph“).',
});

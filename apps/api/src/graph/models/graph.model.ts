import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EntityType } from '@netzwerkstatt/domain';
import { EntityTypeEnum } from './entity-type.enum.js';

@ObjectType('GraphNode', { description: 'A node of the network graph with the fields a graph view shows.' })
export class GraphNodeModel {
  @Field(() => ID)
  id: string;

  @Field(() => EntityTypeEnum)
  type: EntityType;

  @Field({ description: 'Title or name (an action goal: its text)' })
  label: string;

  @Field(() => String, {
    nullable: true,
    description: 'Stable key of reference data (action fields, categories, regions)',
  })
  key: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Status of a challenge, solution approach or guideline',
  })
  status: string | null;

  @Field(() => String, { nullable: true, description: 'Priority of a challenge' })
  priority: string | null;

  @Field(() => Int, { nullable: true, description: 'Position of an action field along the process chain' })
  position: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of a good practice' })
  year: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Actors only: works everywhere in the state (landesweit); null for every other kind',
  })
  statewide: boolean | null;

  @Field(() => [String], {
    description:
      'Keys of the action fields the node belongs to, sorted: an actor works in them, a challenge or ' +
      'guideline is filed in one, a solution approach through the challenges it addresses, a good ' +
      'practice through the approaches it evidences; an action field: its own key',
  })
  fieldKeys: string[];

  @Field(() => [String], {
    description: "Keys of an actor's categories, sorted; an actor category: its own key; otherwise empty",
  })
  categoryKeys: string[];

  @Field(() => [String], {
    description:
      'Keys of the regions an actor is active in, sorted (a statewide actor may have none); a region: ' +
      'its own key; otherwise empty',
  })
  regionKeys: string[];
}

@ObjectType('GraphEdge', {
  description: 'A relationship, directed as stored, e.g. SolutionApproach ADDRESSES Challenge.',
})
export class GraphEdgeModel {
  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;

  @Field({ description: 'Relationship type as in ARCHITECTURE.md, e.g. ADDRESSES, CARRIES, IN_FIELD' })
  type: string;
}

@ObjectType('Neighbourhood', { description: 'The nodes around one node and the relationships among them.' })
export class NeighbourhoodModel {
  @Field(() => GraphNodeModel)
  center: GraphNodeModel;

  @Field(() => [GraphNodeModel], { description: 'The center first, then nearer nodes before farther ones' })
  nodes: GraphNodeModel[];

  @Field(() => [GraphEdgeModel], { description: 'Every relationship between two of the nodes' })
  edges: GraphEdgeModel[];

  @Field({
    description: 'True when more nodes were in reach than the limit allows; the farthest were left out',
  })
  truncated: boolean;
}

@ObjectType('GraphPath', {
  description: 'A shortest path: nodes in order from start to end, and the edges between.',
})
export class GraphPathModel {
  @Field(() => [GraphNodeModel])
  nodes: GraphNodeModel[];

  @Field(() => [GraphEdgeModel], {
    description: 'edges[i] joins nodes[i] and nodes[i + 1], in its stored direction',
  })
  edges: GraphEdgeModel[];

  @Field(() => Int, { description: 'Number of hops' })
  length: number;
}

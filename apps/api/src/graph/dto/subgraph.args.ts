import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { type EntityType, GRAPH_LIMITS, type GraphRelationship } from '@netzwerkstatt/domain';
import { EntityTypeEnum } from '../models/entity-type.enum.js';
import { GraphRelationshipEnum } from '../models/graph-relationship.enum.js';

@ArgsType()
export class SubgraphArgs {
  @Field(() => [ID], { description: `Nodes to show, at most ${GRAPH_LIMITS.ids}` })
  ids: string[];

  @Field(() => [GraphRelationshipEnum], { nullable: true, description: 'Only these kinds; default: all' })
  relationships?: GraphRelationship[] | null;
}

@ArgsType()
export class ExpandArgs {
  @Field(() => [ID], { description: `Nodes to expand from, at most ${GRAPH_LIMITS.ids}` })
  ids: string[];

  @Field(() => Int, { defaultValue: 1, description: 'Hops from the nodes: 1 or 2' })
  depth: number;

  @Field(() => [EntityTypeEnum], {
    nullable: true,
    description: 'Only neighbours of these kinds, and only paths through them; default: every graph kind',
  })
  types?: EntityType[] | null;

  @Field(() => [GraphRelationshipEnum], {
    nullable: true,
    description: 'Only through relationships of these kinds; default: all',
  })
  relationships?: GraphRelationship[] | null;

  @Field(() => Int, {
    defaultValue: GRAPH_LIMITS.defaultNodes,
    description: `Most neighbours added (1–${GRAPH_LIMITS.maxNodes}); the nearest are kept, \`truncated\` says more were in reach`,
  })
  limit: number;
}

@InputType('GraphSetFilter', {
  description:
    'A whole set of nodes: every list given must match (a node matches a list when one of its keys is in it). ' +
    'A kind that does not carry a given list (a challenge has no region) is left out.',
})
export class GraphSetFilterInput {
  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Kinds of node; default: every graph kind' })
  types?: EntityType[] | null;

  @Field(() => [String], { nullable: true, description: 'Action field keys (GraphNode.fieldKeys)' })
  fieldKeys?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Actor category keys (GraphNode.categoryKeys)' })
  categoryKeys?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Region keys (GraphNode.regionKeys); statewide actors match every region unless regionalOnly',
  })
  regionKeys?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Leave statewide actors out of a region filter',
  })
  regionalOnly?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Statuses of challenges, solution approaches or guidelines (other kinds are left out)',
  })
  statuses?: string[] | null;

  @Field(() => [GraphRelationshipEnum], {
    nullable: true,
    description: 'Relationships shown among the nodes; default: all kinds',
  })
  relationships?: GraphRelationship[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Most nodes returned, first by name (1–${GRAPH_LIMITS.maxNodes}, default ${GRAPH_LIMITS.defaultNodes})`,
  })
  limit?: number | null;
}

@ArgsType()
export class GraphSetArgs {
  @Field(() => GraphSetFilterInput)
  filter: GraphSetFilterInput;
}

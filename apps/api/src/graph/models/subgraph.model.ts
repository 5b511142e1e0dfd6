import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphEdgeModel, GraphNodeModel } from './graph.model.js';

@ObjectType('LocalizedMessage', { description: 'A message in German and English.' })
export class LocalizedMessageModel {
  @Field()
  de: string;

  @Field()
  en: string;
}

@ObjectType('Subgraph', {
  description: 'Nodes of the network graph and every relationship among them (subgraph, expand, graphSet).',
})
export class SubgraphModel {
  @Field(() => [GraphNodeModel], {
    description:
      'subgraph: in the order asked; expand: the start nodes, then nearer before farther; graphSet: by name',
  })
  nodes: GraphNodeModel[];

  @Field(() => [GraphEdgeModel], {
    description: 'Every relationship of the chosen kinds between two of the nodes',
  })
  edges: GraphEdgeModel[];

  @Field(() => [ID], {
    description:
      'Ids asked for that name no node of the graph: unknown, in the Papierkorb, or not a graph kind',
  })
  missingIds: string[];

  @Field({
    description: 'True when more nodes were in reach or matched than `limit`; `notice` says what was kept',
  })
  truncated: boolean;

  @Field(() => Int, { nullable: true, description: 'The most nodes the answer could add (expand, graphSet)' })
  limit: number | null;

  @Field(() => Int, { nullable: true, description: 'graphSet: how many nodes match the filter in all' })
  totalCount: number | null;

  @Field(() => LocalizedMessageModel, {
    nullable: true,
    description:
      'What a person should know about the answer (what was left out past the limit); null when nothing',
  })
  notice: LocalizedMessageModel | null;
}

import { graphql } from '../../../graphql/generated';

export const GRAPH_NEIGHBOURHOOD = graphql(`
  query GraphNeighbourhood($id: ID!, $depth: Int!, $types: [EntityType!]) {
    neighbourhood(id: $id, depth: $depth, types: $types) {
      center {
        id
        type
        label
        key
        status
        priority
        position
        year
      }
      nodes {
        id
        type
        label
        key
        status
        priority
        position
        year
      }
      edges {
        from
        to
        type
      }
      truncated
    }
  }
`);

export const GRAPH_SHORTEST_PATH = graphql(`
  query GraphShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int!) {
    shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
      length
      nodes {
        id
        type
        label
        key
        status
        priority
        position
        year
      }
      edges {
        from
        to
        type
      }
    }
  }
`);

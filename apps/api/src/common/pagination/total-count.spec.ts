import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectsTotalCount } from './total-count.js';

const schema = buildSchema(`
  type Edge { cursor: String! }
  type ThingConnection { totalCount: Int! edges: [Edge!]! }
  type Query { things: ThingConnection! }
`);

/** Runs the document against a resolver that records what `selectsTotalCount` says. */
function seen(document: string, variables: Record<string, unknown> = {}): boolean {
  let answer: boolean | undefined;
  const result = execute({
    schema,
    document: parse(document),
    variableValues: variables,
    rootValue: {
      things: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        answer = selectsTotalCount(info);
        return { totalCount: 0, edges: [] };
      },
    },
  });
  if ('errors' in result && result.errors?.length) throw result.errors[0];
  if (answer === undefined) throw new Error('resolver not called');
  return answer;
}

describe('selectsTotalCount', () => {
  it('sees totalCount selected directly or under an alias', () => {
    expect(seen('{ things { totalCount edges { cursor } } }')).toBe(true);
    expect(seen('{ things { n: totalCount } }')).toBe(true);
  });

  it('sees no totalCount when only edges are selected', () => {
    expect(seen('{ things { edges { cursor } } }')).toBe(false);
  });

  it('looks into fragments and inline fragments, including nested ones', () => {
    expect(
      seen(
        '{ things { ...F } } fragment F on ThingConnection { ...G } fragment G on ThingConnection { totalCount }',
      ),
    ).toBe(true);
    expect(seen('{ things { ... on ThingConnection { totalCount } } }')).toBe(true);
    expect(seen('{ things { ...F } } fragment F on ThingConnection { edges { cursor } }')).toBe(false);
  });

  it('honours @skip and @include', () => {
    const doc = 'query ($c: Boolean!) { things { totalCount @include(if: $c) edges { cursor } } }';
    expect(seen(doc, { c: true })).toBe(true);
    expect(seen(doc, { c: false })).toBe(false);
    expect(seen('query ($s: Boolean!) { things { ... @skip(if: $s) { totalCount } } }', { s: true })).toBe(
      false,
    );
  });
});

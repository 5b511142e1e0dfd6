import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type FragmentDefinitionNode } from 'graphql';
import { fragmentsIn, withFragments } from '../../vite-graphql-documents';

const SRC = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the document compiler', () => {
  const known = new Map<string, FragmentDefinitionNode>();
  const files = sources(SRC).map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  for (const { code } of files)
    for (const fragment of fragmentsIn(code)) known.set(fragment.name.value, fragment);

  it('copies the fragments a document spreads, and theirs, into it', () => {
    const inner = parse('fragment Inner on PageInfo { endCursor }').definitions[0] as FragmentDefinitionNode;
    const outer = parse('fragment Outer on PageInfo { hasNextPage ...Inner }')
      .definitions[0] as FragmentDefinitionNode;
    const fragments = new Map([
      ['Inner', inner],
      ['Outer', outer],
    ]);
    const document = withFragments(parse('query Q { trash { pageInfo { ...Outer } } }'), fragments);
    expect(
      document.definitions.map((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? d.name.value : d.kind)),
    ).toEqual(['OperationDefinition', 'Outer', 'Inner']);
    expect(() => withFragments(parse('query Q { x { ...Nowhere } }'), fragments)).toThrow(/Nowhere/);
  });

  it('finds every fragment the app spreads', () => {
    const unresolved: string[] = [];
    for (const { file, code } of files) {
      for (const [, body] of code.matchAll(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g)) {
        try {
          withFragments(parse(body), known);
        } catch (error) {
          unresolved.push(`${path.relative(SRC, file)}: ${(error as Error).message}`);
        }
      }
    }
    expect(unresolved).toEqual([]);
    expect(print(known.get('PageInfoParts')!)).toMatch(/hasNextPage/);
  });
});

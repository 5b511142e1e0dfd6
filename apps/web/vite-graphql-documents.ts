import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'vite';

const GRAPHQL_CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;

/** The fragment definitions written in one module's `graphql(`…`)` calls. */
export function fragmentsIn(code: string): FragmentDefinitionNode[] {
  return [...code.matchAll(GRAPHQL_CALL)].flatMap(([, body]) =>
    parse(body, { noLocation: true }).definitions.filter(
      (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
    ),
  );
}

function spreadNames(node: unknown): string[] {
  const names: string[] = [];
  visit(node as DocumentNode, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/**
 * The document with the definitions of the fragments it spreads but does not define itself (and of
 * those they spread), taken from `known`; throws naming a fragment nobody defines.
 */
export function withFragments(
  document: DocumentNode,
  known: ReadonlyMap<string, FragmentDefinitionNode>,
): DocumentNode {
  const defined = new Set(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  const added: FragmentDefinitionNode[] = [];
  const pending = spreadNames(document);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (defined.has(name)) continue;
    const fragment = known.get(name);
    if (!fragment) throw new Error(`fragment ${name} is defined nowhere in the app`);
    defined.add(name);
    added.push(fragment);
    pending.push(...spreadNames(fragment));
  }
  return added.length === 0 ? document : { ...document, definitions: [...document.definitions, ...added] };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Compiles each `graphql(`…`)` call to its parsed document at build time, in the module that wrote it.
 * Codegen still types these calls; at run time, though, the client preset's `graphql()` would look
 * documents up in one generated map of every operation in the app, so the first page would download
 * the operations of all pages. This is what the preset's Babel/SWC plugins do, in a few lines.
 *
 * A document may spread a fragment written in another module (e.g. `...PageInfoParts` from
 * src/shared/graphql/fragments.ts): its definition is copied into the document here, as codegen does
 * for the typed documents.
 */
export function graphqlDocuments(): Plugin {
  let srcDir = '';
  /** Fragment definitions per module, so a changed module replaces its own. */
  const byModule = new Map<string, FragmentDefinitionNode[]>();
  const known = () =>
    new Map([...byModule.values()].flat().map((fragment) => [fragment.name.value, fragment] as const));
  const scan = (file: string) => {
    try {
      byModule.set(file, fragmentsIn(readFileSync(file, 'utf8')));
    } catch {
      // Unreadable or not valid GraphQL yet (mid-edit): its own transform reports the problem.
      byModule.delete(file);
    }
  };

  return {
    name: 'netzwerkstatt-graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      srcDir = path.join(config.root, 'src');
    },
    buildStart() {
      byModule.clear();
      for (const file of sourceFiles(srcDir)) scan(file);
    },
    watchChange(id) {
      if (/\.tsx?$/.test(id) && id.startsWith(srcDir)) scan(id);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/graphql/generated/') || !/\bgraphql\(\s*`/.test(code))
        return null;
      scan(id);
      const fragments = known();
      const transformed = code.replace(GRAPHQL_CALL, (_call, body: string) => {
        try {
          return `(${JSON.stringify(withFragments(parse(body, { noLocation: true }), fragments))})`;
        } catch (error) {
          return this.error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      return {
        code: transformed.replace(
          /^import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*graphql\/generated['"];?[ \t]*$/m,
          '',
        ),
        map: null,
      };
    },
  };
}

import { Kind, parse, visit } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Compiles each `graphql(`…`)` call to its parsed document at build time, in the module that wrote it.
 * Codegen still types these calls; at run time, though, the client preset's `graphql()` would look
 * documents up in one generated map of every operation in the app, so the first page would download
 * the operations of all pages. This is what the preset's Babel/SWC plugins do, in a few lines.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'netzwerkstatt-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/graphql/generated/') || !/\bgraphql\(\s*`/.test(code))
        return null;
      const transformed = code.replace(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g, (_call, body: string) => {
        const document = parse(body, { noLocation: true });
        const defined = new Set(
          document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
        );
        visit(document, {
          FragmentSpread: (node) => {
            if (!defined.has(node.name.value))
              this.error(`${id}: fragment ${node.name.value} must be defined in the same document`);
          },
        });
        return `(${JSON.stringify(document)})`;
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

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../src/generated/gql/graphql.ts', import.meta.url));
const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));

/** A `graphql(`…`)` call of codegen's client preset (its documents never interpolate). */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** The name codegen gives the document of a call: `query Statistics` → StatisticsDocument. */
function documentNameOf(text: string): string | undefined {
  const operation = text.match(/^\s*(?:query|mutation|subscription)\s+(\w+)/m)?.[1];
  if (operation) return `${operation}Document`;
  const fragment = text.match(/^\s*fragment\s+(\w+)/m)?.[1];
  return fragment ? `${fragment}FragmentDoc` : undefined;
}

const PREFIX = 'virtual:cadre-document/';

/**
 * What codegen's babel plugin does, for Vite: each `graphql(`…`)` call becomes an import of its own
 * document, one module per document (its object, as codegen wrote it in generated/gql/graphql.ts). The
 * preset's `graphql()` looks documents up in a map of every operation of the client (gql.ts), and a module
 * goes whole into one chunk: one call from the shell put every board's documents in the first load. One
 * module each, a document goes with the code that sends it. A call whose document codegen has not written
 * (stale output) is left to `graphql()`.
 */
export function typedDocumentImports(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'cadre-typed-document-imports',
    apply: 'build',
    buildStart() {
      const generated = readFileSync(GENERATED, 'utf8');
      const declarations = generated.matchAll(
        /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
      );
      documents = new Map([...declarations].map((match) => [match[1]!, match[2]!]));
      this.addWatchFile(GENERATED);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      return `export default ${documents.get(id.slice(PREFIX.length + 1))};`;
    },
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!path.startsWith(SOURCE) || path.includes('/generated/') || !code.includes('graphql(')) return null;
      const imports = new Map<string, string>();
      const rewritten = code.replace(CALL, (call, text: string) => {
        const name = documentNameOf(text);
        if (!name || !documents.has(name)) return call;
        const local = `__document_${name}`;
        imports.set(name, local);
        return local;
      });
      if (imports.size === 0) return null;
      const lines = [...imports].map(([name, local]) => `import ${local} from '${PREFIX}${name}';`);
      return { code: `${lines.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

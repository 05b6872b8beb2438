// The layers' import rules, read from the source with TypeScript's own parser:
// - src/lib (pure logic) imports no wording (src/strings) and nothing from Astro (`astro:*`), and
//   takes from src/schemas only types (`import type`), so no zod reaches the browser through it;
// - src/schemas imports nothing from src/lib (the ids both share live in src/ids);
// - src/ids imports nothing at all: it is the leaf both layers stand on.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Import {
  /** The module as written, e.g. `../strings/en` or `astro:content`. */
  specifier: string;
  /** Only types are imported (`import type`, `export type … from`), so nothing of it ships. */
  typeOnly: boolean;
}

/** Every import and re-export in a module, including `import()` calls. */
function importsOf(source: string, fileName: string): Import[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node)
        ? node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (!!node.importClause &&
            !node.importClause.name &&
            !!node.importClause.namedBindings &&
            ts.isNamedImports(node.importClause.namedBindings) &&
            node.importClause.namedBindings.elements.length > 0 &&
            node.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
        : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push({ specifier: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The folder of the project an import lands in (`src/lib`, `src/strings`…), `astro:` for Astro's modules, or the package name. */
function target(from: string, specifier: string): string {
  if (specifier.startsWith('astro:')) return 'astro:';
  if (!specifier.startsWith('.')) return specifier.split('/')[0] ?? specifier;
  const path = relative(root, resolve(dirname(from), specifier));
  return path.split('/').slice(0, 2).join('/');
}

/** The import rules, as messages naming the file and the import; empty when all hold. */
function ruleBreaks(files: { path: string; source: string }[]): string[] {
  const breaks: string[] = [];
  for (const { path, source } of files) {
    const layer = relative(root, path).split('/').slice(0, 2).join('/');
    for (const { specifier, typeOnly } of importsOf(source, path)) {
      const to = target(path, specifier);
      const local = relative(root, path);
      if (layer === 'src/lib') {
        if (to === 'src/strings') breaks.push(`${local} imports wording (${specifier}): take it as an argument or return a key`);
        if (to === 'astro:') breaks.push(`${local} imports ${specifier}: src/lib stays free of Astro`);
        if (to === 'src/schemas' && !typeOnly)
          breaks.push(`${local} imports values from ${specifier}: use \`import type\` (shared lists live in src/ids)`);
      }
      if (layer === 'src/schemas' && to === 'src/lib')
        breaks.push(`${local} imports ${specifier}: move what both need to src/ids`);
      if (layer === 'src/ids' && (to.startsWith('src/') || to === 'astro' || to === 'astro:'))
        breaks.push(`${local} imports ${specifier}: src/ids imports nothing`);
    }
  }
  return breaks;
}

/** Every .ts file under a folder of the project. */
function sources(folder: string): { path: string; source: string }[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(root, folder, name))
    .map((path) => ({ path, source: readFileSync(path, 'utf8') }));
}

describe('import rules', () => {
  it('hold for src/lib, src/schemas and src/ids', () => {
    const files = [...sources('src/lib'), ...sources('src/schemas'), ...sources('src/ids')];
    expect(files.length).toBeGreaterThan(30);
    expect(ruleBreaks(files)).toEqual([]);
  });

  it('catch each kind of break, naming the file and the import', () => {
    const at = (path: string, source: string) => ({ path: join(root, path), source });
    expect(
      ruleBreaks([
        at('src/lib/a.ts', "import { nav } from '../strings/en';"),
        at('src/lib/quiz/b.ts', "import { getCollection } from 'astro:content';\nexport { x } from '../../strings';"),
        at(
          'src/lib/c.ts',
          "import { modalitySchema } from '../schemas/modality';\nimport type { Modality } from '../schemas/modality';",
        ),
        at('src/lib/d.ts', "const m = await import('../strings/en');"),
        at('src/schemas/e.ts', "import { levelIds } from '../lib/quiz/ids';"),
        at('src/ids/f.ts', "import { z } from 'astro/zod';"),
        at(
          'src/lib/ok.ts',
          "import { type Ref } from '../schemas/ref';\nimport { levelIds } from '../ids/quiz';\n// import { nav } from '../strings/en';",
        ),
      ]),
    ).toEqual([
      'src/lib/a.ts imports wording (../strings/en): take it as an argument or return a key',
      'src/lib/quiz/b.ts imports astro:content: src/lib stays free of Astro',
      'src/lib/quiz/b.ts imports wording (../../strings): take it as an argument or return a key',
      'src/lib/c.ts imports values from ../schemas/modality: use `import type` (shared lists live in src/ids)',
      'src/lib/d.ts imports wording (../strings/en): take it as an argument or return a key',
      'src/schemas/e.ts imports ../lib/quiz/ids: move what both need to src/ids',
      'src/ids/f.ts imports astro/zod: src/ids imports nothing',
    ]);
  });
});

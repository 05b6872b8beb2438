/**
 * Release gate: validates every built page (`dist/**\/*.html`: pages, embeds, 404) with
 * html-validate's recommended rules and exits 1 on any error, naming the page, line, rule and
 * problem. Run after `npm run build`: `npm run validate:html [-- --root dist]`.
 *
 * The configuration is below, not in a config file, so each change to the recommended rules sits
 * next to its reason. Two places are exempted inline in their components instead, where the
 * reason is local: the comparison tables' explicit ARIA roles (ComparisonTable, ModalityMatrix)
 * and the views that CSS shows one at a time (TableOfContents, EmbedSummaryFoot).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

const args = process.argv.slice(2);
const at = args.indexOf('--root');
const DIST = at >= 0 && args[at + 1] ? (args[at + 1] as string) : 'dist';

const config: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A group of checkboxes shares one name, as radios do: that is how HTML sends a multiple
    // answer (the quiz's "where does it hurt?"). The default allows shared names for radios only.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // HTML allows any id without spaces. The strict mode wants a leading letter for old CSS
    // selectors; correction anchors are their file names, which start with a date (2026-12-05-…).
    'valid-id': ['error', { relaxed: true }],
    // No style="" attributes at all: the Content Security Policy (no 'unsafe-inline') blocks them,
    // so a page that used one would render wrong. The default allows `display`.
    'no-inline-style': ['error', { allowedProperties: [] }],
  },
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(DIST).sort();
if (files.length === 0) {
  console.error(`No HTML in ${DIST}/: run \`npm run build\` first.`);
  process.exit(1);
}

const validator = new HtmlValidate(config);
let errors = 0;
let warnings = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  for (const result of report.results) {
    for (const m of result.messages) {
      // severity 2 is an error, 1 a warning (printed, not failing).
      if (m.severity === 2) errors += 1;
      else warnings += 1;
      const kind = m.severity === 2 ? 'error' : 'warning';
      console.log(`${relative('.', file)}:${m.line}:${m.column} ${kind} [${m.ruleId}] ${m.message}`);
      if (m.selector) console.log(`    at ${m.selector}`);
    }
  }
}

console.log(`html-validate: ${files.length} pages, ${errors} errors, ${warnings} warnings.`);
if (errors > 0) {
  console.error(`html-validate failed: ${errors} errors in the built HTML (listed above).`);
  process.exit(1);
}

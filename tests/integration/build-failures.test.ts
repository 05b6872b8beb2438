// A content mistake must stop the build and say where it is. These tests build a scratch copy
// of the site with one mistake each, the way an editor would make it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
let scratch: string | undefined;

/** A copy of the site (sharing node_modules) in a temporary folder. */
function copySite(): string {
  scratch = mkdtempSync(join(tmpdir(), 'bodywork-build-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  return scratch;
}

function build(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('npm run build fails, naming the file and the field', () => {
  it('for a new modality with a value outside the schema', () => {
    const dir = copySite();
    edit(dir, 'content/modalities/neuromuscular-therapy.mdx', (text) =>
      text.replace(/^pressure:\n {2}min: \d/m, 'pressure:\n  min: 0'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/modalities/neuromuscular-therapy.mdx');
    expect(output).toMatch(/pressure\.min: must be 1 \(very light\) or more/);
  }, 120_000);

  it('for a reference to a source that does not exist', () => {
    const dir = copySite();
    edit(dir, 'content/modalities/deep-tissue-massage.mdx', (text) =>
      text.replace(/^sources:\n {2}- [\w-]+/m, 'sources:\n  - no-such-source'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modalities/deep-tissue-massage.mdx → sources[0]: "no-such-source" does not exist in content/sources',
    );
  }, 120_000);

  it('for an unknown glossary term in the text, at its line in the file', () => {
    const dir = copySite();
    const file = 'content/comparisons/nmt-vs-deep-tissue.mdx';
    edit(dir, file, (text) => text.replace('<Term id="trigger-point">', '<Term id="muscle-knot-magic">'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${file} → body (line ${lineOf(dir, file, 'muscle-knot-magic')}): uses term "muscle-knot-magic", which does not exist in content/glossary`,
    );
  }, 120_000);

  it('for a body that is not valid MDX, at its line in the file', () => {
    const dir = copySite();
    const file = 'content/comparisons/nmt-vs-deep-tissue.mdx';
    edit(dir, file, (text) => text.replace('trigger points</Term>', 'trigger points'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    // Astro's MDX compiler meets the mistake before the content check (whose own report is unit-tested).
    expect(output).toContain(`${file}:${lineOf(dir, file, '<Term id="trigger-point">trigger points')}:`);
    expect(output).toMatch(/Expected a closing tag for `<Term>`/);
  }, 120_000);
});

/** The line of a file on which some text first appears. */
function lineOf(dir: string, file: string, text: string): number {
  const source = readFileSync(join(dir, file), 'utf8');
  return source.slice(0, source.indexOf(text)).split('\n').length;
}

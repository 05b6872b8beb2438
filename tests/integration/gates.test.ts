// The release gates must fail on the mistakes they exist for. Each runs on a tiny built site
// written here, once broken and once fixed, exactly as `npm test` runs it on dist/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let scratch: string | undefined;

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

/** Writes a site of `{ path: html }` into a temporary folder and returns it. */
function site(files: Record<string, string>): string {
  scratch = mkdtempSync(join(tmpdir(), 'bodywork-gates-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), html);
  }
  return scratch;
}

function gate(tool: string, dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(root, 'tests/tools', tool), '--root', dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the link check (tests/tools/links.ts)', () => {
  const about = page('About', '<h1 id="top">About</h1><h2 id="reviews">Reviews</h2>');

  it('fails on a link to a missing #anchor, naming the link and the page it is on', () => {
    const dir = site({
      'index.html': page('Home', '<h1>Home</h1><a href="/about/#reviewers">Who reviews</a>'),
      'about/index.html': about,
    });
    const { status, output } = gate('links.ts', dir);
    expect(status).toBe(1);
    expect(output).toContain('/about/#reviewers on /index.html');
    expect(output).toContain("'#reviewers' not found");
  });

  it('fails on a missing #anchor within the same page and on a missing page', () => {
    const dir = site({
      'index.html': page('Home', '<h1>Home</h1><a href="#nowhere">Skip</a><a href="/gone/">Gone</a>'),
    });
    const { status, output } = gate('links.ts', dir);
    expect(status).toBe(1);
    expect(output).toContain("'#nowhere' not found");
    expect(output).toMatch(/\/gone\/ on \/index\.html: status 404/);
  });

  it('passes when every link and anchor resolves, and never requests an outside address', () => {
    const dir = site({
      // The outside address cannot resolve (.invalid): if it were requested it would fail.
      'index.html': page('Home', '<h1>Home</h1><a href="/about/#reviews">Reviews</a><a href="https://example.invalid/">Out</a>'),
      'about/index.html': about,
    });
    const { status, output } = gate('links.ts', dir);
    expect(output).toContain('0 broken');
    expect(status).toBe(0);
  });
});

describe('the HTML check (tests/tools/html-validate.ts)', () => {
  it('fails on invalid HTML, naming the file, the rule and the problem', () => {
    const dir = site({ 'guides/index.html': page('Guides', '<h1>Guides</h1><p><div>A block in a paragraph</div></p>') });
    const { status, output } = gate('html-validate.ts', dir);
    expect(status).toBe(1);
    expect(output).toMatch(/guides\/index\.html:1:\d+ error \[[a-z-]+\]/);
  });

  it('passes valid HTML', () => {
    const dir = site({ 'index.html': page('Home', '<h1>Home</h1><p>Fine.</p>') });
    const { status, output } = gate('html-validate.ts', dir);
    expect(output).toContain('0 errors');
    expect(status).toBe(0);
  });
});

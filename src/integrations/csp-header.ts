/**
 * Sends the Content Security Policy as a real HTTP header. Astro writes each page's policy into a
 * `<meta>` (security.csp in astro.config.mjs), but a meta tag governs only the markup after it and
 * cannot carry frame-ancestors. After `astro build` this integration:
 *  - reads every built page's meta policy (a page without one fails the build),
 *  - checks that every inline script the browser would run and every `<style>` element is allowed
 *    by its page's own policy, and that no element has a `style` attribute (style-src has no
 *    'unsafe-inline'), naming the file when one is not,
 *  - merges the pages' policies into one site-wide policy (the union of their hashes; the pages
 *    differ only by a few), refuses one that allows inline code ('unsafe-inline', 'unsafe-eval'),
 *  - and appends it to each `Content-Security-Policy` line of dist/_headers (copied from
 *    public/_headers, which sets only frame-ancestors, per path).
 * One policy keeps _headers to its few rules (Cloudflare reads at most 100, of at most 2,000
 * characters a line, which withPolicy checks).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { mergePolicies, metaPolicy, pageProblems, parsePolicy, policyProblems, withPolicy, type Policy } from '../lib/csp';

export function cspHeader(): AstroIntegration {
  return {
    name: 'bodywork:csp-header',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const policies: Policy[] = [];
        const problems: string[] = [];
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          const text = metaPolicy(html);
          const name = relative(process.cwd(), join(root, file));
          if (text === undefined) {
            problems.push(`${name}: no Content-Security-Policy meta tag (every page must use BaseLayout)`);
            continue;
          }
          const policy = parsePolicy(text);
          policies.push(policy);
          problems.push(...pageProblems(name, html, policy));
        }
        const site = mergePolicies(policies);
        problems.push(...policyProblems(site).map((p) => `the site's policy: ${p}`));
        if (problems.length > 0) {
          throw new Error(`Content Security Policy check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
        }
        const headersFile = join(root, '_headers');
        await writeFile(headersFile, withPolicy(await readFile(headersFile, 'utf8'), site));
        logger.info(`one policy for ${files.length} pages added to _headers`);
      },
    },
  };
}

/**
 * Builds the clinic loader (src/components/embed/loader.ts) into one classic, minified script,
 * bundled on its own (not by Vite's page build) so it never shares a chunk with our pages and
 * needs no module loader on a clinic's site. It is written twice after `astro build`:
 *  - /embed/v1/embed.js, the moving copy (`v1` is the message protocol; a breaking change ships
 *    as /embed/v2/ beside it), served from memory by `astro dev` too;
 *  - /embed/v<LOADER_VERSION>/embed.js, this release's immutable copy, which the For clinics
 *    snippets pin with a Subresource Integrity hash (exposed to pages as
 *    __BODYWORK_LOADER_INTEGRITY__).
 * A published release must never change: src/data/loader-releases.json records each release's
 * hash, and the build fails when the built loader no longer matches its version's hash (bump
 * LOADER_VERSION and record the new hash) or when the version has no hash yet.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';
import { LOADER_PATH, LOADER_VERSION, PINNED_LOADER_PATH } from '../lib/embed/pages';

const entry = fileURLToPath(new URL('../components/embed/loader.ts', import.meta.url));
const releasesFile = new URL('../data/loader-releases.json', import.meta.url);

async function bundleLoader(): Promise<string> {
  const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** The Subresource Integrity value of a script's text. */
export const integrityOf = (code: string): string => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** Why a built loader cannot ship under its version, or undefined when it matches its record. */
export function releaseProblem(releases: Record<string, string>, version: string, integrity: string): string | undefined {
  const recorded = releases[version];
  if (recorded === integrity) return undefined;
  const record = `"${version}": "${integrity}"`;
  return recorded === undefined
    ? `The clinics' loader ${version} has no recorded hash. Add ${record} to src/data/loader-releases.json.`
    : `The clinics' loader changed, but ${version} is already released (${PINNED_LOADER_PATH} must never change). ` +
        `Raise LOADER_VERSION in src/lib/embed/pages.ts, keep the old file in public/embed/v${version}/embed.js, and record the new hash.`;
}

export function embedLoader(): AstroIntegration {
  let code = '';
  return {
    name: 'bodywork:embed-loader',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        code = await bundleLoader();
        const integrity = integrityOf(code);
        const releases = JSON.parse(await readFile(releasesFile, 'utf8')) as Record<string, string>;
        const problem = releaseProblem(releases, LOADER_VERSION, integrity);
        // Editing the loader in `astro dev` is fine; only a build must match the record.
        if (problem && command === 'build') throw new Error(problem);
        updateConfig({ vite: { define: { __BODYWORK_LOADER_INTEGRITY__: JSON.stringify(integrity) } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (path !== LOADER_PATH && path !== PINNED_LOADER_PATH) return next();
          bundleLoader().then((fresh) => response.setHeader('Content-Type', 'text/javascript; charset=utf-8').end(fresh), next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const path of [LOADER_PATH, PINNED_LOADER_PATH]) {
          const file = new URL(`.${path}`, dir);
          await mkdir(new URL('./', file), { recursive: true });
          await writeFile(file, code);
        }
        logger.info(`${LOADER_PATH} and ${PINNED_LOADER_PATH}: ${code.length} bytes, ${integrityOf(code)}`);
      },
    },
  };
}

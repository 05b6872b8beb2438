/**
 * Builds the clinic loader (src/components/embed/loader.ts) into one classic, minified script at
 * /embed/v1/embed.js: written into dist/ after `astro build`, and served from memory by
 * `astro dev`. It is bundled on its own (not by Vite's page build) so it never shares a chunk
 * with our pages and needs no module loader on a clinic's site. The `v1` in the path is the
 * loader's version: a breaking change ships as /embed/v2/embed.js beside it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';
import { LOADER_PATH } from '../lib/embed/pages';
const entry = fileURLToPath(new URL('../components/embed/loader.ts', import.meta.url));

async function bundleLoader(): Promise<string> {
  const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export function embedLoader(): AstroIntegration {
  return {
    name: 'bodywork:embed-loader',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== LOADER_PATH) return next();
          bundleLoader().then((code) => response.setHeader('Content-Type', 'text/javascript; charset=utf-8').end(code), next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = new URL(`.${LOADER_PATH}`, dir);
        await mkdir(new URL('./', file), { recursive: true });
        const code = await bundleLoader();
        await writeFile(file, code);
        logger.info(`${LOADER_PATH}: ${code.length} bytes`);
      },
    },
  };
}

// Wiring only: integrations and Vite plugins. Content rules live in src/schemas.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { embedLoader } from './src/integrations/embed-loader.ts';
import { EMBED_PREFIX, paths, SEARCH_PANEL_MODULE, WORDPRESS_MODULE } from './src/lib/routes.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { cspHeader } from './src/integrations/csp-header.ts';

/**
 * Builds one module as a file with a fixed name instead of inlining it into pages, so pages can
 * load it on demand with a plain <script> tag. (A dynamic import() would make Vite add its preload
 * helper to every page that holds it, about 0.7 KB gzipped, over our per-page budget.)
 */
function standaloneModule(id, fileName) {
  return {
    name: 'bodywork:standalone-module',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      this.emitFile({ type: 'chunk', id, fileName });
    },
  };
}

export default defineConfig({
  // The public address of the deployed site (canonical links, sitemap). Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://bodyworkguide.org',
  trailingSlash: 'always',
  // Keeps Astro's content store in .astro/, where Vitest's getCollection() reads it.
  cacheDir: './.astro',
  integrations: [
    mdx(),
    // Embeds and the personal therapist sheet are not pages to find from a search engine.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith(EMBED_PREFIX) && path !== paths.quizSheet;
      },
    }),
    embedLoader(),
    // Draws each page's 1200×630 share image (og:image) after the build.
    shareImages(),
    // Must come after the integrations that write pages: it reads every built page (see the file).
    cspHeader(),
  ],
  devToolbar: { enabled: false },
  // The Content Security Policy. Astro hashes every script and style it emits into each page's
  // <meta>; src/integrations/csp-header.ts sends the merged policy as an HTTP header (see the
  // README's "Content Security Policy"). No 'unsafe-inline' for scripts or styles.
  security: {
    csp: {
      directives: [
        // Everything else (fetches, frames, fonts, workers, manifests) only from our own origin.
        "default-src 'self'",
        // The favicon is an inlined data: URL (BaseLayout).
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly index reader, which needs 'wasm-unsafe-eval' (it allows
      // WebAssembly compilation only, not eval()).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Shiki colours code with style="" attributes, which the policy blocks; no page shows code
  // blocks, and a plain <pre><code> needs no exception.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [
      tailwindcss(),
      // The search dialog's panel (see src/components/search/SiteSearch.astro).
      standaloneModule('/src/components/search/search-panel.ts', SEARCH_PANEL_MODULE.slice(1)),
      // WordPress's embed protocol, loaded only inside WordPress (src/components/embed/wordpress.ts).
      standaloneModule('/src/components/embed/wordpress-protocol.ts', WORDPRESS_MODULE.slice(1)),
    ],
    build: {
      rolldownOptions: {
        // MDX emits a harmless "use astro:head-inject" directive warning per file.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

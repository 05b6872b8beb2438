// Wiring only: integrations and Vite plugins. Content rules live in src/schemas.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  // The public address of the deployed site (canonical links, sitemap). Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://bodyworkguide.org',
  trailingSlash: 'always',
  // Keeps Astro's content store in .astro/, where Vitest's getCollection() reads it.
  cacheDir: './.astro',
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
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

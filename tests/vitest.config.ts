/// <reference types="vitest/config" />
// Unit tests run through Astro's Vite config so `astro:content` and .astro imports resolve.
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { test: { include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], environment: 'node' } },
  // Inline Astro config: no dev-toolbar source attributes in rendered output.
  { devToolbar: { enabled: false } },
);

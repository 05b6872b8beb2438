/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by each content page before it renders, read by Cite, Term and RichText. */
    page?: import('./data/page-context').PageContext;
  }
}

/** The pinned loader's Subresource Integrity hash (src/integrations/embed-loader.ts). */
declare const __BODYWORK_LOADER_INTEGRITY__: string;

/** Settings a deployment sets once. The public address is `site` in astro.config.mjs (SITE_URL). */
export const siteConfig = {
  /**
   * Where "Report a problem with this page" emails go. A plain `mailto:` link: no form service,
   * nothing sent until the visitor sends the email from their own mail app.
   */
  editorsEmail: 'editors@bodyworkguide.org',
} as const;

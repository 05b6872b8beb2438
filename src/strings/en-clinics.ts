/** Interface text for clinics: embed pages and the For clinics page, where clinics set up an embed. */

/** Text the clinics' loader (embed.js) shows on a clinic's page: kept small, it ships there. */
export const loaderText = {
  popupButton: 'Which treatment fits me?',
  close: 'Close',
  /** Iframe titles when a snippet gives none, by page kind. */
  titles: {
    quiz: 'Which treatment may suit you? (Bodywork Guide)',
    compare: 'A massage comparison (Bodywork Guide)',
    modalities: 'A type of massage explained (Bodywork Guide)',
  } as Record<string, string>,
};

/** Embed pages (src/layouts/EmbedLayout.astro) and the For clinics page. */
export const embed = {
  /** What the snippets clinics paste say (src/lib/embed/snippets.ts fills `{title}`). */
  snippet: {
    frameTitle: '{title} (Bodywork Guide)',
    fullPageLink: '{title} on Bodywork Guide',
  },
  attribution: 'Source: Bodywork Guide',
  attributionTitle: 'Read this page on Bodywork Guide (opens in a new tab)',
  sharedBy: 'Shared by {clinic}',
  barLabel: 'Your clinic',
  ctaDefault: 'Book an appointment',
  /** The booking button's second line: where the link goes. */
  ctaHost: 'at {host}',
  newTab: '(opens in a new tab)',
  /** The summary view's link to the whole page, by page kind. */
  fullComparison: 'Read the full comparison on Bodywork Guide',
  fullModality: 'Read the full guide on Bodywork Guide',
  /** Shown above a sample result in the For clinics page's preview. */
  sampleResult: 'Sample result: this is what a visitor sees after answering. Your booking button shows here.',
} as const;

/** The For clinics page (/for-clinics/). Templates are filled with fillTemplate. */
export const clinics = {
  title: 'Add our quiz and comparisons to your website',
  lead: 'Put the “which treatment fits me?” quiz or any comparison on your clinic’s site, with your name and your own booking button. No cookies, no tracking, and nothing to install but a snippet.',
  navLabel: 'For clinics',
  buildTitle: 'Set up your embed',
  noScript: 'Turn on JavaScript to change these options. The snippets below show the quiz with our defaults.',
  page: 'Page to embed',
  groups: { Quiz: 'Quiz', Comparison: 'Comparisons', Modality: 'Massage types' },
  clinic: 'Clinic name (optional)',
  clinicHint: 'Shown as “Shared by …”. Up to 60 characters.',
  cta: 'Booking link (optional)',
  ctaHint: 'A full link that starts with https://. The button shows where it goes.',
  ctaError: 'This link is not used: it must be a full link that starts with https://.',
  ctaLabel: 'Booking button text (optional)',
  ctaLabelHint: 'Up to 40 characters. Default: “Book an appointment”.',
  theme: 'Colors',
  themes: { light: 'Light (most clinic sites)', auto: 'Match the visitor’s device', dark: 'Dark (for dark sites)' },
  useAccent: 'Use my brand color for the booking button',
  accent: 'Brand color',
  accentOk: 'White text on this color has a contrast of {ratio}:1. That passes.',
  accentLow:
    'White text on this color has a contrast of only {ratio}:1 (it needs 4.5:1), so the embed uses our color instead. Try a darker shade.',
  mode: 'How the quiz appears',
  modes: { inline: 'On the page', popup: 'In a pop-up, from a button' },
  popupButton: loaderText.popupButton,
  preview: 'Live preview',
  previewNote:
    'This is snippet 3 exactly as you would paste it, with one extra: the quiz opens on a sample result, so you see your name and button at once. On your site it fits the width you give it.',
  previewPopup: 'Open the pop-up to try it.',
  snippetsTitle: 'Copy a snippet',
  tier1: 'Plain iframe',
  tier1Note:
    'Works everywhere, even where scripts are not allowed. It has a fixed height; visitors scroll inside it if it is too short.',
  tier2: 'Iframe that fits its content',
  tier2Note:
    'The same iframe plus our small script (under 3 KB), which makes it as tall as its content. The script is pinned to one release and checked by your visitor’s browser (integrity hash).',
  tier3: 'Web component',
  tier3Note: 'One tag that builds the iframe for you. For the quiz it can also show a button that opens it in a pop-up.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  cspTitle: 'If your site has a Content Security Policy',
  cspText:
    'Add our address to these directives. The iframe needs frame-src. Snippets 2 and 3 load our script, so they also need script-src.',
  privacyTitle: 'Privacy: nothing to declare',
  privacy: [
    'No cookies and no tracking. The embed makes no request to any other site.',
    'Quiz answers never leave the visitor’s browser. We don’t see them, and neither does your site.',
    'The embed tells your page only its height, rounded up to steps of 200 pixels, so the height does not give away a result.',
    'If you add events (events=1 in the address, or the events attribute), your page also gets the quiz step number and result name, and a bodywork-embed:cta event when the booking button is clicked. Never the answers.',
  ],
  oembedTitle: 'Paste a link instead',
  oembedText:
    'Each page we offer has an oEmbed link, so a website builder that supports oEmbed discovery can embed it from the page’s address alone.',
  healthTitle: 'What the embed will and won’t do',
  health:
    'The quiz is education, not diagnosis. When its answer is to get emergency care, see a clinician first, or wait a few days, your booking button is hidden, so nobody is steered to a massage they should not have yet.',
} as const;

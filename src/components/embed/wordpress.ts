/**
 * Runs inside every embed page and stays tiny: only when a WordPress site shows the page from a
 * pasted link (the frame's URL hash starts `#?secret=`) does it load WordPress's embed protocol,
 * wordpress-protocol.ts, built as its own file (/embed/wordpress.js, see astro.config.mjs), so
 * other embeds never ship it. The hash is read at once and handed over on the script element
 * (the quiz later replaces it with its own state); the protocol checks the secret.
 */
import { WORDPRESS_MODULE } from '../../lib/routes';
if (window.parent !== window && location.hash.startsWith('#?secret=')) {
  const script = document.createElement('script');
  script.type = 'module';
  script.dataset['wordpressHash'] = location.hash;
  script.src = import.meta.env.DEV ? '/src/components/embed/wordpress-protocol.ts' : WORDPRESS_MODULE;
  document.head.append(script);
}

/**
 * `mailto:` links (RFC 6068) with a subject and body filled in. Every value is percent-encoded,
 * so a title with `&`, `?` or `#` cannot cut the link short or add a field, a space is `%20`
 * (mail apps show `+` literally), and line breaks are CRLF as the RFC asks.
 */

/** A plain address: one @, no spaces, nothing that would start a query or fragment. */
const ADDRESS = /^[^\s@?#&]+@[^\s@?#&]+\.[^\s@?#&]+$/;

export function mailtoHref(to: string, fields: { subject: string; body: string }): string {
  if (!ADDRESS.test(to)) throw new Error(`"${to}" is not a plain email address`);
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${encode(fields.subject)}&body=${encode(fields.body)}`;
}

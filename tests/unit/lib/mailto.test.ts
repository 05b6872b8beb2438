import { describe, expect, it } from 'vitest';
import { mailtoHref } from '../../../src/lib/mailto';

/** Reads a mailto link back the way a mail app does. */
function parse(href: string) {
  const url = new URL(href);
  return {
    to: url.pathname,
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    keys: [...url.searchParams.keys()],
  };
}

describe('mailtoHref', () => {
  it('fills in the subject and body so a mail app reads them back exactly', () => {
    const subject = 'Problem with “NMT vs deep tissue: which & why?” #1';
    const body = 'Page: https://example.org/compare/nmt-vs-deep-tissue/?a=1&b=2#references\n\nWhat is wrong?';
    const href = mailtoHref('editors@example.org', { subject, body });
    expect(parse(href)).toEqual({
      to: 'editors@example.org',
      subject,
      body: body.replace('\n\n', '\r\n\r\n'),
      keys: ['subject', 'body'],
    });
  });

  it('encodes spaces as %20 and line breaks as CRLF, never as + or a bare LF', () => {
    const href = mailtoHref('editors@example.org', { subject: 'a b', body: 'one\ntwo' });
    expect(href).toBe('mailto:editors@example.org?subject=a%20b&body=one%0D%0Atwo');
  });

  it('cannot be given extra fields by a title that looks like one', () => {
    const href = mailtoHref('editors@example.org', { subject: 'x&cc=someone@evil.example&bcc=b', body: '' });
    expect(parse(href).keys).toEqual(['subject', 'body']);
  });

  it('refuses an address that is not a plain email address', () => {
    expect(() => mailtoHref('editors@example.org?cc=x@y.z', { subject: '', body: '' })).toThrow(/not a plain email address/);
    expect(() => mailtoHref('not an address', { subject: '', body: '' })).toThrow();
  });
});

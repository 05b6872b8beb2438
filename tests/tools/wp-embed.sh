#!/usr/bin/env bash
# Puts WordPress's real host-side embed script (wp-includes/js/wp-embed.js, GPL-2.0-or-later)
# where tests/e2e/embed-wordpress.spec.ts loads it, taken unchanged from Debian's `wordpress`
# package, which is downloaded and unpacked, not installed. Run by .ci/run; needs apt.
set -euo pipefail
cd "$(dirname "$0")/../.."
dest=tests/e2e/host/wordpress/wp-embed.js
[ -s "$dest" ] && exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
if ! (cd "$tmp" && apt-get download -qq wordpress 2>/dev/null); then
  apt-get update -qq
  (cd "$tmp" && apt-get download -qq wordpress)
fi
dpkg-deb -x "$tmp"/wordpress_*.deb "$tmp/x"
cp "$tmp/x/usr/share/wordpress/wp-includes/js/wp-embed.js" "$dest"
echo "wp-embed.js from Debian's wordpress $(dpkg-deb -f "$tmp"/wordpress_*.deb Version)"

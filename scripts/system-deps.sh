#!/usr/bin/env bash
# The Debian packages some tests use: Chromium (browser test), xmllint (manifest schema),
# LibreOffice + poppler (the annotated copy opened by a real spreadsheet program).
# Installs what is missing when it can (root with apt-get); otherwise says what is missing:
# those tests then skip with a notice, except under CI=true where they fail.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${need[*]} (Debian packages for the browser, manifest and LibreOffice tests)" >&2
  apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends \
      "${need[@]}" >/dev/null || echo "system-deps: apt-get failed; the tests that need ${need[*]} will skip" >&2
else
  echo "system-deps: missing ${need[*]}; install them (apt-get install ${need[*]}) to run every test" >&2
fi
exit 0

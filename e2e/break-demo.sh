#!/usr/bin/env bash
# Shows that every end-to-end check fails when the feature it checks is broken: for each feature, e2e/run.sh
# runs with a deliberately broken build (ITSM_E2E_BREAK, see e2e/lib/break-extension.mjs) and only the
# workbench check of that feature (ITSM_E2E_ONLY); the check, and the neovim check of the same feature,
# must FAIL. Prints DETECTED or MISSED per feature; exits non-zero when a broken feature went unnoticed.
# Uses out/itsm-language.vsix as it is (run `npm run package` or e2e/run.sh first), or ITSM_E2E_VSIX. ~1-2 min per feature.
#   bash e2e/break-demo.sh [feature ...]      (default: all of them)
set -uo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
ART=$REPO/test-results/e2e-break-demo
mkdir -p "$ART"
# feature | workbench check that must fail | neovim check that must fail (- for none)
CASES="diagnostics|diagnostics|diagnostic for a typo
completion|completion|completion after
hover|hover|hover on a team
hover|hover-facts|-
definition|go-to-definition|go to definition
formatting|format-document|formatting restores
codeaction|quick-fix|-
generate|generate-command|-
graph|dependency-graph|-
compare|compare-with-head|-
outline|outline|-
references|find-references|-
symbols|workspace-symbols|-
folding|folding|-
rename|rename|-
review|review-facts|-
config-schema|config-schema|-
grammar|syntax-colouring|-
language|language-mode|-
restart|server-restart|-
hover|api-suite|hover on a team"
VSIX=${ITSM_E2E_VSIX:-$REPO/out/itsm-language.vsix}
[ -f "$VSIX" ] || { echo "no $VSIX: npm run package"; exit 2; }
missed=0
while IFS='|' read -r feature check nvim; do
    if [ $# -gt 0 ] && [[ " $* " != *" $feature "* ]]; then continue; fi
    log=$ART/$feature-$check.log
    start=$SECONDS
    ITSM_E2E_VSIX=$VSIX ITSM_E2E_BREAK=$feature ITSM_E2E_ONLY=$check ITSM_E2E_ELECTRON=skip \
        bash "$REPO/e2e/run.sh" > "$log" 2>&1
    rc=$?
    vscode_line=$(grep -E "^(PASS|FAIL|SKIP)  vscode: $check:" "$log" | head -1)
    ok=1
    [ "$rc" != 0 ] || ok=0
    [[ "$vscode_line" == FAIL* ]] || ok=0
    nvim_line=-
    if [ "$nvim" != - ]; then
        nvim_line=$(grep -E "^(PASS|FAIL)  nvim: $nvim" "$log" | head -1)
        [[ "$nvim_line" == FAIL* ]] || ok=0
    fi
    if [ $ok = 1 ]; then echo "DETECTED  break $feature ($(( SECONDS - start )) s, run.sh exit $rc)"; else echo "MISSED    break $feature (run.sh exit $rc)"; missed=1; fi
    echo "    ${vscode_line:0:400}"
    [ "$nvim_line" = - ] || echo "    ${nvim_line:0:300}"
done <<< "$CASES"
exit $missed

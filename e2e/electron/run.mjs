// Runs e2e/electron/suite/ in a real VS Code (Electron) downloaded by @vscode/test-electron, on a copy of
// examples/acme, with the extension from the repository (build it first: npm run build).
// @vscode/test-electron is not a dependency of the project: e2e/setup.sh installs it into .e2e-cache/tools/.
// SKIPs (exit 0) with the reason when it is not installed, when VS Code cannot be downloaded (no network to
// update.code.visualstudio.com, checked with a 5 s timeout) and no VS Code is cached, or when
// ITSM_E2E_ELECTRON=skip. Exits non-zero when a test of the suite fails.
//   ITSM_E2E_VSCODE_VERSION=1.91.0   the VS Code to download (default: stable)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const cache = process.env.E2E_CACHE || path.join(repo, '.e2e-cache');
const skip = reason => { console.log(`SKIP  electron: @vscode/test-electron suite: ${reason}`); process.exit(0); };
const start = Date.now();

if (process.env.ITSM_E2E_ELECTRON === 'skip') skip('ITSM_E2E_ELECTRON=skip');

let testElectron;
try {
    testElectron = createRequire(path.join(cache, 'tools', 'package.json'))('@vscode/test-electron');
} catch {
    skip(`@vscode/test-electron is not installed in ${path.relative(repo, cache)}/tools (bash e2e/setup.sh installs it)`);
}

const vscodeCache = path.join(cache, 'vscode-test');
const cached = fs.existsSync(vscodeCache) && fs.readdirSync(vscodeCache).some(d => d.startsWith('vscode-'));
if (!cached) {
    try {
        const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch (error) {
        skip(`VS Code cannot be downloaded on this machine (update.code.visualstudio.com: ${error.cause?.code ?? error.message}); `
            + 'the same checks ran in code-server above (check api-suite)');
    }
}

// Electron needs a display: on a Linux machine without one, run again under xvfb-run when there is one
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.ITSM_E2E_UNDER_XVFB) {
    const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
    if (xvfb) {
        const result = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)],
            { stdio: 'inherit', env: { ...process.env, ITSM_E2E_UNDER_XVFB: '1' } });
        process.exit(result.status ?? 1);
    }
    console.log('note: no DISPLAY and no xvfb-run (apt-get install xvfb); VS Code may fail to start');
}

if (!fs.existsSync(path.join(repo, 'out', 'extension.cjs'))) {
    console.log('FAIL  electron: out/extension.cjs is missing (npm run build)');
    process.exit(1);
}
const scratch = fs.mkdtempSync(path.join(process.env.TMPDIR || os.tmpdir(), 'itsm-electron-'));
const workspace = path.join(scratch, 'acme');
fs.cpSync(path.join(repo, 'examples', 'acme'), workspace, { recursive: true });
try {
    await testElectron.runTests({
        version: process.env.ITSM_E2E_VSCODE_VERSION || 'stable',
        cachePath: vscodeCache,
        extensionDevelopmentPath: repo,
        extensionTestsPath: path.join(here, 'suite', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
            '--user-data-dir', path.join(scratch, 'user-data'), '--extensions-dir', path.join(scratch, 'extensions')],
        extensionTestsEnv: { ITSM_E2E: '1' },
    });
    console.log(`electron: suite passed in ${((Date.now() - start) / 1000).toFixed(1)} s`);
} catch (error) {
    console.log(`FAIL  electron: @vscode/test-electron suite: ${error.message ?? error}`);
    process.exitCode = 1;
} finally {
    fs.rmSync(scratch, { recursive: true, force: true });
}

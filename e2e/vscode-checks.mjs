// End-to-end checks of the ITSM extension in a real VS Code workbench: code-server (VS Code server + web
// workbench) started by e2e/run.sh, driven in headless Debian chromium by playwright-core.
//
// Environment (set by e2e/run.sh):
//   E2E_URL       code-server's address              E2E_WS        the copy of examples/acme it has open
//   E2E_EXT_DIR   the installed extension            E2E_ORIGINAL  examples/acme (the files as committed)
//   E2E_ART       screenshots and logs folder        E2E_TMP       scratch folder (chromium's profile)
//   E2E_CACHE     .e2e-cache (playwright-core)       ITSM_E2E_ONLY check ids to run, comma-separated
//   E2E_LOGS      code-server's log folder           E2E_API_RESULT where the API suite harness writes
//
// Every check prints one line: PASS, FAIL (with why) or SKIP (feature not in this build), and its time;
// each leaves a screenshot <n>-<id>.png in E2E_ART, and the ones the docs show a cropped copy in
// E2E_ART/docs/. Exits 1 when a check fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { serverCapabilities } from './lib/server-capabilities.mjs';
import {
    ART, EXT_DIR, ONLY, TMP, URL, WS, Skip, beginCheck, chromium, dismissWidgets, endCheck, extHostErrors, notifications,
    page, screenshot, setCapabilities, setPage, t0,
} from './vscode/workbench.mjs';
import { editingChecks } from './vscode/checks-editing.mjs';
import { navigationChecks } from './vscode/checks-navigation.mjs';
import { commandChecks } from './vscode/checks-commands.mjs';

const checks = [...editingChecks, ...navigationChecks, ...commandChecks];
let checkNumber = 0;


async function main() {
    fs.mkdirSync(ART, { recursive: true });
    fs.mkdirSync(TMP, { recursive: true });
    setCapabilities(await serverCapabilities(path.join(EXT_DIR, 'out', 'server.cjs')).catch(error => {
        console.log(`note: could not read the language server's capabilities: ${error.message}`);
        return {};
    }));
    const userDataDir = fs.mkdtempSync(path.join(TMP, 'chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
        viewport: { width: 1280, height: 800 },
    });
    setPage(context.pages()[0] ?? await context.newPage());
    page.setDefaultTimeout(20000);
    const results = [];
    try {
        const start = Date.now();
        await page.goto(`${URL}/?folder=${encodeURIComponent(WS)}`);
        await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'services.itsm' }).first().waitFor({ timeout: 90000 });
        console.log(`workbench loaded in ${((Date.now() - start) / 1000).toFixed(1)} s`);
    } catch (error) {
        await page.screenshot({ path: path.join(ART, '00-workbench.png') }).catch(() => {});
        console.log(`FAIL  vscode: the workbench did not load: ${error.message.split('\n')[0]}`);
        await context.close();
        process.exit(1);
    }
    for (const check of checks) {
        checkNumber++;
        if (ONLY.length > 0 && !ONLY.includes(check.id)) continue;
        beginCheck(checkNumber, check.id);
        const start = Date.now();
        const errorsBefore = extHostErrors().length;
        let status = 'PASS', detail = '';
        try {
            await check.run();
        } catch (error) {
            if (error instanceof Skip) { status = 'SKIP'; detail = `(feature not in this build): ${error.message}`; }
            else { status = 'FAIL'; detail = error.message.split('\n')[0]; }
        }
        if (status === 'FAIL') {
            const shown = await notifications();
            if (shown.length > 0) detail += ` [notifications: ${shown.join(' | ')}]`;
            const logged = extHostErrors().slice(errorsBefore);
            if (logged.length > 0) detail += ` [extension host errors: ${[...new Set(logged)].slice(0, 3).join(' | ')}]`;
        }
        if (status !== 'SKIP') await screenshot();
        endCheck(status === 'PASS');
        const seconds = ((Date.now() - start) / 1000).toFixed(1);
        console.log(`${status}  vscode: ${check.id}: ${check.title} (${seconds} s)${detail ? ` ${detail}` : ''}`);
        results.push(status);
        await dismissWidgets().catch(() => {});
    }
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    const count = s => results.filter(r => r === s).length;
    console.log(`vscode: ${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(count('FAIL') > 0 ? 1 : 0);
}

main().catch(error => {
    console.log(`FAIL  vscode: ${error.stack}`);
    process.exit(1);
});

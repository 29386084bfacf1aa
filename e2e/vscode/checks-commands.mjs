// The workbench checks of the extension's commands: generate, the dependency graph, compare with HEAD, and the API suite
// (e2e/electron/suite) run inside this workbench's extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    A, EXT_DIR, ORIGINAL, Skip, WS, closeAllEditors, docImage, findCommand, gotoPosition, key, lineText, listFiles, log, notifications, openFile,
    page, paletteLabel, quickInputRows, revert, runCommand, screenshot, sleep, squigglesOnLine, until,
} from './workbench.mjs';

/** Process ids of the language servers this extension started (their command line names its server module). */
function serverPids() {
    const module = path.join(EXT_DIR, 'out', 'server.cjs');
    return fs.readdirSync('/proc').filter(entry => /^\d+$/.test(entry)).filter(pid => {
        try {
            return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(module);
        } catch {
            return false; // gone, or not ours to read
        }
    });
}

export const commandChecks = [
    {
        id: 'generate-command',
        title: "the 'ITSM: Generate…' command writes files",
        async run() {
            const command = findCommand(/generat/i);
            if (!command) throw new Skip('the extension contributes no Generate command');
            const before = new Set(listFiles(WS));
            await openFile('services.itsm');
            await runCommand(paletteLabel(command).replace(/…|\.\.\.$/, ''));
            // answer whatever it asks: pick 'json' (or the first choice), accept suggested values
            const created = await until(async () => {
                const now = listFiles(WS).filter(f => !before.has(f) && fs.statSync(path.join(WS, f)).size > 0);
                if (now.length > 0) return now;
                const input = page.locator('.quick-input-widget');
                if (await input.isVisible().catch(() => false)) {
                    // the command palette itself (value '>…') is not a question of the command's: close it
                    const value = await input.locator('input').inputValue().catch(() => '');
                    if (value.startsWith('>')) { await key('Escape'); return null; }
                    const rows = await quickInputRows();
                    const json = rows.findIndex(r => /\bjson\b/i.test(r));
                    if (json > 0) for (let i = 0; i < json; i++) await key('ArrowDown');
                    await key('Enter');
                    await sleep(500);
                }
                return null;
            }, { timeoutMs: 30000, interval: 500, what: async () => `new files in the workspace (notifications: ${JSON.stringify(await notifications())})` });
            log('generated', created);
            // the extension says what it wrote in a notification: picture it for the docs when there is one
            const toast = page.locator('.notifications-toasts .notification-toast').first();
            if (await toast.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) await docImage('generate', [toast], 6);
            await screenshot();
        },
    },
    {
        id: 'dependency-graph',
        title: 'the dependency graph webview renders the services as nodes',
        async run() {
            const command = findCommand(/graph/i);
            if (!command) throw new Skip('the extension contributes no dependency graph command');
            await openFile('services.itsm');
            await runCommand(paletteLabel(command));
            const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
            const body = frame.locator('body');
            // the graph's nodes: SVG elements marked as nodes, each labelled with its definition's name
            const nodes = frame.locator('svg [data-node], svg g.node');
            const nodeNames = async () => (await nodes.evaluateAll(list => list.map(n => n.getAttribute('data-name') || n.textContent || '')).catch(() => []))
                .map(t => t.trim());
            const names = await until(async () => {
                const shown = await nodeNames();
                return ['Email', 'Directory', 'Dns'].every(name => shown.some(n => n === name || n.startsWith(`${name}\n`) || n.split(/\s+/).includes(name))) ? shown : null;
            }, { timeoutMs: 30000, what: async () => `nodes for the services Email, Directory and Dns in the webview (nodes: ${JSON.stringify(await nodeNames())}; text: '${(await body.innerText({ timeout: 1000 }).catch(() => 'no webview')).replace(/\s+/g, ' ').slice(0, 200)}')` });
            log('graph nodes', names);
            await screenshot();
            await docImage('dependency-graph', [page.locator('iframe.webview.ready')], 0);
            await closeAllEditors();
        },
    },
    {
        id: 'compare-with-head',
        title: "'ITSM: Compare with HEAD' lists a loosened SLA target as a warning in the ITSM Changes view",
        async run() {
            const command = findCommand(/compare/i);
            if (!command) throw new Skip('the extension contributes no Compare with HEAD command');
            // loosen the first SLA's P1 resolution target (the workspace copy is a git repository: e2e/run.sh)
            const file = path.join(WS, 'agreements.itsm');
            const text = fs.readFileSync(file, 'utf8');
            const target = /^(\s*P1 \{.*resolve )(\d+h)( \})/m.exec(text);
            if (!target) throw new Error('agreements.itsm has no P1 target with a resolution in hours');
            const looser = `${Number.parseInt(target[2], 10) * 2}h`;
            fs.writeFileSync(file, text.replace(target[0], `${target[1]}${looser}${target[3]}`));
            try {
                await openFile('agreements.itsm');
                await runCommand(paletteLabel(command));
                const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /ITSM Changes/i }) }).first();
                const rows = async () => (await pane.locator('.monaco-list-row').allInnerTexts().catch(() => [])).map(t => t.replace(/\s+/g, ' ').trim());
                const want = `resolution loosened ${target[2]} → ${looser}`;
                await until(async () => {
                    const shown = await rows();
                    if (shown.some(r => r.includes(want))) return true;
                    // the definition's row may be collapsed: open it
                    const collapsed = pane.locator('.monaco-list-row[aria-expanded="false"]').first();
                    if (await collapsed.count()) await collapsed.click().catch(() => {});
                    return false;
                }, { timeoutMs: 30000, interval: 500, what: async () => `'${want}' in the ITSM Changes view (rows: ${JSON.stringify(await rows())})` });
                const change = (await rows()).find(r => r.includes(want));
                log('change', change);
                if (!/warning/.test(change)) throw new Error(`the change is not a warning: ${change}`);
                await screenshot();
                await docImage('compare-with-head', [pane.locator('.pane-header'), pane.locator('.monaco-list-row').last()], 4);
            } finally {
                fs.copyFileSync(path.join(ORIGINAL, 'agreements.itsm'), file);
            }
        },
    },
    {
        id: 'server-restart',
        title: 'a crashed language server is restarted with a message, and diagnostics come back',
        async run() {
            await revert('services.itsm');
            const before = await until(() => serverPids().length > 0 && serverPids(), { timeoutMs: 20000, what: () => 'a running language server' });
            for (const pid of before) process.kill(Number(pid), 'SIGKILL');
            log('killed language server', before);
            const message = await until(async () => (await notifications()).find(text => /language server stopped; restarting/i.test(text)),
                { timeoutMs: 30000, what: async () => `the restart message (notifications: ${JSON.stringify(await notifications())})` });
            log('notification', message);
            await screenshot();
            await until(() => { const now = serverPids(); return now.length > 0 && now.every(pid => !before.includes(pid)) && now; },
                { timeoutMs: 30000, what: () => `a new language server process (before: ${before.join(', ')}, now: ${serverPids().join(', ')})` });
            // the new server works: a typo gets its squiggle again
            await gotoPosition(A.ownerLine, 12);
            await key('Delete');
            await until(async () => (await lineText(A.ownerLine)) === '  owner Mesaging', { timeoutMs: 5000, what: () => 'the typo to be typed' });
            await until(() => squigglesOnLine(A.ownerLine), { timeoutMs: 60000, what: () => `a squiggle under the typo on line ${A.ownerLine} from the restarted server` });
            await revert('services.itsm');
            await key('Escape');
        },
    },
    {
        id: 'api-suite',
        title: 'the @vscode/test-electron suite (e2e/electron/suite) passes in this extension host',
        async run() {
            const resultFile = process.env.E2E_API_RESULT;
            if (!resultFile) throw new Skip('E2E_API_RESULT is not set: the harness extension is not installed (e2e/run.sh installs it)');
            fs.rmSync(resultFile, { force: true });
            await closeAllEditors();
            await openFile('services.itsm');
            await runCommand('ITSM e2e: Run API Suite');
            const result = await until(() => fs.existsSync(resultFile) && JSON.parse(fs.readFileSync(resultFile, 'utf8')),
                { timeoutMs: 240000, interval: 500, what: () => `the suite's result in ${resultFile}` });
            for (const line of result.lines) console.log(`      ${line}`);
            if (!result.ok) throw new Error(result.lines.filter(l => l.startsWith('FAIL')).join('; ') || result.lines.at(-1));
        },
    },
];

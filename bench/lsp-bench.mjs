// Language-server figures over a real LSP connection (stdio), as an editor
// sees them: the server is started with the workspace folder as its root and
// validates every file at start-up, then one line of the file most others
// reference is edited again and again, and completion is asked for at
// reference positions.
import { fork, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { median, percentile, procStatus } from './lib/measure.mjs';

const {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, IPCMessageReader, IPCMessageWriter, InitializeRequest, InitializedNotification,
    PublishDiagnosticsNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, CompletionRequest,
    ShutdownRequest, ExitNotification,
} = protocol;

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const round = value => Math.round(value * 10) / 10;
const uriOf = file => pathToFileURL(file).href;

/** Publications as they arrive, and a way to wait for a condition on them. */
class Diagnostics {
    events = [];
    waiters = new Set();

    record(params) {
        this.events.push({ uri: params.uri, at: performance.now(), diagnostics: params.diagnostics });
        for (const wake of [...this.waiters]) wake();
    }

    /** Resolves when `test(events since index)` is true, or rejects after `timeoutMs`. */
    until(from, test, timeoutMs, what) {
        return new Promise((resolve, reject) => {
            const check = () => {
                const result = test(this.events, from);
                if (result === undefined) return;
                this.waiters.delete(check);
                clearTimeout(timer);
                resolve(result);
            };
            const timer = setTimeout(() => {
                this.waiters.delete(check);
                reject(new Error(`language server: ${what} not within ${timeoutMs} ms`));
            }, timeoutMs);
            this.waiters.add(check);
            check();
        });
    }

    /** Waits until nothing has been published for `quietMs`; returns the distinct URIs published since `from`. */
    async quiet(from, quietMs) {
        for (;;) {
            const last = this.events.length;
            await sleep(quietMs);
            if (this.events.length === last) return new Set(this.events.slice(from).map(e => e.uri));
        }
    }
}

function itsmFiles(folder) {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.itsm')).map(f => path.join(folder, f)).sort();
}

/**
 * The start of the reference on the first line matching `pattern` (its group 1 ends where the reference begins):
 * where a user asks for completion after typing `depends on `, with every candidate of the right type to list.
 */
function referencePosition(files, pattern) {
    for (const file of files) {
        const lines = readFileSync(file, 'utf8').split('\n');
        const line = lines.findIndex(text => pattern.test(text));
        if (line >= 0) return { file, line, character: pattern.exec(lines[line])[1].length };
    }
    return undefined;
}

/**
 * `nodeArgs` are flags for the server's node, and its stderr goes to `stderrFile` if given. `ipc: true` talks over
 * node IPC instead of stdio, for diagnoses that print to stdout (`nodeArgs: ['--trace-gc']`, stdout then goes to `stderrFile`).
 * @param {{ server: string, workspace: string, hotFile: string, edits?: number, measuredEdits?: number, completions?: number,
 *           timeoutMs?: number, log?: (text: string) => void, nodeArgs?: string[], stderrFile?: string, ipc?: boolean }} options
 */
export async function lspBench({ server, workspace, hotFile, edits = 500, measuredEdits = 50, completions = 50, timeoutMs = 600_000,
    log = () => {}, nodeArgs = [], stderrFile, ipc = false }) {
    const files = itsmFiles(workspace);
    const fileUris = new Set(files.map(uriOf));
    const started = performance.now();
    const child = ipc
        ? fork(server, ['--node-ipc'], { execArgv: nodeArgs, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] })
        : spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    if (stderrFile) {
        const sink = createWriteStream(stderrFile);
        child.stderr.pipe(sink);
        if (ipc) child.stdout.pipe(sink);
    }
    const connection = ipc
        ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
        : createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const diagnostics = new Diagnostics();
    connection.onNotification(PublishDiagnosticsNotification.type, params => diagnostics.record(params));
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const folderUri = uriOf(workspace);
    try {
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: path.basename(workspace) }],
            capabilities: {
                workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
                textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, synchronization: {} },
            },
        });
        const initialized = performance.now();
        await connection.sendNotification(InitializedNotification.type, {});

        // 1. Time to first diagnostics: every file of the workspace has been published once.
        const firstSeen = new Map();
        let scanned = 0;
        await diagnostics.until(0, events => {
            for (; scanned < events.length; scanned++) {
                const event = events[scanned];
                if (fileUris.has(event.uri) && !firstSeen.has(event.uri)) firstSeen.set(event.uri, event);
            }
            return firstSeen.size === fileUris.size ? true : undefined;
        }, timeoutMs, `diagnostics for all ${fileUris.size} files`);
        const allPublished = Math.max(...[...firstSeen.values()].map(e => e.at));
        const problems = [...firstSeen.values()].flatMap(e => e.diagnostics).filter(d => (d.severity ?? 1) <= 2);
        log(`  lsp: diagnostics for ${fileUris.size} files after ${Math.round(allPublished - started)} ms`);
        await diagnostics.quiet(0, 1000);
        const rssAfterBuild = procStatus(child.pid)?.rssKb;

        // 2. Edits of one line of the hot file: a team's phone number, which every file naming the team depends on.
        const hotPath = path.join(workspace, hotFile);
        const hotUri = uriOf(hotPath);
        let text = readFileSync(hotPath, 'utf8');
        const lines = text.split('\n');
        const editLine = lines.findIndex(line => /^\s*phone "/.test(line));
        if (editLine < 0) throw new Error(`no phone line to edit in ${hotFile}`);
        let version = 1;
        connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: hotUri, languageId: 'itsm', version, text } });
        await diagnostics.quiet(diagnostics.events.length, 1500);
        const edit = n => {
            const before = lines[editLine];
            const after = before.replace(/"[^"]*"/, `"+44 20 7946 ${String(n % 10_000).padStart(4, '0')}"`);
            lines[editLine] = after;
            text = lines.join('\n');
            const from = diagnostics.events.length;
            const sent = performance.now();
            connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri: hotUri, version: ++version },
                contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: before.length } }, text: after }],
            });
            const own = diagnostics.until(from, (events, start) => {
                const found = events.slice(start).find(e => e.uri === hotUri);
                return found ? found.at - sent : undefined;
            }, timeoutMs, 'diagnostics of the edited file');
            return { from, sent, own };
        };
        // Warm-up: learn how many files an edit republishes (the dependants), waiting for quiet.
        let affected = 0;
        for (let i = 0; i < 3; i++) {
            const { from, own } = edit(i + 1);
            await own;
            affected = Math.max(affected, (await diagnostics.quiet(from, 1500)).size);
        }
        const ownLatencies = [];
        const settleLatencies = [];
        for (let i = 0; i < measuredEdits; i++) {
            const { from, sent, own } = edit(100 + i);
            ownLatencies.push(await own);
            const settled = await diagnostics.until(from, (events, start) => {
                const seen = new Set();
                for (let k = start; k < events.length; k++) {
                    seen.add(events[k].uri);
                    if (seen.size >= affected) return events[k].at - sent;
                }
                return undefined;
            }, timeoutMs, `diagnostics of the ${affected} files that depend on the edit`);
            settleLatencies.push(settled);
        }
        log(`  lsp: ${measuredEdits} edits, ${affected} files republished per edit, own p50 ${round(median(ownLatencies))} ms`);
        // The rest of the 500 edits as a typist makes them: the next one as soon as the edited file's diagnostics are back.
        const rapid = Math.max(0, edits - measuredEdits - 3);
        for (let i = 0; i < rapid; i++) await edit(1000 + i).own;
        await diagnostics.quiet(diagnostics.events.length, 1500);

        // 3. Completion at reference positions: a service reference (services) and a host reference (every CI).
        const completionTimes = {};
        const completionItems = {};
        const targets = {
            service: referencePosition(files, /^(\s*depends on )[\w.-]+$/),
            ci: referencePosition(files, /^(\s*hosted on )[\w.-]+$/),
        };
        for (const [kind, target] of Object.entries(targets)) {
            if (!target) continue;
            const uri = uriOf(target.file);
            connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'itsm', version: 1, text: readFileSync(target.file, 'utf8') },
            });
            await diagnostics.quiet(diagnostics.events.length, 1000);
            const times = [];
            let count = 0;
            for (let i = 0; i < completions; i++) {
                const sent = performance.now();
                const result = await connection.sendRequest(CompletionRequest.type, {
                    textDocument: { uri }, position: { line: target.line, character: target.character },
                });
                times.push(performance.now() - sent);
                count = Array.isArray(result) ? result.length : result?.items?.length ?? 0;
            }
            completionTimes[kind] = times;
            completionItems[kind] = count;
        }
        await sleep(1000);
        const rssAfterEdits = procStatus(child.pid)?.rssKb;
        const all = Object.values(completionTimes).flat();
        return {
            files: fileUris.size,
            problemsAtStart: problems.length,
            firstDiagnosticsMs: round(allPublished - started),
            firstDiagnosticsAfterInitializedMs: round(allPublished - initialized),
            edits: measuredEdits + 3 + rapid,
            measuredEdits,
            filesRepublishedPerEdit: affected,
            editOwnP50Ms: round(median(ownLatencies)),
            editOwnP95Ms: round(percentile(ownLatencies, 95)),
            editSettleP50Ms: round(median(settleLatencies)),
            editSettleP95Ms: round(percentile(settleLatencies, 95)),
            completionP50Ms: round(median(all)),
            completionP95Ms: round(percentile(all, 95)),
            completion: Object.fromEntries(Object.entries(completionTimes).map(([kind, times]) => [kind, {
                p50Ms: round(median(times)), p95Ms: round(percentile(times, 95)), items: completionItems[kind],
            }])),
            rssAfterBuildMb: round(rssAfterBuild / 1024),
            rssAfterEditsMb: round(rssAfterEdits / 1024),
            rssGrowthPercent: round((rssAfterEdits / rssAfterBuild - 1) * 100),
        };
    } catch (error) {
        error.message += stderr ? `\nserver stderr:\n${stderr.slice(-2000)}` : '';
        throw error;
    } finally {
        try {
            await Promise.race([connection.sendRequest(ShutdownRequest.type), sleep(5000)]);
            await connection.sendNotification(ExitNotification.type);
        } catch {
            // the server may be gone already
        }
        connection.dispose();
        child.kill();
    }
}

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

/** A test for `Diagnostics.until`: the time at which every one of `uris` has been published since `from`. */
function publishedAll(uris) {
    return (events, from) => {
        const missing = new Set(uris);
        for (let k = from; k < events.length; k++) {
            missing.delete(events[k].uri);
            if (missing.size === 0) return events[k].at;
        }
        return undefined;
    };
}

/**
 * The files that reference a definition of `hotPath` (by simple or qualified name, outside comments and strings):
 * those the server must relink and validate again when it changes.
 */
function dependantFiles(files, hotPath) {
    const strip = text => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/"(\\.|[^"\\\n])*"/g, '""');
    const definition = /^\s*(?:team|authority|calendar|holidays|priority\s+matrix|ci\s+class|service|sla|ola|uc|change\s+workflow|ci)\s+([\w-]+)/gm;
    const names = [...strip(readFileSync(hotPath, 'utf8')).matchAll(definition)].map(m => m[1]);
    const used = new RegExp(`(?<![\\w-])(?:${names.join('|')})(?![\\w-])`);
    return files.filter(file => file !== hotPath && used.test(strip(readFileSync(file, 'utf8'))));
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
    // The server's console (and Langium's errors) arrive as window/logMessage, not on stderr.
    let serverLog = '';
    connection.onNotification('window/logMessage', params => {
        serverLog = (serverLog + `${params.message}\n`).slice(-20_000);
    });
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
                // What VS Code's client announces for completion (vscode-languageclient 9): snippets, and list-wide item defaults.
                textDocument: {
                    publishDiagnostics: {}, synchronization: {},
                    completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } },
                },
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
        }, timeoutMs, `diagnostics for all ${fileUris.size} files`).catch(error => {
            const missing = [...fileUris].filter(uri => !firstSeen.has(uri));
            const foreign = new Set(diagnostics.events.map(e => e.uri).filter(uri => !fileUris.has(uri)));
            error.message += ` (${missing.length} never published, e.g. ${missing.slice(0, 5).join(', ')}` +
                (foreign.size > 0 ? `; published for URIs not on disk: ${[...foreign].slice(0, 5).join(', ')}` : '') + ')';
            throw error;
        });
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
        // Warm-up, waiting for quiet after each edit (the server's idle background pass included).
        for (let i = 0; i < 3; i++) {
            const { from, own } = edit(i + 1);
            await own;
            await diagnostics.quiet(from, 2500);
        }
        const dependants = dependantFiles(files, hotPath).map(uriOf);
        const ownLatencies = [];
        const dependantLatencies = [];
        const workspaceLatencies = [];
        for (let i = 0; i < measuredEdits; i++) {
            const { from, sent, own } = edit(100 + i);
            ownLatencies.push(await own);
            dependantLatencies.push(await diagnostics.until(from, publishedAll(new Set([hotUri, ...dependants])), timeoutMs,
                `diagnostics of the ${dependants.length} files that reference ${hotFile}`) - sent);
            workspaceLatencies.push(await diagnostics.until(from, publishedAll(fileUris), timeoutMs,
                'diagnostics of every file after an edit') - sent);
        }
        log(`  lsp: ${measuredEdits} edits; own p50 ${round(median(ownLatencies))} ms, ${dependants.length} dependants ` +
            `p50 ${round(median(dependantLatencies))} ms, all ${fileUris.size} files p50 ${round(median(workspaceLatencies))} ms`);
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
            dependantFiles: dependants.length,
            editOwnP50Ms: round(median(ownLatencies)),
            editOwnP95Ms: round(percentile(ownLatencies, 95)),
            editDependantsP50Ms: round(median(dependantLatencies)),
            editDependantsP95Ms: round(percentile(dependantLatencies, 95)),
            editWorkspaceP50Ms: round(median(workspaceLatencies)),
            editWorkspaceP95Ms: round(percentile(workspaceLatencies, 95)),
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
        error.message += serverLog ? `\nserver log (window/logMessage):\n${serverLog.slice(-2000)}` : '';
        throw error;
    } finally {
        try {
            await Promise.race([connection.sendRequest(ShutdownRequest.type), sleep(5000)]);
            const exited = new Promise(resolve => child.once('exit', resolve));
            await connection.sendNotification(ExitNotification.type);
            await Promise.race([exited, sleep(10_000)]); // a --cpu-prof profile is written on a normal exit
        } catch {
            // the server may be gone already
        }
        connection.dispose();
        if (child.exitCode === null) child.kill();
    }
}

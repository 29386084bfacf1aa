#!/usr/bin/env node
// Where the language server spends the time of an edit (or of a completion):
// starts `out/server.cjs --stdio` under `node --cpu-prof` on a workspace, waits
// for the start-up build, then makes the lsp-bench's edit of the hot file
// (a team's phone number in shared/people.itsm) `--edits` times, waiting for
// quiet after each, and asks for completion after `hosted on ` `--completions`
// times. Only the samples between sending a request and its answer count:
// the time from an edit until the edited file's diagnostics are published, and
// each completion's round trip. Prints the hottest functions, source-mapped.
//
//   node bench/profile-server.mjs <workspace> [--edits 30] [--completions 0] [--top 25] [--server out/server.cjs]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { repositoryRoot } from './lib/build.mjs';
import { summarise } from './profile.mjs';

const {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
    DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, CompletionRequest, ShutdownRequest, ExitNotification,
} = protocol;

const options = { edits: 30, completions: 0, top: 25, server: path.join(repositoryRoot, 'out/server.cjs') };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) options[args[i].slice(2)] = /^\d+$/.test(args[i + 1]) ? Number(args[++i]) : path.resolve(args[++i]);
    else options.workspace = path.resolve(args[i]);
}
if (!options.workspace) throw new Error('usage: node bench/profile-server.mjs <workspace> [--edits n] [--completions n] [--top n] [--server file]');

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const micros = () => Number(process.hrtime.bigint() / 1000n); // the clock V8's profile uses (monotonic)
const files = readdirSync(options.workspace, { recursive: true }).filter(f => f.endsWith('.itsm')).map(f => path.join(options.workspace, f));
const dir = mkdtempSync(path.join(tmpdir(), 'itsm-server-profile-'));
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', options.server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const published = [];
let lastPublished = performance.now();
connection.onNotification(PublishDiagnosticsNotification.type, params => { published.push(params.uri); lastPublished = performance.now(); });
connection.onNotification('window/logMessage', () => {});
connection.onRequest('workspace/configuration', params => params.items.map(() => null));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();
const quiet = async ms => { while (performance.now() - lastPublished < ms) await sleep(50); };

const root = pathToFileURL(options.workspace).href;
await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'workspace' }],
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['editRange'] } } } },
});
connection.sendNotification(InitializedNotification.type, {});
while (new Set(published).size < files.length) await sleep(100);
await quiet(2500);

const windows = [];
const latencies = [];
const hot = path.join(options.workspace, 'shared/people.itsm');
const hotUri = pathToFileURL(hot).href;
const lines = readFileSync(hot, 'utf8').split('\n');
const editLine = lines.findIndex(line => /^\s*phone "/.test(line));
let version = 1;
connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: hotUri, languageId: 'itsm', version, text: lines.join('\n') } });
await quiet(2500);
for (let i = 0; i < options.edits + 3; i++) {
    const before = lines[editLine];
    lines[editLine] = before.replace(/"[^"]*"/, `"+44 20 7946 ${String(i).padStart(4, '0')}"`);
    const from = published.length;
    const started = micros();
    connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: hotUri, version: ++version },
        contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: before.length } }, text: lines[editLine] }],
    });
    while (!published.slice(from).includes(hotUri)) await new Promise(resolve => setImmediate(resolve));
    if (i >= 3) { windows.push([started, micros()]); latencies.push((micros() - started) / 1000); } // three warm-up edits
    await quiet(2500);
}
for (const file of options.completions > 0 ? files : []) {
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex(l => /^\s*hosted on [\w.-]+$/.test(l));
    if (line < 0) continue;
    const uri = pathToFileURL(file).href;
    connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'itsm', version: 1, text } });
    await quiet(1500);
    const character = /^(\s*hosted on )/.exec(text.split('\n')[line])[1].length;
    for (let i = 0; i < options.completions; i++) {
        const started = micros();
        await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
        windows.push([started, micros()]);
    }
    break;
}
await connection.sendRequest(ShutdownRequest.type);
connection.sendNotification(ExitNotification.type);
await new Promise(resolve => child.on('exit', resolve));

// Only the samples inside a window count: each sample's time is booked to it alone.
const file = path.join(dir, readdirSync(dir).find(f => f.endsWith('.cpuprofile')));
const profile = JSON.parse(readFileSync(file, 'utf8'));
let at = profile.startTime;
const inWindow = profile.samples.map((_, i) => {
    at += profile.timeDeltas[i];
    return windows.some(([start, end]) => at >= start && at <= end);
});
profile.timeDeltas = profile.timeDeltas.map((delta, i) => (i > 0 && inWindow[i - 1] ? delta : 0));
latencies.sort((a, b) => a - b);
if (latencies.length > 0) {
    console.log(`${latencies.length} edits: edited file's diagnostics p50 ${latencies[Math.floor(latencies.length / 2)].toFixed(1)} ms, ` +
        `p95 ${latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))].toFixed(1)} ms (under the profiler)`);
}
process.stdout.write(`${file}\n${summarise(profile, options.top)}`);

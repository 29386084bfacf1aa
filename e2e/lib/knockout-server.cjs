/**
 * A deliberately broken language server, for showing that each end-to-end
 * check fails when the feature it checks is broken. It starts the real
 * server (server.real.cjs beside it, or $ITSM_E2E_REAL_SERVER) with the same
 * arguments and relays LSP messages both ways, over IPC (--node-ipc, as the
 * VS Code extension starts it) or stdio (--stdio, as neovim does), but
 * knocks out the features listed in knockout.json beside it
 * ({"break": ["diagnostics", …]}) or in $ITSM_E2E_BREAK (comma-separated):
 *
 *   diagnostics  every textDocument/publishDiagnostics carries no diagnostics
 *   completion   textDocument/completion answers no items
 *   hover        textDocument/hover answers null
 *   definition   textDocument/definition answers null
 *   formatting   textDocument/formatting and rangeFormatting answer no edits
 *   codeaction   textDocument/codeAction answers no actions
 *   outline      textDocument/documentSymbol answers no symbols
 *   references   textDocument/references answers no locations
 *   symbols      workspace/symbol answers no symbols
 *   folding      textDocument/foldingRange answers no ranges
 *   rename       textDocument/rename answers no edit
 *   review       textDocument/codeLens and textDocument/inlayHint answer none
 *   generate     the extension's itsm/generate request fails (method not found)
 *   graph        the extension's itsm/dependencyGraph request fails (method not found)
 *   compare      the extension's itsm/diff request fails (method not found)
 *
 * The capabilities stay advertised: the server looks alive but does nothing.
 * e2e/run.sh installs it in place of out/server.cjs when ITSM_E2E_BREAK is set.
 */
'use strict';
const { fork, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

let config = {};
try { config = JSON.parse(fs.readFileSync(path.join(__dirname, 'knockout.json'), 'utf8')); } catch { /* env only */ }
const broken = new Set([...(config.break ?? []), ...(process.env.ITSM_E2E_BREAK ?? '').split(',')].map(s => s.trim()).filter(Boolean));
const realServer = process.env.ITSM_E2E_REAL_SERVER || path.join(__dirname, config.real ?? 'server.real.cjs');

const emptyResult = {
    'textDocument/completion': broken.has('completion') ? { value: { isIncomplete: false, items: [] } } : undefined,
    'textDocument/hover': broken.has('hover') ? { value: null } : undefined,
    'textDocument/definition': broken.has('definition') ? { value: null } : undefined,
    'textDocument/formatting': broken.has('formatting') ? { value: [] } : undefined,
    'textDocument/rangeFormatting': broken.has('formatting') ? { value: [] } : undefined,
    'textDocument/codeAction': broken.has('codeaction') ? { value: [] } : undefined,
    'textDocument/documentSymbol': broken.has('outline') ? { value: [] } : undefined,
    'textDocument/references': broken.has('references') ? { value: [] } : undefined,
    'workspace/symbol': broken.has('symbols') ? { value: [] } : undefined,
    'textDocument/foldingRange': broken.has('folding') ? { value: [] } : undefined,
    'textDocument/rename': broken.has('rename') ? { value: null } : undefined,
    'textDocument/codeLens': broken.has('review') ? { value: [] } : undefined,
    'textDocument/inlayHint': broken.has('review') ? { value: [] } : undefined,
};
/** The extension's own requests that are to fail as if the server did not have them. */
const failing = new Set([
    ...(broken.has('generate') ? ['itsm/generate'] : []),
    ...(broken.has('graph') ? ['itsm/dependencyGraph'] : []),
    ...(broken.has('compare') ? ['itsm/diff'] : []),
]);
const NOT_FOUND = { code: -32601, message: 'knocked out by e2e/lib/knockout-server.cjs' };
/** Ids of client requests whose answers are to be replaced, with the replacement. */
const pending = new Map();

/** A client message goes on to the server (returns it), or is answered here (reply) and goes nowhere (returns null). */
function fromClient(message, reply) {
    if (message && message.id !== undefined && failing.has(message.method)) {
        // not forwarded: the server must not do the work (generate writes files) and only the answer be lost
        reply({ jsonrpc: '2.0', id: message.id, error: NOT_FOUND });
        return null;
    }
    if (message && message.id !== undefined && message.method && emptyResult[message.method]) {
        pending.set(message.id, { result: emptyResult[message.method].value });
    }
    return message;
}

function fromServer(message) {
    if (!message) return message;
    if (message.method === 'textDocument/publishDiagnostics' && broken.has('diagnostics')) {
        return { ...message, params: { ...message.params, diagnostics: [] } };
    }
    if (message.id !== undefined && !message.method && pending.has(message.id)) {
        const replacement = pending.get(message.id);
        pending.delete(message.id);
        return message.error ? message : { ...message, result: replacement.result };
    }
    return message;
}

/** Splits a Content-Length framed stream into JSON messages. */
function framer(onMessage) {
    let buffer = Buffer.alloc(0);
    return chunk => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const match = /Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'));
            const length = match ? Number(match[1]) : 0;
            if (buffer.length < headerEnd + 4 + length) return;
            const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            buffer = buffer.subarray(headerEnd + 4 + length);
            onMessage(JSON.parse(body));
        }
    };
}
function frame(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

const args = process.argv.slice(2);
if (args.includes('--stdio')) {
    const child = spawn(process.execPath, [realServer, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    const toClient = m => process.stdout.write(frame(m));
    process.stdin.on('data', framer(m => {
        const forward = fromClient(m, toClient);
        if (forward) child.stdin.write(frame(forward));
    }));
    child.stdout.on('data', framer(m => process.stdout.write(frame(fromServer(m)))));
    process.stdin.on('end', () => child.stdin.end());
    child.on('exit', code => process.exit(code ?? 0));
} else {
    // --node-ipc: messages are objects on the IPC channel in both directions
    const child = fork(realServer, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    process.on('message', m => {
        const forward = fromClient(m, reply => process.send?.(reply));
        if (forward) child.send(forward);
    });
    child.on('message', m => process.send?.(fromServer(m)));
    process.on('disconnect', () => child.kill());
    child.on('exit', code => process.exit(code ?? 0));
}

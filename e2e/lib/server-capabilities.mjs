// The capabilities a language server advertises: starts it with --stdio, sends `initialize`, reads the answer.
// Used to tell whether a feature exists in this build (e.g. codeActionProvider for quick fixes), so that a
// check of a feature that is not built yet is reported as SKIP, while a built but broken feature FAILs.
import { spawn } from 'node:child_process';

export function serverCapabilities(serverModule, { timeoutMs = 15000 } = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
        let buffer = Buffer.alloc(0);
        const timer = setTimeout(() => { child.kill(); reject(new Error(`no answer to initialize in ${timeoutMs} ms`)); }, timeoutMs);
        child.on('error', error => { clearTimeout(timer); reject(error); });
        child.stdout.on('data', chunk => {
            buffer = Buffer.concat([buffer, chunk]);
            for (;;) {
                const headerEnd = buffer.indexOf('\r\n\r\n');
                if (headerEnd < 0) return;
                const length = Number(/Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1] ?? 0);
                if (buffer.length < headerEnd + 4 + length) return;
                const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
                buffer = buffer.subarray(headerEnd + 4 + length);
                if (message.id === 1) {
                    clearTimeout(timer);
                    child.kill();
                    if (message.error) reject(new Error(message.error.message));
                    else resolve(message.result.capabilities);
                    return;
                }
            }
        });
        const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
}

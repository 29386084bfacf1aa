#!/usr/bin/env node
// The fuzz campaign (`npm run fuzz`): bundles test/fuzz/fuzz-worker.ts with
// esbuild, runs FUZZ_CASES deterministic cases of seed FUZZ_SEED over
// FUZZ_WORKERS worker threads, and reports crashes, broken formatter
// invariants, cases over the 2 s budget and hangs (a case still running after
// FUZZ_HANG_MS: its worker is terminated and the campaign goes on).
//
//   npm run fuzz                                             # 100,000 cases, seed 1
//   FUZZ_CASES=5000 FUZZ_SEED=7 node test/fuzz/run-fuzz.mjs
//   FUZZ_ONLY=1234 FUZZ_SEED=1 node test/fuzz/run-fuzz.mjs     # replay one case
//
// Exit code: 0 when no case failed, 1 otherwise. The full report (every
// finding with its input, stack and minimised input; the slowest cases) is
// written to FUZZ_REPORT (default test-results/fuzz-report.json).
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const only = env.FUZZ_ONLY !== undefined ? Number(env.FUZZ_ONLY) : undefined;
const seed = Number(env.FUZZ_SEED ?? 1);
const first = only ?? Number(env.FUZZ_START ?? 0);
const end = only !== undefined ? only + 1 : first + Number(env.FUZZ_CASES ?? 100_000);
const workers = only !== undefined ? 1 : Math.max(1, Number(env.FUZZ_WORKERS ?? availableParallelism()));
const hangMs = Number(env.FUZZ_HANG_MS ?? 30_000);
const minimize = env.FUZZ_MINIMIZE !== '0';
const reportFile = path.resolve(root, env.FUZZ_REPORT ?? 'test-results/fuzz-report.json');

const bundle = path.join(root, 'node_modules/.cache/itsm-fuzz/fuzz-worker.cjs');
await esbuild.build({
    entryPoints: [path.join(root, 'test/fuzz/fuzz-worker.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});

const started = performance.now();
let done = 0;
const findings = [];
const slowest = [];
const bigCases = [];
let totalMs = 0;
let cleanCases = 0;

function keepSlowest(result) {
    slowest.push({ index: result.index, kind: result.kind, ms: result.ms, phases: result.phases });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 15);
}

function runShard(start, step) {
    return new Promise(resolve => {
        const worker = new Worker(bundle, {
            workerData: { root, seed, start, end, step, minimize },
            execArgv: ['--enable-source-maps'],
            // The stack of a main thread (~1 MB), not a worker's 4 MB: deep nesting must pass where the CLI runs.
            resourceLimits: { maxOldGenerationSizeMb: 4096, stackSizeMb: 1 },
        });
        let current;
        let timer;
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                findings.push({ index: current.index, kind: current.kind, failures: [{ check: 'hang', message: `still running after ${hangMs} ms; worker terminated` }] });
                done++;
                worker.terminate();
                const nextStart = current.index + step;
                current = undefined;
                resolve(nextStart < end ? runShard(nextStart, step) : undefined);
            }, hangMs);
        };
        worker.on('message', message => {
            if (message.type === 'start') {
                current = message;
                arm();
            } else if (message.type === 'result') {
                clearTimeout(timer);
                const { result } = message;
                done++;
                totalMs += result.ms;
                if (result.clean) cleanCases++;
                keepSlowest(result);
                if (result.kind.startsWith('big:')) bigCases.push({ index: result.index, kind: result.kind, ms: result.ms, phases: result.phases });
                if (result.failures.length > 0) {
                    findings.push({ ...result, input: message.text, minimal: message.minimal });
                    console.log(`case ${result.index} ${result.kind}: ${result.failures.map(f => `${f.check}: ${f.message}`).join('; ')}`);
                }
                if (done % 1000 === 0) {
                    const elapsed = (performance.now() - started) / 1000;
                    console.log(`${done}/${end - first} cases, ${findings.length} findings, ${elapsed.toFixed(0)} s`);
                }
            } else if (message.type === 'fatal') {
                console.error(`worker ${start}/${step} failed: ${message.message}`);
                clearTimeout(timer);
                resolve(undefined);
            } else if (message.type === 'done') {
                clearTimeout(timer);
                worker.terminate();
                resolve(undefined);
            }
        });
        worker.on('error', error => {
            // A worker that dies mid-case (stack overflow outside a try, out of memory): a crash of that case.
            clearTimeout(timer);
            if (current) {
                findings.push({ index: current.index, kind: current.kind, failures: [{ check: 'crash', message: `worker died: ${error.message}`, stack: error.stack }] });
                done++;
                const nextStart = current.index + step;
                current = undefined;
                resolve(nextStart < end ? runShard(nextStart, step) : undefined);
            } else {
                console.error(`worker ${start}/${step} failed: ${error.stack}`);
                resolve(undefined);
            }
        });
    });
}

await Promise.all(Array.from({ length: workers }, (_, w) => runShard(first + w, workers)));
const seconds = (performance.now() - started) / 1000;
const byCheck = {};
for (const finding of findings) for (const failure of finding.failures) byCheck[failure.check] = (byCheck[failure.check] ?? 0) + 1;
const report = {
    seed, first, cases: done, workers, seconds: Math.round(seconds), clean: cleanCases,
    meanMs: Math.round((totalMs / Math.max(1, done)) * 10) / 10,
    findings: findings.length, byCheck, slowest, bigCases: bigCases.sort((a, b) => b.ms - a.ms), details: findings,
};
mkdirSync(path.dirname(reportFile), { recursive: true });
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${done} cases (seed ${seed}, ${workers} workers) in ${seconds.toFixed(0)} s; ${cleanCases} parsed cleanly; mean ${report.meanMs} ms per case`);
console.log(`findings: ${findings.length} ${JSON.stringify(byCheck)}`);
console.log(`slowest: ${slowest.slice(0, 5).map(s => `#${s.index} ${s.kind} ${s.ms} ms`).join('; ')}`);
console.log(`report: ${path.relative(root, reportFile)}`);
process.exit(findings.length > 0 ? 1 : 0);

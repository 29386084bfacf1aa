#!/usr/bin/env node
// The performance benchmark (docs/performance.md): `npm run bench`, or
// `npm run bench -- --sizes 1k` for a quick run.
//
//   --sizes 1k,10k,100k,25k-single,50k-single   workspaces to measure (default: all five)
//   --runs N          CLI and baseline runs per size, median taken (default 3, after one warm-up run)
//   --fast            1 run, no warm-up, 10 edits (5 measured), 5 completions: for CI smoke tests
//   --edits N         language-server edits in all (default 500), --measured-edits N (default 50)
//   --completions N   completion requests per position (default 50)
//   --no-lsp          CLI and baseline only;  --no-build  measure out/ as it is
//   --seed N          workload seed (default 42);  --out FILE  results file (default bench/results/latest.json)
//   --work DIR        where workspaces and the snapshot of the bundles go (default bench/results)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateWorkload, parseSize } from './generate-workload.mjs';
import { buildEmitter, buildProject, repositoryRoot, resultsDir } from './lib/build.mjs';
import { machineInfo, measureNode, median } from './lib/measure.mjs';
import { evaluateTargets, printTables } from './lib/report.mjs';
import { lspBench } from './lsp-bench.mjs';

const ALL_SIZES = ['1k', '10k', '100k', '25k-single', '50k-single'];
const round = value => Math.round(value * 10) / 10;

function parseArgs(argv) {
    const options = { sizes: ALL_SIZES, runs: 3, warmup: true, edits: 500, measuredEdits: 50, completions: 50, lsp: true, build: true,
        seed: 42, out: path.join(resultsDir, 'latest.json'), work: resultsDir };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
            return argv[++i];
        };
        const count = () => {
            const n = Number(value());
            if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a whole number of at least 1`);
            return n;
        };
        if (arg === '--sizes') options.sizes = value().split(',').map(s => s.trim()).filter(Boolean);
        else if (arg === '--runs') options.runs = count();
        else if (arg === '--fast') Object.assign(options, { runs: 1, warmup: false, edits: 10, measuredEdits: 5, completions: 5 });
        else if (arg === '--edits') options.edits = count();
        else if (arg === '--measured-edits') options.measuredEdits = count();
        else if (arg === '--completions') options.completions = count();
        else if (arg === '--no-lsp') options.lsp = false;
        else if (arg === '--no-build') options.build = false;
        else if (arg === '--seed') options.seed = count();
        else if (arg === '--out') options.out = path.resolve(value());
        else if (arg === '--work') options.work = path.resolve(value());
        else throw new Error(`unknown option '${arg}' (see the comment at the top of bench/run-bench.mjs)`);
    }
    for (const size of options.sizes) sizeSpec(size);
    return options;
}

/** `10k` -> 10,000 lines over files of about 100 lines; `50k-single` -> one file. */
function sizeSpec(name) {
    const match = /^([\d.]+[km]?)(-single)?$/i.exec(name);
    if (!match) throw new Error(`not a size: '${name}' (write e.g. 10k or 50k-single)`);
    return { name, lines: parseSize(match[1]), single: Boolean(match[2]) };
}

function gitCommit() {
    try {
        const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' }).trim();
        const dirty = execFileSync('git', ['status', '--porcelain', '--', 'language', 'cli', 'server'], { cwd: repositoryRoot, encoding: 'utf8' }).trim();
        return dirty ? `${head} + uncommitted changes in language/, cli/ or server/` : head;
    } catch {
        return 'unknown';
    }
}

/** Runs `node args` `runs` times (after an optional warm-up) and keeps the medians and the peak RSS. */
async function repeat(args, { runs, warmup, env, check }) {
    if (warmup) await measureNode(args, { env });
    const results = [];
    for (let i = 0; i < runs; i++) {
        const result = await measureNode(args, { env });
        check(result);
        results.push(result);
    }
    const cpu = results.map(r => r.cpuMs).filter(v => v !== undefined);
    return {
        results,
        wallMs: round(median(results.map(r => r.wallMs))),
        cpuMs: cpu.length > 0 ? round(median(cpu)) : undefined,
        maxRssMb: round(Math.max(...results.map(r => r.maxRssMb))),
    };
}

function phaseMedians(results) {
    const phases = results.map(r => {
        const line = r.stderr.split('\n').find(l => l.startsWith('itsm-timings '));
        return line ? JSON.parse(line.slice('itsm-timings '.length)) : undefined;
    }).filter(Boolean);
    if (phases.length === 0) return undefined;
    const names = Object.keys(phases[0]);
    const out = Object.fromEntries(names.map(name => [name, round(median(phases.map(p => p[name])))]));
    out.total = round(names.reduce((sum, name) => sum + out[name], 0));
    return out;
}

async function measureSize(spec, tools, options, log) {
    const dir = path.join(options.work, 'workspaces', spec.name);
    const workload = generateWorkload({ lines: spec.lines, out: dir, seed: options.seed, singleFile: spec.single });
    log(`${spec.name}: ${workload.files} files, ${workload.lines} lines in ${dir}`);
    const jsonDir = `${dir}-json`;
    execFileSync(process.execPath, [tools.emitter, dir, jsonDir], { stdio: ['ignore', 'ignore', 'inherit'] });

    const cli = await repeat([tools.cli, 'validate', dir, '--format', 'json'], {
        ...options, env: { ITSM_TIMINGS: '1', NO_COLOR: '1' },
        check: result => {
            const summary = JSON.parse(result.stdout).summary;
            if (summary.errors + summary.warnings > 0) {
                throw new Error(`${spec.name}: the workload has ${summary.errors} errors and ${summary.warnings} warnings; it must validate clean`);
            }
        },
    });
    const summary = JSON.parse(cli.results[0].stdout).summary;
    log(`  cli: ${cli.wallMs} ms wall, ${cli.cpuMs ?? '?'} ms CPU, ${cli.maxRssMb} MB peak`);
    const baseline = await repeat([path.join(repositoryRoot, 'bench/baseline/validate-json.mjs'), jsonDir], {
        ...options, env: {},
        check: result => {
            const report = JSON.parse(result.stdout);
            if (report.errors > 0) throw new Error(`${spec.name}: the JSON baseline does not validate: ${report.firstError}`);
        },
    });
    const baselinePhases = JSON.parse(baseline.results[0].stdout).timings;
    log(`  ajv baseline: ${baseline.wallMs} ms wall, ${baseline.cpuMs ?? '?'} ms CPU`);
    const result = {
        files: workload.files, lines: workload.lines,
        cli: { wallMs: cli.wallMs, cpuMs: cli.cpuMs, maxRssMb: cli.maxRssMb, phasesMs: phaseMedians(cli.results), findings: summary },
        baseline: { wallMs: baseline.wallMs, cpuMs: baseline.cpuMs, maxRssMb: baseline.maxRssMb, phasesMs: baselinePhases },
        ratio: { wall: round((cli.wallMs / baseline.wallMs) * 100) / 100,
            cpu: cli.cpuMs && baseline.cpuMs ? round((cli.cpuMs / baseline.cpuMs) * 100) / 100 : undefined },
    };
    if (options.lsp && !spec.single) {
        result.lsp = await lspBench({
            server: tools.server, workspace: dir, hotFile: workload.hotFile,
            edits: options.edits, measuredEdits: options.measuredEdits, completions: options.completions, log,
        });
    }
    return result;
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const log = text => process.stderr.write(`${text}\n`);
    log(`building (${options.build ? 'node esbuild.mjs' : 'using out/ as it is'}) …`);
    const target = path.join(options.work, 'build');
    const tools = { ...buildProject({ skip: !options.build, target }), emitter: await buildEmitter({ target }) };
    const results = {
        generatedAt: new Date().toISOString(), commit: gitCommit(), machine: await machineInfo(),
        options: { sizes: options.sizes, runs: options.runs, warmup: options.warmup, edits: options.edits,
            measuredEdits: options.measuredEdits, completions: options.completions, seed: options.seed },
        sizes: {},
    };
    for (const name of options.sizes) results.sizes[name] = await measureSize(sizeSpec(name), tools, options, log);
    results.machine.loadAverageAfter = (await machineInfo()).loadAverage;
    results.targets = evaluateTargets(results.sizes);
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
    process.stdout.write(printTables(results));
    process.stdout.write(`\nwritten to ${path.relative(process.cwd(), options.out) || options.out}\n`);
}

main().catch(error => {
    process.stderr.write(`run-bench: ${error.stack ?? error}\n`);
    process.exitCode = 1;
});

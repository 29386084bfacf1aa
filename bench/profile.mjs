#!/usr/bin/env node
// Where the CLI spends its time: runs `itsm validate` under `node --cpu-prof`
// and prints the hottest functions, mapped through the bundle's source map to
// the TypeScript file and function (self time: the function's own code;
// total time: including what it calls).
//
//   node bench/profile.mjs <workspace> [--cli out/cli.cjs] [--top 25] [--profile file.cpuprofile]
//
// With --profile, summarises an existing .cpuprofile instead of running the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repositoryRoot } from './lib/build.mjs';

function parseArgs(argv) {
    const options = { cli: path.join(repositoryRoot, 'out/cli.cjs'), top: 25 };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--cli') options.cli = path.resolve(argv[++i]);
        else if (argv[i] === '--top') options.top = Number(argv[++i]);
        else if (argv[i] === '--profile') options.profile = path.resolve(argv[++i]);
        else options.workspace = path.resolve(argv[i]);
    }
    if (!options.workspace && !options.profile) throw new Error('usage: node bench/profile.mjs <workspace> [--cli file] [--top n] [--profile file]');
    return options;
}

function runProfiled(cli, workspace) {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-profile-'));
    try {
        execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, cli, 'validate', workspace, '--format', 'json'],
            { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ITSM_TIMINGS: '1' } });
    } catch (error) {
        if (error.status !== 1) throw error; // 1 = findings; the profile is still written
    }
    const file = readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
    return path.join(dir, file);
}

/** Maps a bundle position to `source-file:function`, caching one SourceMap per bundle. */
function locator() {
    const maps = new Map();
    return frame => {
        const name = frame.functionName || '(anonymous)';
        if (!frame.url) return name === '(garbage collector)' || name === '(program)' || name === '(idle)' ? name : `${name} (native)`;
        const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
        if (!maps.has(file)) {
            let map;
            try {
                map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
            } catch {
                map = undefined;
            }
            maps.set(file, map);
        }
        const map = maps.get(file);
        const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
        if (!entry?.originalSource) return `${path.basename(file)}:${frame.lineNumber + 1} ${name}`;
        const source = entry.originalSource.replace(/^.*?node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
        return `${source}:${entry.originalLine + 1} ${name}`;
    };
}

const isProject = key => /^(language|cli|server)\//.test(key);
/** Where time is booked: project code, and Langium's services (workspace, references, validation), not its utilities. */
const isAnchor = key => isProject(key) || /^node_modules\/langium\/src\/(workspace|references|validation|lsp)\//.test(key);

export function summarise(profile, top) {
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const self = new Map();
    profile.samples.forEach((id, i) => {
        const delta = profile.timeDeltas[i + 1] ?? 0;
        self.set(id, (self.get(id) ?? 0) + delta / 1000);
    });
    const locate = locator();
    const keyOf = new Map(profile.nodes.map(node => [node.id, locate(node.callFrame)]));
    const selfBy = new Map();
    const innermostBy = new Map();
    const totalBy = new Map();
    const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
    let all = 0;
    for (const [id, ms] of self) {
        all += ms;
        add(selfBy, keyOf.get(id), ms);
        const seen = new Set();
        let innermost;
        for (let at = id; at !== undefined; at = parent.get(at)) {
            const key = keyOf.get(at);
            if (!isAnchor(key) || seen.has(key)) continue;
            innermost ??= key;
            seen.add(key);
            if (isProject(key)) add(totalBy, key, ms);
        }
        add(innermostBy, innermost ?? (/^\(/.test(keyOf.get(id)) ? keyOf.get(id) : '(other: module loading, scheduling)'), ms);
    }
    const rows = map => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
        .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / all) * 100).toFixed(1).padStart(5)} %  ${key}`);
    return [`profiled ${all.toFixed(0)} ms`,
        '', 'self time (the function\'s own code)', ...rows(selfBy),
        '', 'by project function or Langium service (its own code and the utilities it calls)', ...rows(innermostBy),
        '', 'total time of project functions (everything they call)', ...rows(totalBy)].join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const options = parseArgs(process.argv.slice(2));
    const file = options.profile ?? runProfiled(options.cli, options.workspace);
    process.stdout.write(`${file}\n${summarise(JSON.parse(readFileSync(file, 'utf8')), options.top)}`);
}

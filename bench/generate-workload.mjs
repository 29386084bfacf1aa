#!/usr/bin/env node
// Writes a synthetic but realistic ITSM workspace of a given size:
//
//   node bench/generate-workload.mjs --lines 10000 --out <dir> [--seed 42] [--single-file]
//
// A shared package (calendars of every region with their public holidays,
// teams, change authorities, priority matrices, CI classes, the three change
// workflows), the data-centre platform (two sites of hypervisors, directory,
// DNS, network, storage, monitoring, backup) and business units
// corp.<domain>.<region>, each with its teams, CIs, technical and business
// services, offerings, SLAs, OLAs, UCs and change workflows, linked across
// files by imports and qualified names. Deterministic from the seed; the
// output validates without errors, warnings or hints (see test/bench).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCatalogue } from './workload/catalogue.mjs';
import { renderWorkspace } from './workload/render.mjs';

/**
 * Generates the workspace into `out` (emptied first) and returns what it wrote.
 * @returns {{ files: number, lines: number, hotFile: string, out: string }}
 */
export function generateWorkload({ lines, out, seed = 42, singleFile = false }) {
    if (!Number.isFinite(lines) || lines < 200) throw new Error('--lines must be a number of at least 200');
    const model = buildCatalogue({ lines, seed, singleFile });
    const files = renderWorkspace(model, { single: singleFile });
    rmSync(out, { recursive: true, force: true });
    let total = 0;
    for (const file of files) {
        const target = path.join(out, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.text);
        total += file.text.split('\n').length - 1;
    }
    // The file most others reference (teams, matrices): where the language-server benchmark edits.
    const hotFile = singleFile ? 'catalogue.itsm' : 'shared/people.itsm';
    return { files: files.length, lines: total, hotFile, out };
}

/** `10k` -> 10000, `1.5k` -> 1500, `2m` -> 2000000. */
export function parseSize(text) {
    const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(String(text).trim());
    if (!match) throw new Error(`not a size: '${text}' (write e.g. 10000 or 10k)`);
    return Math.round(Number(match[1]) * { '': 1, k: 1000, m: 1_000_000 }[match[2].toLowerCase()]);
}

function parseArgs(argv) {
    const options = { seed: 42, singleFile: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
            return argv[++i];
        };
        if (arg === '--lines') options.lines = parseSize(value());
        else if (arg === '--out') options.out = path.resolve(value());
        else if (arg === '--seed') options.seed = Number(value());
        else if (arg === '--single-file') options.singleFile = true;
        else if (arg === '--help' || arg === '-h') options.help = true;
        else throw new Error(`unknown option '${arg}'`);
    }
    return options;
}

const USAGE = 'usage: node bench/generate-workload.mjs --lines <n|10k> --out <dir> [--seed 42] [--single-file]\n';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    try {
        const options = parseArgs(process.argv.slice(2));
        if (options.help) {
            process.stdout.write(USAGE);
        } else {
            if (!options.lines || !options.out) throw new Error('--lines and --out are required');
            if (!Number.isInteger(options.seed)) throw new Error('--seed must be a whole number');
            const result = generateWorkload(options);
            process.stdout.write(`wrote ${result.files} files, ${result.lines} lines to ${result.out}\n`);
        }
    } catch (error) {
        process.stderr.write(`generate-workload: ${error.message}\n${USAGE}`);
        process.exitCode = 2;
    }
}

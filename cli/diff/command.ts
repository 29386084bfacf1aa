/**
 * `itsm diff`: the semantic diff of two resolved catalogues.
 *
 *   itsm diff <base> <head>                     two folders or files
 *   itsm diff --base <rev> [--head <rev>] [paths..]
 *                                               git revisions of the repository the current folder is in;
 *                                               without --head, the working tree; paths (default: .) choose the files
 *
 * Each side is validated and built into the canonical model; the models are
 * compared (language/diff/compare.ts). Exit 0, or 1 with --fail-on when a change
 * of that risk exists; 2 for usage errors.
 */
import { Command, Option } from 'commander';
import * as path from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { resolveConfig } from '../config.js';
import { CliError, ExitCode } from '../exit-codes.js';
import { compareModels } from '../../language/diff/compare.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat, type DiffSideSummary } from '../../language/diff/format.js';
import { modelOf } from '../../language/diff/side-model.js';
import { gitTopLevel, pathSide, revisionSide, worktreeSide, type Side } from './sides.js';

export interface DiffIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
    color: boolean;
}

export interface DiffOptions {
    base?: string;
    head?: string;
    format: DiffFormat;
    failOn?: 'warning' | 'info';
    config?: string;
    output?: string;
}

/** Adds `diff` to the `itsm` program; `setExitCode` receives the command's exit code. */
export function registerDiffCommand(program: Command, io: DiffIo, setExitCode: (code: number) => void): Command {
    return program.command('diff')
        .description('Compare two catalogues semantically (definitions, SLA targets, availability, approvals): two folders or files, or git revisions.')
        .argument('[paths...]', 'without --base: <base> <head>, two folders or files; with --base: the files or folders to compare (default: .)', [])
        .option('--base <rev>', 'git revision of the base side (e.g. origin/main, HEAD~1), read without checking out')
        .option('--head <rev>', 'git revision of the head side (default: the working tree); needs --base')
        .addOption(new Option('-f, --format <format>', 'report format').choices([...DIFF_FORMATS]).default('stylish'))
        .addOption(new Option('--fail-on <risk>', 'exit 1 when a change of this risk (or higher) exists').choices(['warning', 'info']))
        .option('-c, --config <file>', 'config file (default: the nearest itsm.config.json upwards from the first path)')
        .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
        .action(async (paths: string[], options: DiffOptions) => {
            setExitCode(await diffCommand(paths, options, io));
        });
}

export async function diffCommand(paths: string[], options: DiffOptions, io: DiffIo): Promise<number> {
    const [base, head] = await readSides(paths, options, io.cwd);
    if (base.files.length === 0 && head.files.length === 0) {
        throw new CliError(`no .itsm files found on either side (${base.label}, ${head.label})`);
    }
    const configPaths = options.base === undefined ? [paths[1]] : paths;
    const { config } = resolveConfig(options.config, configPaths, io.cwd);
    const baseModel = await modelOf(base.files, base.base, config);
    const headModel = await modelOf(head.files, head.base, config);
    const summary = (side: Side, built: typeof baseModel): DiffSideSummary =>
        ({ label: side.label, files: side.files.length, errors: built.errors, warnings: built.warnings });
    for (const [side, built] of [[base, baseModel], [head, headModel]] as const) {
        if (built.errors > 0) {
            io.stderr(`itsm: ${side.label} has ${built.errors} validation error${built.errors === 1 ? '' : 's'}; `
                + 'run itsm validate on it; the diff compares what it could resolve\n');
        }
    }
    const changes = compareModels(baseModel.model, headModel.model);
    const text = formatDiff(options.format, { base: summary(base, baseModel), head: summary(head, headModel), changes },
        io.color && !options.output);
    if (options.output) await writeFileAtomic(path.resolve(io.cwd, options.output), text, options.output);
    else io.stdout(text);
    const failing = options.failOn === 'warning' ? changes.some(c => c.risk === 'warning')
        : options.failOn === 'info' ? changes.length > 0 : false;
    return failing ? ExitCode.Findings : ExitCode.Ok;
}

async function readSides(paths: string[], options: DiffOptions, cwd: string): Promise<[Side, Side]> {
    if (options.base === undefined) {
        if (options.head !== undefined) throw new CliError('--head needs --base (the revision to compare with)');
        if (paths.length !== 2) {
            throw new CliError(`diff needs a base and a head: two folders or files, or --base <rev> (got ${paths.length} path${paths.length === 1 ? '' : 's'})`);
        }
        const { config, file } = resolveConfig(options.config, [paths[1]], cwd);
        const selection = { include: config?.include, exclude: config?.exclude, base: file && path.dirname(file) };
        return [await pathSide(paths[0], cwd, selection), await pathSide(paths[1], cwd, selection)];
    }
    const top = gitTopLevel(cwd);
    const { config, file } = resolveConfig(options.config, paths, cwd);
    const selection = { include: config?.include, exclude: config?.exclude, base: file && path.dirname(file) };
    const base = revisionSide(options.base, paths, cwd, top, selection);
    const head = options.head !== undefined
        ? revisionSide(options.head, paths, cwd, top, selection)
        : await worktreeSide(paths, cwd, top, selection);
    return [base, head];
}

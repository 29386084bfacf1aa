/**
 * The `itsm` command line. `runCli` takes its streams as arguments so tests
 * run it in-process; `main.ts` wires it to the real process.
 */
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import * as path from 'node:path';
import { resolveConfig } from './config.js';
import { initCommand } from './init.js';
import { registerDiffCommand } from './diff/command.js';
import { registerImportCommand } from './import-command.js';
import { formatCommand } from './format-command.js';
import { generateCommand, targetNames } from './generate-command.js';
import { CliError, ExitCode } from './exit-codes.js';
import { formatRulesJson, formatRulesText } from './rules-listing.js';
import { findInputFiles, readInputFile } from './input-files.js';
import { REPORTERS } from './reporters/report.js';
import { RULES } from '../language/validation/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { startProgress } from './progress.js';
import { summarise, validateFiles } from './validation-run.js';

export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
    /** Whether stdout is a terminal (colours in stylish output). */
    color: boolean;
    /** Whether stderr is a terminal (a progress line for long runs). */
    progress?: boolean;
}

interface ValidateOptions {
    format: string;
    quiet?: boolean;
    maxWarnings?: number;
    config?: string;
    output?: string;
}

/** The files a command works on, read strictly, chosen by the paths and the config's globs. */
async function collectFiles(paths: string[], configOption: string | undefined, io: CliIo) {
    const { config, file: configFile } = resolveConfig(configOption, paths, io.cwd);
    const selection = { include: config?.include, exclude: config?.exclude, base: configFile && path.dirname(configFile) };
    const files = [];
    for (const file of await findInputFiles(paths, io.cwd, selection)) files.push(await readInputFile(file, io.cwd));
    if (files.length === 0) {
        throw new CliError(`no .itsm files found in ${paths.length > 0 ? paths.map(p => `'${p}'`).join(', ') : 'the current folder'}`);
    }
    return files;
}

async function validateCommand(paths: string[], options: ValidateOptions, io: CliIo): Promise<number> {
    const { config, file: configFile } = resolveConfig(options.config, paths, io.cwd);
    const selection = { include: config?.include, exclude: config?.exclude, base: configFile && path.dirname(configFile) };
    const progress = startProgress(Boolean(io.progress), io.stderr);
    progress.update('looking for .itsm files…');
    const readStarted = performance.now();
    const files = [];
    try {
        for (const file of await findInputFiles(paths, io.cwd, selection)) files.push(await readInputFile(file, io.cwd));
        if (files.length === 0) {
            throw new CliError(`no .itsm files found in ${paths.length > 0 ? paths.map(p => `'${p}'`).join(', ') : 'the current folder'}`);
        }
        progress.update(`checking ${files.length} files…`);
    } catch (error) {
        progress.done();
        throw error;
    }
    const readMs = performance.now() - readStarted;
    const result = await validateFiles(files, config).finally(() => progress.done());
    if (process.env.ITSM_TIMINGS === '1') {
        const round = (ms: number) => Math.round(ms * 10) / 10;
        const phases = { read: readMs, ...result.timings };
        io.stderr(`itsm-timings ${JSON.stringify(Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v)])))}\n`);
    }
    const findings = options.quiet ? result.findings.filter(f => f.severity === 'error') : result.findings;
    const settings = result.services.Itsm.validation.RuleSettings;
    const text = REPORTERS[options.format]({ fileCount: files.length, findings }, {
        color: io.color && !options.output,
        cwd: io.cwd,
        files: files.map(f => f.display),
        activeRules: RULES.filter(rule => settings.levelOf(rule.code) !== 'off').map(rule => rule.code),
    });
    if (options.output) {
        await writeFileAtomic(path.resolve(io.cwd, options.output), text, options.output);
    } else {
        io.stdout(text);
    }
    const summary = summarise(files.length, result.findings);
    if (summary.errors > 0) return ExitCode.Findings;
    if (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings) {
        io.stderr(`itsm: ${summary.warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
        return ExitCode.Findings;
    }
    return ExitCode.Ok;
}

function parseCount(value: string): number {
    const count = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(count)) {
        throw new CliError(`--max-warnings expects a whole number, not '${value}'`);
    }
    return count;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    const program = new Command('itsm')
        .description('Validate and generate IT service definitions (.itsm files).')
        .version(packageJson.version, '-v, --version', 'print the version')
        .option('--debug', 'print stack traces of internal errors')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run with --help for usage)');

    program.command('validate')
        .description('Check .itsm files against the language and the ITIL rules; all files are linked as one workspace.')
        .argument('[paths...]', 'files or folders (folders are searched for **/*.itsm)', [])
        .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(REPORTERS)).default('stylish'))
        .option('--quiet', 'report errors only')
        .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', parseCount)
        .option('-c, --config <file>', 'config file (default: the nearest itsm.config.json upwards from the first path)')
        .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
        .action(async (paths: string[], options: ValidateOptions) => {
            exitCode = await validateCommand(paths, options, io);
        });

    program.command('rules')
        .description('List every rule: code, default severity, category, description and docs link.')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action((options: { format: string }) => {
            io.stdout(options.format === 'json' ? formatRulesJson() : formatRulesText());
        });

    program.command('generate')
        .description('Generate files for an ITSM tool from the catalogue (validates first).')
        .argument('[paths...]', 'files or folders (folders are searched for **/*.itsm)', [])
        .addOption(new Option('-t, --target <name>', 'what to generate').choices(targetNames()).makeOptionMandatory())
        .requiredOption('-o, --out <dir>', 'the folder to write into (nothing is written outside it)')
        .option('--force', 'generate even when validation finds errors')
        .option('--mapping <file>', 'a target-specific mapping file (JSON), e.g. Cherwell business-object and field IDs')
        .option('-c, --config <file>', 'config file (default: the nearest itsm.config.json upwards from the first path)')
        .action(async (paths: string[], options: { target: string; out: string; force?: boolean; mapping?: string; config?: string }) => {
            const { config } = resolveConfig(options.config, paths, io.cwd);
            const files = await collectFiles(paths, options.config, io);
            exitCode = await generateCommand(files, config, options, io);
        });

    program.command('format')
        .description('Rewrite .itsm files in the canonical layout (the editor\'s formatter).')
        .argument('[paths...]', 'files or folders (folders are searched for **/*.itsm)', [])
        .option('--check', 'change nothing; exit 1 when a file is not formatted')
        .option('-c, --config <file>', 'config file (its include/exclude globs choose the files)')
        .action(async (paths: string[], options: { check?: boolean; config?: string }) => {
            const files = await collectFiles(paths, options.config, io);
            exitCode = await formatCommand(files, Boolean(options.check), io);
        });

    registerDiffCommand(program, io, code => { exitCode = code; });
    registerImportCommand(program, io, code => { exitCode = code; });

    program.command('init')
        .description('Write a starter itsm.config.json and an example catalogue.')
        .argument('[folder]', 'where to write them', '.')
        .option('--force', 'overwrite files that exist')
        .action(async (folder: string, options: { force?: boolean }) => {
            const written = await initCommand(folder, Boolean(options.force), io.cwd);
            io.stdout(written.map(file => `wrote ${file}\n`).join('') + 'Next: itsm validate\n');
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; every parse error is a usage error.
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        }
        if (error instanceof CliError) {
            io.stderr(`itsm: ${error.message}\n`);
            return error.exitCode;
        }
        const debug = argv.includes('--debug');
        const detail = error instanceof Error ? (debug ? error.stack : error.message) : String(error);
        io.stderr(`itsm: internal error: ${detail}\n${debug ? '' : '(run with --debug for the stack trace)\n'}`);
        return ExitCode.Usage;
    }
}

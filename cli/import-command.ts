/**
 * `itsm import --from backstage|servicenow <input..> --out <dir>`: reads a
 * Backstage catalog (YAML) or a ServiceNow Table API export (JSON), maps it
 * to the catalogue (language/import/), formats the text with the editor's
 * formatter and writes one `.itsm` file per package into <dir> only,
 * atomically (the generators' output writer). Malformed input is a usage
 * error naming file:line:col (exit 2).
 */
import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { OutputError, writeGeneratedFiles } from '../language/generators/output-writer.js';
import { importBackstage } from '../language/import/backstage.js';
import { ImportInputError, type ImportedCatalogue, type ImportSource } from '../language/import/imported-catalogue.js';
import { importServiceNow } from '../language/import/servicenow.js';
import { writeCatalogue } from '../language/import/write-itsm.js';
import { CliError, ExitCode } from './exit-codes.js';
import { formatFiles } from './format-command.js';

export const IMPORT_SOURCES = {
    backstage: importBackstage,
    servicenow: importServiceNow,
} as const satisfies Record<string, (sources: ImportSource[]) => ImportedCatalogue>;

export type ImportFrom = keyof typeof IMPORT_SOURCES;

interface ImportIo {
    stdout: (text: string) => void;
    cwd: string;
}

export function registerImportCommand(program: Command, io: ImportIo, setExitCode: (code: number) => void): Command {
    return program.command('import')
        .description('Write .itsm files from a Backstage catalog (YAML) or a ServiceNow Table API export (JSON).')
        .argument('<inputs...>', 'the files to read')
        .addOption(new Option('--from <source>', 'what the inputs are').choices(Object.keys(IMPORT_SOURCES)).makeOptionMandatory())
        .requiredOption('-o, --out <dir>', 'the folder to write into (nothing is written outside it)')
        .action(async (inputs: string[], options: { from: ImportFrom; out: string }) => {
            setExitCode(await importCommand(inputs, options, io));
        });
}

export async function importCommand(inputs: string[], options: { from: ImportFrom; out: string }, io: ImportIo): Promise<number> {
    const sources: ImportSource[] = [];
    for (const input of inputs) sources.push({ name: display(input, io.cwd), text: await readText(input, io.cwd) });
    let catalogue: ImportedCatalogue;
    try {
        catalogue = IMPORT_SOURCES[options.from](sources);
    } catch (error) {
        if (error instanceof ImportInputError) throw new CliError(error.message);
        throw error;
    }
    const header = `Imported by itsm import --from ${options.from} from ${sources.map(s => s.name).join(', ')}.`;
    const outDir = path.resolve(io.cwd, options.out);
    const files = writeCatalogue(catalogue, header);
    // The formatter parses the files as they will be read; it names the file of a syntax error.
    const formatted = await formatFiles(files.map(file => ({ path: path.join(outDir, file.path), display: file.path, text: file.content })));
    try {
        await writeGeneratedFiles(outDir, formatted.map((outcome, i) => ({ path: files[i].path, content: outcome.formatted })));
    } catch (error) {
        if (error instanceof OutputError) throw new CliError(error.message);
        throw error;
    }
    const counted = (kind: string) => catalogue.definitions.filter(d => d.kind === kind).length;
    for (const file of files) io.stdout(`wrote ${path.join(options.out, file.path)}\n`);
    io.stdout(`${counted('service')} services, ${counted('team')} teams, ${counted('ci')} CIs, ${counted('ci class')} CI classes; `
        + 'run itsm validate on the folder to see what did not resolve\n');
    return ExitCode.Ok;
}

function display(input: string, cwd: string): string {
    const relative = path.relative(cwd, path.resolve(cwd, input));
    return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, input) : relative).split(path.sep).join('/');
}

async function readText(input: string, cwd: string): Promise<string> {
    let bytes: Buffer;
    try {
        bytes = await readFile(path.resolve(cwd, input));
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
        throw new CliError(`cannot read '${input}': ${reason}`);
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
        throw new CliError(`cannot read '${input}': the file is not UTF-8 text`);
    }
}

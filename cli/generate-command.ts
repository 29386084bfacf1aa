/**
 * `itsm generate --target <name> --out <dir> [paths..]`: validates like
 * `itsm validate` (refusing on errors unless --force), builds the canonical
 * model, maps it with the target, and writes the files into <dir> only
 * (see language/generators/output-writer.ts).
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import packageJson from '../package.json' with { type: 'json' };
import { buildCanonicalModel } from '../language/generators/build-canonical-model.js';
import { OutputError, writeGeneratedFiles } from '../language/generators/output-writer.js';
import { findTarget, TARGETS } from '../language/generators/registry.js';
import type { ItsmConfig } from '../language/config/config-file.js';
import { CliError, ExitCode } from './exit-codes.js';
import type { InputFile } from './input-files.js';
import { formatStylish } from './reporters/stylish.js';
import { summarise, validateFiles } from './validation-run.js';

export interface GenerateOptions {
    target: string;
    out: string;
    force?: boolean;
    /** A target-specific mapping file (JSON), e.g. Cherwell's business-object and field IDs. */
    mapping?: string;
}

/** Reads and checks a mapping file against the target's schema; a problem is a usage error (exit 2). */
async function readMapping(file: string, schema: object | undefined, targetName: string, cwd: string): Promise<unknown> {
    if (!schema) throw new CliError(`target '${targetName}' takes no mapping file`);
    let value: unknown;
    try {
        value = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'));
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
        throw new CliError(`cannot read mapping file '${file}': ${reason}`);
    }
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    if (!validate(value)) {
        const problems = (validate.errors ?? []).slice(0, 5).map(e => `${e.instancePath || '/'} ${e.message}`);
        throw new CliError(`invalid mapping file '${file}': ${problems.join('; ')}`);
    }
    return value;
}

export function targetNames(): string[] {
    return TARGETS.map(t => t.name);
}

export async function generateCommand(files: InputFile[], config: ItsmConfig | undefined, options: GenerateOptions,
    io: { stdout: (text: string) => void; stderr: (text: string) => void; cwd: string }): Promise<number> {
    const target = findTarget(options.target);
    if (!target) throw new CliError(`unknown target '${options.target}'; targets: ${targetNames().join(', ')}`);
    const mapping = options.mapping ? await readMapping(options.mapping, target.mappingSchema, target.name, io.cwd) : undefined;
    const result = await validateFiles(files, config);
    const summary = summarise(files.length, result.findings);
    if (summary.errors > 0) {
        const errors = result.findings.filter(f => f.severity === 'error');
        io.stderr(formatStylish({ fileCount: files.length, findings: errors }, { color: false }));
        if (!options.force) {
            io.stderr(`itsm: not generating: ${summary.errors} error${summary.errors === 1 ? '' : 's'} found (fix them, or use --force)\n`);
            return ExitCode.Findings;
        }
        io.stderr('itsm: generating anyway (--force)\n');
    }
    // Sources are shown relative to the folder all inputs share, so output does not depend on where the command ran.
    const model = buildCanonicalModel(result.services.Itsm, { base: commonFolder(files.map(f => f.path)), generatorVersion: packageJson.version });
    const generated = target.generate(model, mapping);
    const outDir = path.resolve(io.cwd, options.out);
    try {
        await writeGeneratedFiles(outDir, generated);
    } catch (error) {
        if (error instanceof OutputError) throw new CliError(error.message);
        throw error;
    }
    for (const file of generated) io.stdout(`wrote ${path.posix.join(options.out.split(path.sep).join('/'), file.path)}\n`);
    io.stdout(`${generated.length} file${generated.length === 1 ? '' : 's'} for target ${target.name}\n`);
    return ExitCode.Ok;
}

function commonFolder(files: string[]): string {
    let common = path.dirname(files[0]);
    for (const file of files) {
        while (!`${path.dirname(file)}${path.sep}`.startsWith(`${common}${path.sep}`)) common = path.dirname(common);
    }
    return common;
}

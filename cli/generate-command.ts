/**
 * `itsm generate --target <name> --out <dir> [paths..]`: validates like
 * `itsm validate` (refusing on errors unless --force), builds the canonical
 * model, maps it with the target, and writes the files into <dir> only
 * (see language/generators/output-writer.ts).
 */
import * as path from 'node:path';
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
}

export function targetNames(): string[] {
    return TARGETS.map(t => t.name);
}

export async function generateCommand(files: InputFile[], config: ItsmConfig | undefined, options: GenerateOptions,
    io: { stdout: (text: string) => void; stderr: (text: string) => void; cwd: string }): Promise<number> {
    const target = findTarget(options.target);
    if (!target) throw new CliError(`unknown target '${options.target}'; targets: ${targetNames().join(', ')}`);
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
    const generated = target.generate(model);
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

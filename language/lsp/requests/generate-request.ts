/**
 * `itsm/generate`: what `itsm generate` does, on the server's workspace —
 * validate every document again (refusing on errors unless `force`), build
 * the canonical model, map it with the target and write the files into the
 * output folder only (output-writer.ts). Expected failures (an unknown
 * target, errors in the sources, a folder that cannot be written) come back
 * as `{ ok: false, reason, message }`; the files written as `{ ok: true }`.
 */
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { buildCanonicalModel } from '../../generators/build-canonical-model.js';
import { OutputError, writeGeneratedFiles } from '../../generators/output-writer.js';
import { findTarget, TARGETS } from '../../generators/registry.js';
import type { GeneratedFile } from '../../generators/target.js';
import packageJson from '../../../package.json' with { type: 'json' };
import type { GenerateParams, GenerateResult, TargetInfo } from './protocol.js';
import { countFindings, itsmServices, revalidateWorkspace } from './workspace-state.js';


export function listTargets(): TargetInfo[] {
    return TARGETS.map(target => ({ name: target.name, description: target.description }));
}

export async function generate(shared: LangiumSharedServices, params: GenerateParams, generatorVersion = packageJson.version): Promise<GenerateResult> {
    const target = findTarget(params.target);
    if (!target) {
        const names = TARGETS.map(t => t.name).join(', ');
        return { ok: false, reason: 'unknown-target', message: `Unknown target '${params.target}'; targets: ${names}.`, errors: 0 };
    }
    if (!params.outputFolder || !path.isAbsolute(params.outputFolder)) {
        return { ok: false, reason: 'output-error', message: `The output folder must be an absolute path, not '${params.outputFolder ?? ''}'.`, errors: 0 };
    }
    const prepared = await revalidateWorkspace(shared, (documents): { errors: number; generated?: GeneratedFile[] } => {
        const errors = countFindings(documents).errors;
        if (errors > 0 && !params.force) return { errors };
        const files = fileDocuments(documents);
        const base = folderPath(params.workspaceFolder) ?? commonFolder(files.map(d => d.uri.fsPath));
        const model = buildCanonicalModel(itsmServices(shared), { base, generatorVersion });
        return { errors, generated: target.generate(model) };
    });
    const errors = prepared.errors;
    if (!prepared.generated) {
        const noun = errors === 1 ? 'error' : 'errors';
        return {
            ok: false, reason: 'validation-errors', errors,
            message: `Not generating: the workspace has ${errors} ${noun}. Fix ${errors === 1 ? 'it' : 'them'}, or generate anyway.`,
        };
    }
    try {
        const written = await writeGeneratedFiles(params.outputFolder, prepared.generated);
        return { ok: true, target: target.name, outputFolder: params.outputFolder, files: written.written, errors };
    } catch (error) {
        if (error instanceof OutputError) return { ok: false, reason: 'output-error', message: error.message, errors };
        throw error;
    }
}

function fileDocuments(documents: LangiumDocument[]): LangiumDocument[] {
    return documents.filter(document => document.uri.scheme === 'file');
}

/** A workspace folder given as a path or a file URI. */
function folderPath(folder: string | undefined): string | undefined {
    if (!folder) return undefined;
    if (/^[a-z][a-z0-9+.-]+:/i.test(folder) && !path.win32.isAbsolute(folder)) {
        const uri = URI.parse(folder);
        return uri.scheme === 'file' ? uri.fsPath : undefined;
    }
    return path.resolve(folder);
}

function commonFolder(files: string[]): string {
    if (files.length === 0) return process.cwd();
    let common = path.dirname(files[0]);
    for (const file of files) {
        while (!`${path.dirname(file)}${path.sep}`.startsWith(`${common}${path.sep}`) && path.dirname(common) !== common) common = path.dirname(common);
    }
    return common;
}

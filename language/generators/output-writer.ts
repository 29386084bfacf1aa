/**
 * Writes generated files into an output folder and nowhere else:
 * - every name is checked: relative, no `..`, no empty or dot segments, no
 *   characters or names Windows cannot hold (CON, NUL, COM1 … , `:` `*` `?`);
 * - no symbolic link inside the folder is followed (a link in the way is an
 *   error, never a way out);
 * - all files are written into a staging folder first and then renamed into
 *   place, so a failed or interrupted run leaves the previous output as it was.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { GeneratedFile } from './target.js';

export class OutputError extends Error {}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[<>:"|?*\\\u0000-\u001f]/;

/** Why a generated name cannot be written, or undefined when it is safe. */
export function unsafeNameReason(name: string): string | undefined {
    if (name.length === 0) return 'the name is empty';
    if (path.posix.isAbsolute(name) || path.win32.isAbsolute(name)) return 'it is an absolute path';
    if (name.length > 240) return 'it is longer than 240 characters';
    for (const segment of name.split('/')) {
        if (segment === '' || segment === '.') return 'it has an empty or "." segment';
        if (segment === '..') return 'it leaves the output folder ("..")';
        if (FORBIDDEN_CHARACTERS.test(segment)) return `"${segment}" has a character that is not allowed in file names`;
        if (WINDOWS_RESERVED.test(segment)) return `"${segment}" is a reserved name on Windows`;
        if (/[. ]$/.test(segment)) return `"${segment}" ends with a dot or a space`;
    }
    return undefined;
}

/** Turns user text (a definition name) into a safe file name segment: `Email Standard/x` → `Email-Standard-x`. */
export function safeSegment(text: string): string {
    const cleaned = text.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-. ]+$/g, '');
    const segment = cleaned.slice(0, 120) || 'unnamed';
    return WINDOWS_RESERVED.test(segment) ? `_${segment}` : segment;
}

export interface WriteResult {
    written: string[];
}

export async function writeGeneratedFiles(outDir: string, files: GeneratedFile[]): Promise<WriteResult> {
    const seen = new Set<string>();
    for (const file of files) {
        const reason = unsafeNameReason(file.path);
        if (reason) throw new OutputError(`refusing to write '${file.path}': ${reason}`);
        const key = file.path.toLowerCase();
        if (seen.has(key)) throw new OutputError(`two generated files would be named '${file.path}' (names differ only in case or not at all)`);
        seen.add(key);
    }
    const root = path.resolve(outDir);
    await prepareRoot(root, outDir);
    for (const file of files) await refuseLinks(root, file.path);

    const staging = path.join(root, `.itsm-generate-${randomBytes(6).toString('hex')}`);
    try {
        for (const file of files) {
            const target = path.join(staging, ...file.path.split('/'));
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, file.content, { flag: 'wx' });
        }
        for (const file of files) {
            const target = path.join(root, ...file.path.split('/'));
            await mkdir(path.dirname(target), { recursive: true });
            await rename(path.join(staging, ...file.path.split('/')), target);
        }
    } catch (error) {
        throw new OutputError(`cannot write into '${outDir}': ${describe(error)}`);
    } finally {
        await rm(staging, { recursive: true, force: true });
    }
    return { written: files.map(f => f.path) };
}

async function prepareRoot(root: string, shown: string): Promise<void> {
    let info;
    try {
        info = await stat(root);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(`cannot use '${shown}': ${describe(error)}`);
        try {
            await mkdir(root, { recursive: true });
        } catch (inner) {
            throw new OutputError(`cannot create '${shown}': ${describe(inner)}`);
        }
        return;
    }
    if (!info.isDirectory()) throw new OutputError(`'${shown}' is not a folder`);
}

/** Every existing part of the file's path below the root must be a real folder (or, last, a plain file). */
async function refuseLinks(root: string, relative: string): Promise<void> {
    const segments = relative.split('/');
    let current = root;
    for (let i = 0; i < segments.length; i++) {
        current = path.join(current, segments[i]);
        let info;
        try {
            info = await lstat(current);
        } catch {
            return; // nothing there yet: it will be created as a real folder or file
        }
        if (info.isSymbolicLink()) throw new OutputError(`refusing to write '${relative}': '${path.relative(root, current)}' is a symbolic link`);
        if (i < segments.length - 1 && !info.isDirectory()) throw new OutputError(`cannot write '${relative}': '${path.relative(root, current)}' is a file, not a folder`);
        if (i === segments.length - 1 && info.isDirectory()) throw new OutputError(`cannot write '${relative}': a folder of that name is in the way`);
    }
}

function describe(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'read-only file system';
        case 'ENOTDIR': return 'a part of the path is a file, not a folder';
        default: return error instanceof Error ? error.message : String(error);
    }
}

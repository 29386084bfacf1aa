/**
 * Finds the `.itsm` files a command works on and reads them strictly: a path
 * that does not exist, cannot be read, or is not UTF-8 text is a usage error
 * (exit 2) naming the path, never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { CliError } from './exit-codes.js';

export interface InputFile {
    /** Absolute path. */
    path: string;
    /** Relative to the current folder, with `/` separators (what reports show). */
    display: string;
    text: string;
}

const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface FileSelection {
    /** Globs of files to take from folders (default `**\/*.itsm`), relative to `base`. */
    include?: string[];
    /** Globs to leave out, relative to `base`. */
    exclude?: string[];
    /** Folder the globs are relative to (the config file's folder). */
    base?: string;
}

/** Whether a file found in a folder passes the config's include/exclude globs. */
function selected(file: string, selection: FileSelection): boolean {
    if (!selection.base || (!selection.include && !selection.exclude)) return true;
    const relative = path.relative(selection.base, file).split(path.sep).join('/');
    if (relative.startsWith('..')) return true;
    const included = picomatch(selection.include ?? ['**/*.itsm'], { dot: true });
    // An excluded folder excludes everything under it.
    const excluded = picomatch((selection.exclude ?? []).flatMap(glob => [glob, `${glob.replace(/\/$/, '')}/**`]), { dot: true });
    return included(relative) && !excluded(relative);
}

export async function findInputFiles(paths: string[], cwd = process.cwd(), selection: FileSelection = {}): Promise<string[]> {
    const roots = paths.length > 0 ? paths : ['.'];
    const found = new Set<string>();
    for (const root of roots) {
        const absolute = path.resolve(cwd, root);
        let info;
        try {
            info = await stat(absolute);
        } catch (error) {
            throw new CliError(`cannot read '${root}': ${describeFsError(error)}`);
        }
        if (info.isDirectory()) {
            let matches: string[];
            try {
                matches = await glob('**/*.itsm', { cwd: absolute, absolute: true, ignore: DEFAULT_IGNORES, followSymbolicLinks: false });
            } catch (error) {
                throw new CliError(`cannot read folder '${root}': ${describeFsError(error)}`);
            }
            for (const match of matches) {
                if (selected(match, selection)) found.add(path.normalize(match));
            }
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readInputFile(file: string, cwd = process.cwd()): Promise<InputFile> {
    const display = toDisplayPath(file, cwd);
    let bytes: Buffer;
    try {
        bytes = await readFile(file);
    } catch (error) {
        throw new CliError(`cannot read '${display}': ${describeFsError(error)}`);
    }
    let text: string;
    try {
        text = decoder.decode(bytes);
    } catch {
        throw new CliError(`cannot read '${display}': the file is not UTF-8 text`);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { path: file, display, text };
}

export function toDisplayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}

function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder';
        case 'ELOOP': return 'too many levels of symbolic links';
        default: return error instanceof Error ? error.message : String(error);
    }
}

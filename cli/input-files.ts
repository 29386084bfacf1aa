/**
 * Finds the `.itsm` files a command works on and reads them strictly: a path
 * that does not exist, cannot be read, or is not UTF-8 text is a usage error
 * (exit 2) naming the path, never a stack trace.
 */
import * as nodeFs from 'node:fs';
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
    const relative = configRelative(file, selection);
    if (relative === undefined) return true;
    const included = picomatch(selection.include ?? ['**/*.itsm'], { dot: true });
    return included(relative) && !excluded(relative, selection);
}

/** A path relative to the config's folder, or undefined when the config selects nothing there. */
function configRelative(file: string, selection: FileSelection): string | undefined {
    if (!selection.base || (!selection.include && !selection.exclude)) return undefined;
    const relative = path.relative(selection.base, file).split(path.sep).join('/');
    return relative.startsWith('..') ? undefined : relative;
}

/** Whether the config's exclude globs leave a path out (an excluded folder excludes everything under it). */
function excluded(relative: string, selection: FileSelection): boolean {
    return picomatch((selection.exclude ?? []).flatMap(glob => [glob, `${glob.replace(/\/$/, '')}/**`]), { dot: true })(relative);
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
            for (const match of await filesInFolder(absolute, root, cwd, selection)) found.add(match);
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

/** The `.itsm` files under a folder that the config selects; a folder that cannot be listed is a usage error. */
async function filesInFolder(absolute: string, shown: string, cwd: string, selection: FileSelection): Promise<string[]> {
    let matches: string[];
    const unreadable = new Map<string, unknown>();
    try {
        matches = await glob('**/*.itsm', { cwd: absolute, absolute: true, ignore: DEFAULT_IGNORES, followSymbolicLinks: false, fs: recordingFs(unreadable) });
    } catch (error) {
        throw new CliError(`cannot read folder '${shown}': ${describeFsError(error)}`);
    }
    // The walk skips a folder it cannot list without a word: a CI run would pass with files unchecked.
    // One the config excludes does not matter.
    for (const folder of unreadable.keys()) {
        const relative = configRelative(path.resolve(absolute, folder), selection);
        if (relative !== undefined && excluded(relative, selection)) unreadable.delete(folder);
    }
    const [folder, error] = [...unreadable].sort(([a], [b]) => a.localeCompare(b))[0] ?? [];
    if (folder !== undefined) {
        const more = unreadable.size > 1 ? ` (and ${unreadable.size - 1} more ${unreadable.size === 2 ? 'folder' : 'folders'})` : '';
        throw new CliError(`cannot read folder '${toDisplayPath(path.resolve(absolute, folder), cwd) || '.'}': ${describeFsError(error)}${more}`);
    }
    return matches.filter(match => selected(match, selection)).map(match => path.normalize(match));
}

/** Node's file system for the folder walk, with every folder it could not list recorded. */
function recordingFs(unreadable: Map<string, unknown>) {
    const readdir = ((folder: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries?: unknown) => void) =>
        nodeFs.readdir(folder, options as { withFileTypes: true }, (error, entries) => {
            if (error) unreadable.set(folder, error);
            callback(error, entries);
        })) as unknown as typeof nodeFs.readdir;
    return { readdir, readdirSync: nodeFs.readdirSync, realpath: nodeFs.realpath, realpathSync: nodeFs.realpathSync, stat: nodeFs.stat, statSync: nodeFs.statSync };
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

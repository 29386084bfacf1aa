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

/** The config's include/exclude globs, compiled once for a run (not once per file found). */
function configFilter(selection: FileSelection) {
    const active = selection.base !== undefined && (selection.include !== undefined || selection.exclude !== undefined);
    const included = picomatch(selection.include ?? ['**/*.itsm'], { dot: true });
    // An excluded folder excludes everything under it.
    const excluded = picomatch((selection.exclude ?? []).flatMap(glob => [glob, `${glob.replace(/\/$/, '')}/**`]), { dot: true });
    /** The path relative to the config's folder, or undefined where the config selects nothing. */
    const relative = (file: string): string | undefined => {
        if (!active) return undefined;
        const shown = path.relative(selection.base!, file).split(path.sep).join('/');
        return shown.startsWith('..') ? undefined : shown;
    };
    return {
        /** Whether a file found in a folder passes the globs. */
        selects(file: string): boolean {
            const at = relative(file);
            return at === undefined || (included(at) && !excluded(at));
        },
        /** Whether the globs leave this folder out, and everything under it. */
        excludes(folder: string): boolean {
            const at = relative(folder);
            return at !== undefined && excluded(at);
        },
    };
}

type ConfigFilter = ReturnType<typeof configFilter>;

export async function findInputFiles(paths: string[], cwd = process.cwd(), selection: FileSelection = {}): Promise<string[]> {
    const roots = paths.length > 0 ? paths : ['.'];
    const filter = configFilter(selection);
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
            for (const match of await filesInFolder(absolute, root, cwd, filter)) found.add(match);
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

/** The `.itsm` files under a folder that the config selects; a folder that cannot be listed is a usage error. */
async function filesInFolder(absolute: string, shown: string, cwd: string, filter: ConfigFilter): Promise<string[]> {
    let matches: string[];
    const unreadable = new Map<string, unknown>();
    try {
        matches = await glob('**/*.itsm', { cwd: absolute, absolute: true, ignore: DEFAULT_IGNORES, followSymbolicLinks: false, fs: recordingFs(unreadable) });
    } catch (error) {
        throw new CliError(`cannot read folder '${shown}': ${describeFsError(error)}`);
    }
    // The walk skips a folder it cannot list without a word: a CI run would pass with files unchecked.
    // One the config excludes does not matter.
    for (const folder of unreadable.keys()) if (filter.excludes(path.resolve(absolute, folder))) unreadable.delete(folder);
    const [folder, error] = [...unreadable].sort(([a], [b]) => a.localeCompare(b))[0] ?? [];
    if (folder !== undefined) {
        const more = unreadable.size > 1 ? ` (and ${unreadable.size - 1} more ${unreadable.size === 2 ? 'folder' : 'folders'})` : '';
        throw new CliError(`cannot read folder '${toDisplayPath(path.resolve(absolute, folder), cwd) || '.'}': ${describeFsError(error)}${more}`);
    }
    return matches.filter(match => filter.selects(match)).map(match => path.normalize(match));
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

/**
 * The two sides of `itsm diff`: a folder or file on disk, the working tree, or
 * a git revision of the repository the current folder is in. A revision is
 * read with `git ls-tree` and `git cat-file` — nothing is checked out.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import picomatch from 'picomatch';
import { CliError } from '../exit-codes.js';
import { findInputFiles, readInputFile, type FileSelection, type InputFile } from '../input-files.js';

export interface Side {
    /** How reports name this side: the path as given, `HEAD~1 (1a2b3c4)`, or `working tree`. */
    label: string;
    files: InputFile[];
    /** The folder the model's source files are relative to. */
    base: string;
}

/** A folder (searched for **\/*.itsm) or a single file. */
export async function pathSide(arg: string, cwd: string, selection: FileSelection): Promise<Side> {
    const absolute = path.resolve(cwd, arg);
    const files: InputFile[] = [];
    for (const file of await findInputFiles([arg], cwd, selection)) files.push(await readInputFile(file, cwd));
    const info = await stat(absolute);
    return { label: arg, files, base: info.isDirectory() ? absolute : path.dirname(absolute) };
}

/** The files under `paths` as they are on disk now; sources relative to the repository's top folder. */
export async function worktreeSide(paths: string[], cwd: string, top: string, selection: FileSelection): Promise<Side> {
    const files: InputFile[] = [];
    for (const file of await findInputFiles(paths, cwd, selection)) files.push(await readInputFile(file, cwd));
    return { label: 'working tree', files, base: top };
}

/** The repository's top folder, or a usage error when `cwd` is not in a git work tree. */
export function gitTopLevel(cwd: string): string {
    try {
        return path.resolve(git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim());
    } catch {
        throw new CliError(`--base/--head need a git repository, and '${cwd}' is not in one`);
    }
}

/** The `.itsm` files under `paths` at revision `rev`, read from git's object store. */
export function revisionSide(rev: string, paths: string[], cwd: string, top: string, selection: FileSelection): Side {
    let commit: string;
    try {
        commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], top).toString('utf8').trim();
    } catch {
        throw new CliError(`unknown git revision '${rev}'`);
    }
    const specs = (paths.length > 0 ? paths : ['.']).map(p => {
        const relative = path.relative(top, path.resolve(cwd, p));
        if (relative.startsWith('..') || path.isAbsolute(relative)) throw new CliError(`'${p}' is outside the git repository '${top}'`);
        return relative === '' ? '.' : relative.split(path.sep).join('/');
    });
    const listing = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...specs], top).toString('utf8');
    const files: InputFile[] = [];
    for (const entry of listing.split('\0')) {
        // "<mode> <type> <object>\t<path>"; symbolic links (120000) and submodules are left out.
        const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (!match || match[2] !== 'blob' || match[1] === '120000' || !match[4].endsWith('.itsm')) continue;
        const absolute = path.join(top, ...match[4].split('/'));
        if (!selected(absolute, selection)) continue;
        const display = `${rev}:${match[4]}`;
        let text: string;
        try {
            text = decoder.decode(git(['cat-file', 'blob', match[3]], top));
        } catch {
            throw new CliError(`cannot read '${display}': the file is not UTF-8 text`);
        }
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        files.push({ path: absolute, display, text });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { label: `${rev} (${commit.slice(0, 7)})`, files, base: top };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function git(args: string[], cwd: string): Buffer {
    return execFileSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The config's include/exclude globs, as `findInputFiles` applies them to folders. */
function selected(file: string, selection: FileSelection): boolean {
    if (!selection.base || (!selection.include && !selection.exclude)) return true;
    const relative = path.relative(selection.base, file).split(path.sep).join('/');
    if (relative.startsWith('..')) return true;
    const included = picomatch(selection.include ?? ['**/*.itsm'], { dot: true });
    const excluded = picomatch((selection.exclude ?? []).flatMap(glob => [glob, `${glob.replace(/\/$/, '')}/**`]), { dot: true });
    return included(relative) && !excluded(relative);
}


/**
 * The two sides of `itsm diff`: a folder or file on disk, the working tree, or
 * a git revision of the repository the current folder is in. A revision is
 * read with `git ls-tree` and `git cat-file` — nothing is checked out.
 */
import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import picomatch from 'picomatch';
import { gitTopLevel as topLevel, GitRevisionError, readRevision } from '../../language/diff/git-revision.js';
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
        return topLevel(cwd);
    } catch {
        throw new CliError(`--base/--head need a git repository, and '${cwd}' is not in one`);
    }
}

/** The `.itsm` files under `paths` at revision `rev`, read from git's object store. */
export function revisionSide(rev: string, paths: string[], cwd: string, top: string, selection: FileSelection): Side {
    const specs = (paths.length > 0 ? paths : ['.']).map(p => {
        const relative = path.relative(top, path.resolve(cwd, p));
        if (relative.startsWith('..') || path.isAbsolute(relative)) throw new CliError(`'${p}' is outside the git repository '${top}'`);
        return relative === '' ? '.' : relative.split(path.sep).join('/');
    });
    try {
        const revision = readRevision(rev, specs, top, file => selected(file, selection));
        return { label: revision.label, files: revision.files, base: top };
    } catch (error) {
        if (error instanceof GitRevisionError) throw new CliError(error.message);
        throw error;
    }
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


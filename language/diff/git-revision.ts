/**
 * The `.itsm` files of a git revision, read from git's object store with
 * `git ls-tree` and `git cat-file`: nothing is checked out and the working
 * tree is not touched. Shared by `itsm diff --base` and the language server's
 * `itsm/diff` request; failures are `GitRevisionError`s with a message for
 * the user.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export class GitRevisionError extends Error {}

export interface RevisionFile {
    /** Where the file is in the work tree (absolute). */
    path: string;
    /** `HEAD:catalogue/email.itsm`. */
    display: string;
    text: string;
}

export interface Revision {
    /** `HEAD~1 (1a2b3c4)`. */
    label: string;
    files: RevisionFile[];
}

/** The repository's top folder, or an error when `cwd` is not in a git work tree. */
export function gitTopLevel(cwd: string): string {
    try {
        return path.resolve(git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim());
    } catch {
        throw new GitRevisionError(`'${cwd}' is not in a git repository`);
    }
}

/**
 * The `.itsm` files under `specs` (paths relative to `top`, `/`-separated;
 * `.` for all) at revision `rev`, sorted by path; `keep` filters by absolute path.
 */
export function readRevision(rev: string, specs: string[], top: string, keep: (file: string) => boolean = () => true): Revision {
    let commit: string;
    try {
        commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], top).toString('utf8').trim();
    } catch {
        throw new GitRevisionError(`unknown git revision '${rev}'`);
    }
    const listing = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(specs.length > 0 ? specs : ['.'])], top).toString('utf8');
    const files: RevisionFile[] = [];
    for (const entry of listing.split('\0')) {
        // "<mode> <type> <object>\t<path>"; symbolic links (120000) and submodules are left out.
        const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (!match || match[2] !== 'blob' || match[1] === '120000' || !match[4].endsWith('.itsm')) continue;
        const absolute = path.join(top, ...match[4].split('/'));
        if (!keep(absolute)) continue;
        const display = `${rev}:${match[4]}`;
        let text: string;
        try {
            text = decoder.decode(git(['cat-file', 'blob', match[3]], top));
        } catch {
            throw new GitRevisionError(`cannot read '${display}': the file is not UTF-8 text`);
        }
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        files.push({ path: absolute, display, text });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { label: `${rev} (${commit.slice(0, 7)})`, files };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function git(args: string[], cwd: string): Buffer {
    return execFileSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

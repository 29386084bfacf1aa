/**
 * Writes a file so that readers see either the old content or the new, never
 * half of it: write a temporary file beside it, then rename over the target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from './exit-codes.js';

export async function writeFileAtomic(file: string, content: string, shown = file): Promise<void> {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temporary, content, { flag: 'wx' });
        await rename(temporary, file);
    } catch (error) {
        await rm(temporary, { force: true });
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EISDIR' ? 'is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
        throw new CliError(`cannot write '${shown}': ${reason}`);
    }
}

/** Finds `itsm.config.json` upwards from a folder, and reads it. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { RuleDefinition } from '../validation/rule.js';
import { parseConfig, type ConfigResult } from './config-file.js';
import { CONFIG_FILE_NAME } from './config-schema.js';

/** The nearest itsm.config.json in `start` (a folder, or a file's folder) or above it. */
export function findConfigFile(start: string): string | undefined {
    let folder = path.resolve(start);
    try {
        if (!statSync(folder).isDirectory()) folder = path.dirname(folder);
    } catch {
        folder = path.dirname(folder);
    }
    for (;;) {
        const candidate = path.join(folder, CONFIG_FILE_NAME);
        if (existsSync(candidate)) return candidate;
        const parent = path.dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

export type LoadedConfig = ConfigResult & { file: string };

/** Reads and checks a config file; an unreadable file is reported as a problem at 1:1. */
export function loadConfigFile(file: string, rules: readonly RuleDefinition[]): LoadedConfig {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
        return { file, problems: [{ line: 1, column: 1, offset: 0, length: 0, key: '', message: `cannot read the file: ${reason}` }] };
    }
    return { file, ...parseConfig(text, rules) };
}

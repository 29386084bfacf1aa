/**
 * The CLI's view of `itsm.config.json`: `--config <file>`, else the nearest
 * one upwards from the first path. A broken file stops the run (exit 2) with
 * one line per problem: file, line, column, key and what is allowed.
 */
import * as path from 'node:path';
import type { ItsmConfig } from '../language/config/config-file.js';
import { findConfigFile, loadConfigFile } from '../language/config/config-loader.js';
import { RULES } from '../language/validation/index.js';
import { CliError } from './exit-codes.js';
import { toDisplayPath } from './input-files.js';

export interface CliConfig {
    config?: ItsmConfig;
    file?: string;
}

export function resolveConfig(explicit: string | undefined, paths: string[], cwd: string): CliConfig {
    const file = explicit !== undefined
        ? path.resolve(cwd, explicit)
        : findConfigFile(path.resolve(cwd, paths[0] ?? '.'));
    if (!file) return {};
    const loaded = loadConfigFile(file, RULES);
    if (loaded.problems.length > 0) {
        const shown = toDisplayPath(file, cwd);
        const lines = loaded.problems.map(p => `${shown}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`);
        throw new CliError(`invalid config file ${lines.length === 1 ? lines[0] : `${shown}:\n  ${lines.join('\n  ')}`}`);
    }
    return { config: loaded.config, file };
}

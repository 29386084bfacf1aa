/**
 * The level each rule runs at: the rule's default severity unless the
 * workspace's `itsm.config.json` says otherwise. The CLI and the language
 * server load the same file into this service.
 */
import type { ItsmConfig } from '../config/config-file.js';
import type { Level } from './rule.js';
import { findRule } from './index.js';

export class RuleSettings {
    private config: ItsmConfig = {};
    private file: string | undefined;

    /** The level of `code`; rules that cannot be changed keep their severity. */
    levelOf(code: string): Level {
        const rule = findRule(code);
        if (rule?.suppressible === false) return rule.severity;
        return this.config.rules?.[code] ?? rule?.severity ?? 'error';
    }

    /** Uses a checked configuration (see config/config-file.ts); `undefined` returns to the defaults. */
    useConfig(config: ItsmConfig | undefined, file?: string): void {
        this.config = config ?? {};
        this.file = config ? file : undefined;
    }

    get configFile(): string | undefined {
        return this.file;
    }

    get current(): ItsmConfig {
        return this.config;
    }
}

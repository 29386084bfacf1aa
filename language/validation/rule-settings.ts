/**
 * The level each rule runs at. Today: the rule's default severity; the
 * configuration file (`itsm.config.json`) plugs in here.
 */
import type { AstNode } from 'langium';
import type { Level } from './rule.js';
import { findRule } from './index.js';

export class RuleSettings {
    private readonly overrides = new Map<string, Level>();

    /** The level of `code` for findings on `node` (the node lets settings differ per file later). */
    levelOf(code: string, _node?: AstNode): Level {
        return this.overrides.get(code) ?? findRule(code)?.severity ?? 'error';
    }

    setLevel(code: string, level: Level): void {
        this.overrides.set(code, level);
    }

    reset(): void {
        this.overrides.clear();
    }
}

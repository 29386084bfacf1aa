/**
 * What a validation rule is: a stable code, a default severity, a category, a
 * one-line description, and checks keyed by the AST type they look at.
 * Rules live one per file in `rules/<code>.rule.ts` and are registered once in
 * `index.ts`.
 */
import type { AstNode, Properties } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ItsmAstType } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Level = Severity | 'off';

export type RuleCategory =
    | 'structure'
    | 'catalogue'
    | 'service-level'
    | 'priorities-calendars'
    | 'cmdb'
    | 'change'
    | 'process'
    | 'continuity'
    | 'measurement';

/** Where a finding points: a node, optionally one of its properties (and index), or an explicit range. */
export interface FindingLocation<N extends AstNode = AstNode> {
    node: N;
    property?: Properties<N>;
    index?: number;
    range?: Range;
}

export interface Finding<N extends AstNode = AstNode> extends FindingLocation<N> {
    message: string;
    /** Facts a quick fix can use later (suggested names, computed values). */
    data?: Record<string, unknown>;
}

export type Report = <N extends AstNode>(finding: Finding<N>) => void;

export interface RuleContext {
    report: Report;
    services: ItsmServices;
}

export type RuleChecks = {
    [K in keyof ItsmAstType]?: (node: ItsmAstType[K], context: RuleContext) => void;
};

export interface RuleDefinition {
    code: string;
    severity: Severity;
    category: RuleCategory;
    description: string;
    /** `false` for findings that must never be hidden (syntax errors, unresolved names). */
    suppressible?: boolean;
    /** Per-node checks; rules reported by the parser or linker have none. */
    checks?: RuleChecks;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
    return rule;
}

/**
 * Suppression comments:
 *   // itsm-disable-next-line <code>[, <code>] -- <reason>
 *   // itsm-disable <code>[, <code>]   …   // itsm-enable <code>[, <code>]
 * Without codes a comment covers every rule that can be suppressed. A
 * suppression that hides nothing, or names an unknown rule or one that cannot
 * be suppressed (syntax-error, unresolved-reference), is itself reported as
 * `unused-suppression`.
 */
import { CstUtils, isLeafCstNode, type AstNode } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { findRule } from './index.js';

type Directive = 'disable-next-line' | 'disable' | 'enable';

interface SuppressionComment {
    directive: Directive;
    /** 0-based line of the comment. */
    line: number;
    codes: Array<{ code: string; range: Range }>;
    range: Range;
}

const DIRECTIVE = /^\/\/\s*itsm-(disable-next-line|disable|enable)\b([^\n]*)$/;

/** Every suppression comment of a document, in order. Cheap when the text names none. */
export function suppressionComments(root: AstNode, text: string): SuppressionComment[] {
    if (!text.includes('itsm-')) return [];
    const comments: SuppressionComment[] = [];
    for (const node of CstUtils.streamCst(root.$cstNode!)) {
        if (!isLeafCstNode(node) || !node.hidden || !node.text.startsWith('//')) continue;
        const match = DIRECTIVE.exec(node.text);
        if (!match) continue;
        const body = match[2].split('--')[0];
        const bodyStart = node.text.length - match[2].length;
        const codes: SuppressionComment['codes'] = [];
        for (const found of body.matchAll(/[a-z0-9][a-z0-9-]*/g)) {
            const start = node.range.start.character + bodyStart + found.index!;
            codes.push({
                code: found[0],
                range: { start: { line: node.range.start.line, character: start }, end: { line: node.range.start.line, character: start + found[0].length } },
            });
        }
        comments.push({ directive: match[1] as Directive, line: node.range.start.line, codes, range: node.range });
    }
    return comments;
}

export interface SuppressionResult {
    kept: Diagnostic[];
    /** Findings about the comments themselves (code `unused-suppression`, severity decided by the caller). */
    problems: Array<{ range: Range; message: string }>;
}

interface Scope {
    comment: SuppressionComment;
    /** `undefined`: every suppressible rule. */
    code?: string;
    codeRange?: Range;
    fromLine: number;
    toLine: number;
    used: boolean;
}

export function applySuppressions(diagnostics: Diagnostic[], comments: SuppressionComment[]): SuppressionResult {
    if (comments.length === 0) return { kept: diagnostics, problems: [] };
    const problems: SuppressionResult['problems'] = [];
    const scopes: Scope[] = [];
    const open: Scope[] = [];
    for (const comment of comments) {
        const named = comment.codes.length > 0 ? comment.codes : [undefined];
        for (const entry of named) {
            if (entry && !validCode(entry.code, entry.range, comment.directive, problems)) continue;
            if (comment.directive === 'disable-next-line') {
                scopes.push({ comment, code: entry?.code, codeRange: entry?.range, fromLine: comment.line + 1, toLine: comment.line + 1, used: false });
            } else if (comment.directive === 'disable') {
                const scope: Scope = { comment, code: entry?.code, codeRange: entry?.range, fromLine: comment.line + 1, toLine: Number.MAX_SAFE_INTEGER, used: false };
                scopes.push(scope);
                open.push(scope);
            } else {
                const closing = open.filter(s => entry === undefined || s.code === entry.code);
                if (closing.length === 0) {
                    problems.push({ range: entry?.range ?? comment.range, message: `itsm-enable${entry ? ` ${entry.code}` : ''} has no matching itsm-disable above it` });
                }
                for (const scope of closing) {
                    scope.toLine = comment.line - 1;
                    open.splice(open.indexOf(scope), 1);
                }
            }
        }
    }
    const kept = diagnostics.filter(diagnostic => {
        const code = String(diagnostic.code ?? '');
        if (findRule(code)?.suppressible === false) return true;
        const line = diagnostic.range.start.line;
        const hits = scopes.filter(s => line >= s.fromLine && line <= s.toLine && (s.code === undefined || s.code === code));
        for (const scope of hits) scope.used = true;
        return hits.length === 0;
    });
    for (const scope of scopes) {
        if (scope.used) continue;
        const where = scope.comment.directive === 'disable-next-line'
            ? `on line ${scope.fromLine + 1}`
            : 'in its region';
        const directive = `itsm-${scope.comment.directive}${scope.code ? ` ${scope.code}` : ''}`;
        problems.push({
            range: scope.codeRange ?? scope.comment.range,
            message: `${directive} suppresses nothing: no ${scope.code ? `${scope.code} ` : ''}finding ${where}`,
        });
    }
    return { kept, problems };
}

function validCode(code: string, range: Range, directive: Directive, problems: SuppressionResult['problems']): boolean {
    const rule = findRule(code);
    if (!rule) {
        problems.push({ range, message: `itsm-${directive} names unknown rule '${code}'; run \`itsm rules\` for every code` });
        return false;
    }
    if (rule.suppressible === false) {
        problems.push({ range, message: `${code} cannot be suppressed; fix the ${code === 'syntax-error' ? 'text' : 'problem'} instead` });
        return false;
    }
    return true;
}

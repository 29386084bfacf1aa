/**
 * Small helpers for the language-core tests: build a workspace from one text or
 * several files, pick definitions out of the AST, and locate substrings so that
 * diagnostic ranges are asserted without hard-coded line and column numbers.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { Definition, Model } from '../../language/generated/ast.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';

/** One text becomes `main.itsm`; a record is used as the file set. */
export async function build(files: string | Record<string, string>): Promise<TestWorkspace> {
    return buildWorkspace(typeof files === 'string' ? { 'main.itsm': files } : files);
}

/** The model of a file of the workspace (`main.itsm` by default). */
export function modelOf(workspace: TestWorkspace, file = 'main.itsm'): Model {
    const document = workspace.documents.get(file);
    if (!document) throw new Error(`no file ${file} in the workspace`);
    return document.parseResult.value;
}

/** The top-level definition called `name` in a file, narrowed to `T` by the caller's type guard. */
export function definition<T extends Definition>(
    workspace: TestWorkspace, name: string, guard: (node: unknown) => node is T, file = 'main.itsm',
): T {
    const found = modelOf(workspace, file).definitions.find(d => d.name === name);
    if (!found || !guard(found)) throw new Error(`no definition ${name} of the expected type in ${file}`);
    return found;
}

/** Every diagnostic code of the workspace, in file order. */
export function codes(workspace: TestWorkspace): string[] {
    return workspace.all().map(d => String(d.code));
}

/**
 * The findings of the language core: reading the text, resolving names and
 * checking literals. Construct tests assert these (and `internal-error`, a rule
 * that crashed) rather than every code, because the catalogue's modelling rules
 * (a service without an owner, a CI without a redundant host, ...) are tested
 * with their rules and would make a construct snippet say too much.
 */
export const CORE_CODES: readonly string[] = [
    'syntax-error', 'unresolved-reference', 'duplicate-definition', 'duplicate-local-name', 'import-unresolved',
    'import-conflict', 'duplicate-property', 'invalid-value', 'sla-availability-out-of-range', 'calendar-invalid-range',
    'internal-error',
];

/** Codes of the language core's findings in the workspace, in file order. */
export function coreProblems(workspace: TestWorkspace): string[] {
    return codes(workspace).filter(code => CORE_CODES.includes(code));
}

/** The message text of a diagnostic. */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : (diagnostic.message as { value: string }).value;
}

/** The 0-based position of `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The offset of the `occurrence`-th (1-based) appearance of `needle` in `text`. */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
    let offset = -1;
    for (let i = 0; i < occurrence; i++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence} times in the text`);
    }
    return offset;
}

/** The 0-based LSP range covering the `occurrence`-th appearance of `needle`. */
export function rangeOf(text: string, needle: string, occurrence = 1): Range {
    const offset = offsetOf(text, needle, occurrence);
    return { start: positionAt(text, offset), end: positionAt(text, offset + needle.length) };
}

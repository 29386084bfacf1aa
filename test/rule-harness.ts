/**
 * Runs a workspace through validation and returns the findings of one rule in
 * the CLI's shape (1-based positions), plus a helper that locates a substring
 * so tests can assert ranges without hard-coded numbers.
 */
import { buildWorkspace } from './workspace.js';

export interface RuleFinding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    data?: Record<string, unknown>;
}

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** Findings with `code` for a workspace given as one text (file `main.itsm`) or as files by name. */
export async function findingsOf(code: string, files: string | Record<string, string>): Promise<RuleFinding[]> {
    const workspace = await buildWorkspace(typeof files === 'string' ? { 'main.itsm': files } : files);
    return workspace.all()
        .filter(d => d.code === code)
        .map(d => ({
            file: d.file,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: SEVERITIES[(d.severity ?? 1) as 1 | 2 | 3 | 4],
            message: typeof d.message === 'string' ? d.message : d.message.value,
            data: d.data as Record<string, unknown> | undefined,
        }))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Every diagnostic code raised by a workspace (to assert "nothing else fires"). */
export async function codesOf(files: string | Record<string, string>): Promise<string[]> {
    const workspace = await buildWorkspace(typeof files === 'string' ? { 'main.itsm': files } : files);
    return workspace.all().map(d => String(d.code));
}

/**
 * The 1-based position span of the `occurrence`-th (default first) appearance
 * of `needle` in `text`: `{ line, column, endLine, endColumn }`.
 */
export function spanOf(text: string, needle: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
    let offset = -1;
    for (let i = 0; i < occurrence; i++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence} times`);
    }
    const position = (at: number) => {
        const before = text.slice(0, at).split('\n');
        return { line: before.length, column: before[before.length - 1].length + 1 };
    };
    const start = position(offset);
    const end = position(offset + needle.length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

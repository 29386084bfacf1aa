/**
 * Runs one fuzz case through everything a user can reach with a file:
 * parse + link + validate (every rule), format, and every generator target,
 * on one set of services reused across cases (each case's document is
 * removed again). Checks: nothing throws, the case finishes within the
 * budget, the formatter keeps the token sequence (comments included) and is
 * idempotent and keeps the AST (ignoring layout) when the input parses without
 * errors, no rule fails (`internal-error`) and nothing is logged as an error
 * (Langium logs, and swallows, an exception of the validation as a whole),
 * invalid UTF-8 is a usage error (exit 2) from the CLI's reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, isAstNode, isReference, URI, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildCanonicalModel } from '../../language/generators/build-canonical-model.js';
import { TARGETS } from '../../language/generators/registry.js';
import { createItsmServices } from '../../language/itsm-module.js';
import { readInputFile } from '../../cli/input-files.js';
import { CliError, ExitCode } from '../../cli/exit-codes.js';
import { INTERNAL_ERROR_CODE } from '../../language/validation/index.js';
import type { FuzzCase, Span } from './mutators.js';

/**
 * Time budget (ms) of each thing a user waits for: the diagnostics of a file (read, parse, link, validate),
 * formatting it, generating every target from it, and closing it. The oracle's own `format-check` (a second
 * parse and format) is not part of any.
 */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 2000);

/** The operations a user waits for, each one within the budget, and the phases each is made of. */
export function operationOf(phase: string): string | undefined {
    if (phase === 'cli-read' || phase === 'parse+link+validate') return 'diagnostics';
    if (phase === 'format') return 'format';
    if (phase === 'canonical-model' || phase.startsWith('generate:')) return 'generate';
    if (phase === 'cleanup') return 'close';
    return undefined;
}

export interface CaseResult {
    index: number;
    kind: string;
    ms: number;
    phases: Record<string, number>;
    /** Whether the input parsed without lexer or parser errors. */
    clean: boolean;
    /** One entry per broken invariant: `crash` (with stack), `slow`, `tokens`, `ast`, `idempotence`, `internal-error`, `logged-error`, `utf8`. */
    failures: Array<{ check: string; message: string; stack?: string }>;
}

export class FuzzHarness {
    readonly services = createItsmServices(EmptyFileSystem);
    private counter = 0;
    private tmp: string | undefined;

    tokenize = (text: string): Span[] => {
        const result = this.services.Itsm.parser.Lexer.tokenize(text);
        return [...result.tokens, ...(result.hidden ?? [])]
            .filter(t => t.tokenType.name !== 'WS')
            .sort((a, b) => a.startOffset - b.startOffset)
            .map(t => ({
                start: t.startOffset,
                end: t.startOffset + t.image.length,
                kind: t.tokenType.name === 'ID' ? 'id' : t.tokenType.name === 'STRING' ? 'string'
                    : t.tokenType.name.endsWith('COMMENT') ? 'comment' : 'other',
            }));
    };

    /** Every token the lexer sees, comments included, whitespace not (as test/formatting does). */
    tokenImages(text: string): string[] {
        const result = this.services.Itsm.parser.Lexer.tokenize(text);
        return [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
    }

    private async format(document: LangiumDocument): Promise<string> {
        const edits = await this.services.Itsm.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true },
        });
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    async run(fuzzCase: FuzzCase & { valid?: boolean }): Promise<CaseResult> {
        const result: CaseResult = { index: fuzzCase.index, kind: fuzzCase.kind, ms: 0, phases: {}, clean: false, failures: [] };
        const started = performance.now();
        let phase = 'setup';
        let mark = started;
        const next = (name: string) => {
            const now = performance.now();
            result.phases[phase] = Math.round((now - mark) * 10) / 10;
            phase = name;
            mark = now;
        };
        let text = fuzzCase.text;
        let uri: URI | undefined;
        // Langium catches an exception of a whole validation and only logs it: the log is part of the verdict.
        const logged: string[] = [];
        const consoleError = console.error;
        console.error = (...args: unknown[]) => { logged.push(args.map(a => a instanceof Error ? a.stack : String(a)).join(' ')); };
        try {
            if (fuzzCase.bytes) {
                next('cli-read');
                const read = await this.readBytes(fuzzCase.bytes);
                if (read.code !== (fuzzCase.valid ? ExitCode.Ok : ExitCode.Usage)) {
                    result.failures.push({ check: 'utf8', message: `the CLI's reader gave exit ${read.code} for ${fuzzCase.valid ? 'valid' : 'invalid'} UTF-8: ${read.message}` });
                }
                if (read.text === undefined) return result;
                text = read.text;
            }
            next('parse+link+validate');
            uri = URI.parse(`file:///fuzz/case-${this.counter++}.itsm`);
            const workspace = this.services.shared.workspace;
            const document = workspace.LangiumDocumentFactory.fromString(text, uri);
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
            result.clean = document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
            const internal = (document.diagnostics ?? []).filter(d => d.code === INTERNAL_ERROR_CODE);
            if (internal.length > 0) result.failures.push({ check: 'internal-error', message: String(internal[0].message) });

            next('format');
            const formatted = await this.format(document);
            next('format-check');
            if (formatted !== text) {
                const before = this.tokenImages(text);
                const after = this.tokenImages(formatted);
                if (before.length !== after.length || before.some((t, i) => t !== after[i])) {
                    const at = before.findIndex((t, i) => t !== after[i]);
                    result.failures.push({ check: 'tokens', message: `format changed the token sequence at token ${at}: ${JSON.stringify(before[at])} became ${JSON.stringify(after[at])}` });
                }
            }
            if (result.clean) {
                const again = workspace.LangiumDocumentFactory.fromString(formatted, URI.parse(`file:///fuzz/format-${this.counter++}.itsm`));
                const twice = await this.format(again);
                if (twice !== formatted) result.failures.push({ check: 'idempotence', message: 'format(format(x)) differs from format(x)' });
                // parse(format(x)) = parse(x) ignoring layout: the same tree of types, values and reference texts.
                const before = astShape(document.parseResult.value);
                const after = astShape(again.parseResult.value);
                if (before !== after) {
                    const at = [...before].findIndex((c, i) => c !== after[i]);
                    result.failures.push({ check: 'ast', message: `parse(format(x)) differs from parse(x) at ${JSON.stringify(before.slice(Math.max(0, at - 40), at + 40))}` });
                }
            }

            next('canonical-model');
            const model = buildCanonicalModel(this.services.Itsm, { base: '/fuzz', generatorVersion: '0.0.0-fuzz' });
            for (const target of TARGETS) {
                next(`generate:${target.name}`);
                const files = target.generate(model);
                for (const file of files) {
                    if (typeof file.content !== 'string' || typeof file.path !== 'string') throw new Error(`${target.name} emitted a file without text`);
                }
            }
        } catch (error) {
            const e = error instanceof Error ? error : new Error(String(error));
            result.failures.push({ check: 'crash', message: `${phase}: ${e.message}`, stack: e.stack });
        } finally {
            next('cleanup');
            if (uri) {
                try {
                    await this.services.shared.workspace.DocumentBuilder.update([], [uri]);
                } catch (error) {
                    const e = error instanceof Error ? error : new Error(String(error));
                    result.failures.push({ check: 'crash', message: `cleanup: ${e.message}`, stack: e.stack });
                }
            }
            next('done');
            delete result.phases.done;
            console.error = consoleError;
            if (logged.length > 0) result.failures.push({ check: 'logged-error', message: logged[0].slice(0, 2000) });
            result.ms = Math.round((performance.now() - started) * 10) / 10;
            const operations = new Map<string, number>();
            for (const [name, ms] of Object.entries(result.phases)) {
                const operation = operationOf(name);
                if (operation) operations.set(operation, (operations.get(operation) ?? 0) + ms);
            }
            for (const [operation, ms] of operations) {
                if (ms > BUDGET_MS) result.failures.push({ check: 'slow', message: `${operation} took ${Math.round(ms)} ms (budget ${BUDGET_MS} ms; ${result.ms} ms for the whole case)` });
            }
        }
        return result;
    }

    /** Writes the bytes to a file and reads it as `itsm` does. */
    private async readBytes(bytes: Uint8Array): Promise<{ code: number; text?: string; message: string }> {
        this.tmp ??= mkdtempSync(path.join(tmpdir(), 'itsm-fuzz-'));
        const file = path.join(this.tmp, 'input.itsm');
        writeFileSync(file, bytes);
        try {
            const read = await readInputFile(file, this.tmp);
            return { code: ExitCode.Ok, text: read.text, message: 'read' };
        } catch (error) {
            if (error instanceof CliError) return { code: error.exitCode, message: error.message };
            throw error;
        }
    }

    dispose(): void {
        if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
    }
}

/** A piece of the shape's own syntax (never a value of the input, which may be any string). */
class Mark {
    constructor(readonly text: string) {}
}

/**
 * The AST as text, without layout: each node's type and properties in order, references by their text
 * (white space removed), positions and CST left out. Iterative, so 10k-deep nesting cannot overflow.
 */
export function astShape(root: AstNode): string {
    const out: string[] = [];
    const pending: unknown[] = [root];
    const push = (items: unknown[]) => { for (let i = items.length - 1; i >= 0; i--) pending.push(items[i]); };
    while (pending.length > 0) {
        const value = pending.pop();
        if (value instanceof Mark) {
            out.push(value.text);
        } else if (isReference(value)) {
            out.push(`@${value.$refText.replace(/\s+/g, '')}`);
        } else if (isAstNode(value)) {
            const items: unknown[] = [new Mark(`${value.$type}{`)];
            for (const key of Object.keys(value).filter(k => !k.startsWith('$')).sort()) {
                items.push(new Mark(`${key}:`), (value as unknown as Record<string, unknown>)[key], new Mark(','));
            }
            items.push(new Mark('}'));
            push(items);
        } else if (Array.isArray(value)) {
            push([new Mark('['), ...value.flatMap(item => [item, new Mark(',')]), new Mark(']')]);
        } else {
            out.push(JSON.stringify(value) ?? 'undefined');
        }
    }
    return out.join('');
}

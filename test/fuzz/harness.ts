/**
 * Runs one fuzz case through everything a user can reach with a file:
 * parse + link + validate (every rule), format, and every generator target,
 * on one set of services reused across cases (each case's document is
 * removed again). Checks: nothing throws, the case finishes within the
 * budget, the formatter keeps the token sequence (comments included) and is
 * idempotent when the input parses without errors, invalid UTF-8 is a usage
 * error (exit 2) from the CLI's reader.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildCanonicalModel } from '../../language/generators/build-canonical-model.js';
import { TARGETS } from '../../language/generators/registry.js';
import { createItsmServices } from '../../language/itsm-module.js';
import { readInputFile } from '../../cli/input-files.js';
import { CliError, ExitCode } from '../../cli/exit-codes.js';
import type { FuzzCase, Span } from './mutators.js';

/** Per-case time budget (ms). */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 2000);

export interface CaseResult {
    index: number;
    kind: string;
    ms: number;
    phases: Record<string, number>;
    /** Whether the input parsed without lexer or parser errors. */
    clean: boolean;
    /** One entry per broken invariant: `crash` (with stack), `slow`, `tokens`, `idempotence`, `utf8`. */
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
            result.ms = Math.round((performance.now() - started) * 10) / 10;
            if (result.ms > BUDGET_MS) result.failures.push({ check: 'slow', message: `took ${result.ms} ms (budget ${BUDGET_MS} ms)` });
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

/**
 * `itsm format [paths..] [--check]`: the editor's formatter (the language
 * server's, not a second one) applied to files. Changed files are rewritten
 * atomically; `--check` changes nothing and exits 1 when a file would change.
 * A file with syntax errors is not touched and makes the run exit 2.
 */
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createItsmServices } from '../language/itsm-module.js';
import { writeFileAtomic } from './atomic-write.js';
import { CliError, ExitCode } from './exit-codes.js';
import type { InputFile } from './input-files.js';

export const FORMAT_OPTIONS = { tabSize: 2, insertSpaces: true } as const;

export interface FormatOutcome {
    file: InputFile;
    formatted: string;
    changed: boolean;
}

/** The canonical text of each file; throws a usage error naming the first syntax error of a file. */
export async function formatFiles(files: InputFile[]): Promise<FormatOutcome[]> {
    const { shared, Itsm } = createItsmServices(NodeFileSystem);
    const formatter = Itsm.lsp.Formatter!;
    const outcomes: FormatOutcome[] = [];
    const broken: string[] = [];
    for (const file of files) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(file.path));
        const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors];
        if (errors.length > 0) {
            const first = document.parseResult.parserErrors[0]?.token ?? document.parseResult.lexerErrors[0];
            const line = (first as { startLine?: number; line?: number }).startLine ?? (first as { line?: number }).line ?? 1;
            const column = (first as { startColumn?: number; column?: number }).startColumn ?? (first as { column?: number }).column ?? 1;
            broken.push(`${file.display}:${line}:${column}: syntax error, not formatted (run itsm validate for details)`);
            continue;
        }
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: FORMAT_OPTIONS });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        outcomes.push({ file, formatted, changed: formatted !== file.text });
    }
    if (broken.length > 0) throw new CliError(broken.join('\nitsm: '));
    return outcomes;
}

export async function formatCommand(files: InputFile[], check: boolean, io: { stdout: (text: string) => void }): Promise<number> {
    const outcomes = await formatFiles(files);
    const changed = outcomes.filter(outcome => outcome.changed);
    if (check) {
        for (const outcome of changed) io.stdout(`not formatted: ${outcome.file.display}\n`);
        io.stdout(changed.length === 0
            ? `${outcomes.length} file${outcomes.length === 1 ? '' : 's'} already formatted\n`
            : `${changed.length} of ${outcomes.length} files would be reformatted; run itsm format\n`);
        return changed.length > 0 ? ExitCode.Findings : ExitCode.Ok;
    }
    for (const outcome of changed) {
        await writeFileAtomic(outcome.file.path, outcome.formatted, outcome.file.display);
        io.stdout(`formatted ${outcome.file.display}\n`);
    }
    io.stdout(`${changed.length} of ${outcomes.length} files changed\n`);
    return ExitCode.Ok;
}

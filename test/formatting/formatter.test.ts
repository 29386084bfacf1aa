/**
 * The formatter: canonical layout (golden file), idempotence, and never a
 * change of meaning — the same tokens, every comment kept — over every .itsm
 * file of the repository.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createItsmServices } from '../../language/itsm-module.js';

const root = path.resolve(__dirname, '../..');
const services = createItsmServices(EmptyFileSystem);
const fixtures = path.join(root, 'test/fixtures/formatting');

async function format(text: string, tabSize = 2): Promise<string> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///format-${Math.random()}.itsm`));
    const edits = await services.Itsm.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every token the lexer sees, comments included, whitespace not. */
function tokens(text: string): string[] {
    const result = services.Itsm.parser.Lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
}

function comments(text: string): string[] {
    return tokens(text).filter(t => t.startsWith('//') || t.startsWith('/*'));
}

function itsmFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return itsmFiles(full);
        return name.endsWith('.itsm') ? [full] : [];
    });
}

const corpus = [...itsmFiles(path.join(root, 'examples')), ...itsmFiles(path.join(root, 'test/fixtures'))]
    .filter(file => {
        const parsed = services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file)).parseResult;
        return parsed.lexerErrors.length === 0 && parsed.parserErrors.length === 0;
    });

describe('the canonical layout', () => {
    it('lays out every construct as the golden file shows, comments included', async () => {
        const messy = readFileSync(path.join(fixtures, 'messy.itsm'), 'utf8');
        expect(await format(messy)).toBe(readFileSync(path.join(fixtures, 'messy.formatted.itsm'), 'utf8'));
    });

    it('leaves examples/acme as it is (it is written in the canonical layout)', async () => {
        for (const file of itsmFiles(path.join(root, 'examples/acme'))) {
            const text = readFileSync(file, 'utf8');
            expect(await format(text), file).toBe(text);
        }
    });

    it('indents with the editor\'s tab size', async () => {
        expect(await format('team T { email "x" }')).toBe('team T {\n  email "x"\n}\n');
        expect(await format('team T { email "x" }', 4)).toBe('team T {\n    email "x"\n}\n');
    });

    it('puts each clause of a continuity plan, a KPI and a service\'s recovery objectives on its own line', async () => {
        const text = 'continuity plan P { document "d" owner T tested 2026-01-01 recovery at "x" }\n' +
            'kpi K { service S measures restore time target  <=  2h per month owner T }\n' +
            'service S { rto 4h rpo 1h continuity plan P }\n';
        expect(await format(text)).toBe([
            'continuity plan P {', '  document "d"', '  owner T', '  tested 2026-01-01', '  recovery at "x"', '}', '',
            'kpi K {', '  service S', '  measures restore time', '  target <= 2h per month', '  owner T', '}', '',
            'service S {', '  rto 4h', '  rpo 1h', '  continuity plan P', '}', '',
        ].join('\n'));
    });

    it('puts the blank line above a comment that belongs to the next definition', async () => {
        expect(await format('team A {}\n// about B\nteam B {}\n')).toBe('team A {}\n\n// about B\nteam B {}\n');
    });

    it('keeps a trailing comment on its line and never joins a line to a comment', async () => {
        const text = 'service S {\n  depends on // why this dependency\n    Other\n}\nservice Other {}\n';
        const formatted = await format(text);
        expect(formatted).toContain('// why this dependency\n');
        expect(tokens(formatted)).toEqual(tokens(text));
    });

    it('keys formatting actions by node and mode without collisions, and by Langium\'s string past 64 MB', () => {
        type KeyOf = (node: { offset: number; end: number }, mode: 'prepend' | 'append') => unknown;
        const formatter = services.Itsm.lsp.Formatter as unknown as { nodeModeToKey: KeyOf };
        const keyOf: KeyOf = (node, mode) => formatter.nodeModeToKey(node, mode);
        const keys = new Set<unknown>();
        for (const [offset, end] of [[0, 0], [0, 1], [1, 1], [5, 9], [9, 9], [2 ** 26 - 2, 2 ** 26 - 1]]) {
            for (const mode of ['prepend', 'append'] as const) keys.add(keyOf({ offset, end }, mode));
        }
        expect(keys.size).toBe(12);
        expect([...keys].every(key => typeof key === 'number' && Number.isSafeInteger(key))).toBe(true);
        expect(keyOf({ offset: 3, end: 2 ** 26 }, 'append')).toBe(`3:${2 ** 26}:append`);
    });

    it('does not touch a file with syntax errors', async () => {
        const broken = 'team T {\n     email\n}\n';
        expect(await format(broken)).toBe(broken);
    });
});

describe.each(corpus.map(file => [path.relative(root, file), file]))('formatting %s', (_name, file) => {
    const text = readFileSync(file, 'utf8');

    it('keeps every token and every comment, in order', async () => {
        const formatted = await format(text);
        expect(tokens(formatted)).toEqual(tokens(text));
        expect(comments(formatted)).toEqual(comments(text));
    });

    it('is idempotent', async () => {
        const once = await format(text);
        expect(await format(once)).toBe(once);
    });
});

/**
 * Definition snippets: offered where a definition may start, with defaults
 * from the workspace; filled with their defaults they parse without errors
 * (and, in the acme workspace, link).
 */
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { previewOf } from '../../language/lsp/completion-provider.js';
import { buildWorkspace } from '../workspace.js';
import { acmeFiles } from './navigation-workspace.js';

async function snippetsAt(text: string, files: Record<string, string>, file = 'edit.itsm'): Promise<CompletionItem[]> {
    const offset = text.indexOf('|');
    const ws = await buildWorkspace({ ...files, [file]: text.replace('|', '') });
    const document = ws.documents.get(file)!;
    const list = await ws.services.Itsm.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
    });
    return (list?.items ?? []).filter(item => item.kind === CompletionItemKind.Snippet);
}

/** Every snippet offered at the top of a file, filled with its defaults, must parse; returns the parsed workspace. */
async function expectParses(snippets: CompletionItem[], files: Record<string, string>, header: string) {
    const expanded = Object.fromEntries(snippets.map((item, i) => [`snippet-${i}.itsm`, `${header}\n${previewOf(item.insertText!)}\n`]));
    const ws = await buildWorkspace({ ...files, ...expanded });
    for (const [file, text] of Object.entries(expanded)) {
        const result = ws.documents.get(file)!.parseResult;
        expect({ text, lexer: result.lexerErrors, parser: result.parserErrors.map(e => e.message) })
            .toEqual({ text, lexer: [], parser: [] });
    }
    return { ws, files: Object.keys(expanded) };
}

const TOP_LEVEL = [
    'authority', 'calendar', 'change workflow', 'ci', 'ci class', 'continuity plan', 'holidays', 'incident workflow', 'kpi', 'ola',
    'priority matrix', 'problem workflow', 'release workflow', 'request workflow', 'service', 'sla', 'team', 'uc',
];

describe('definition snippets', () => {
    it('are offered at the top level of a file, one for each construct, as snippets', async () => {
        const snippets = await snippetsAt('package acme.it\n|', acmeFiles());
        expect(snippets.map(item => item.label).sort()).toEqual(TOP_LEVEL);
        expect(snippets.every(item => item.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
    });

    it('are not offered inside a definition', async () => {
        expect(await snippetsAt('package acme.it\nservice X { | }', acmeFiles())).toEqual([]);
        expect(await snippetsAt('package acme.it\ncalendar C { except | }', acmeFiles())).toEqual([]);
    });

    it('parse and link in the acme workspace when filled with their defaults', async () => {
        const snippets = await snippetsAt('package acme.it\nimport acme.shared.*\n|', acmeFiles());
        const { ws, files } = await expectParses(snippets, acmeFiles(), 'package acme.it\nimport acme.shared.*');
        const unresolved = files.flatMap(file => ws.diagnostics(file).filter(d => d.code === 'unresolved-reference').map(d => `${file}: ${d.message}`));
        expect(unresolved).toEqual([]);
    });

    it('parse in an empty workspace too', async () => {
        const snippets = await snippetsAt('|', {});
        expect(snippets.map(item => item.label).sort()).toEqual(TOP_LEVEL);
        await expectParses(snippets, {}, '');
    });

    it('give an SLA one target line per priority of the workspace\'s matrix, with the workspace\'s names', async () => {
        const [sla] = (await snippetsAt('package acme.it\n|', acmeFiles())).filter(item => item.label === 'sla');
        const text = previewOf(sla.insertText!);
        expect(text).toContain('service Directory');
        expect(text).toContain('priorities Standard');
        expect(text.match(/^\s+P\d \{ response \S+ +resolve \S+ \}$/gm)?.map(line => line.trim().slice(0, 2))).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
        expect(sla.detail).toBe("SLA with targets for Standard's priorities P1–P5");
    });

    it('give one SLA snippet per matrix when the workspace has several, each with its own priorities', async () => {
        const files = {
            'm.itsm': 'package acme.m\npriority matrix Simple { priorities High, Low urgency u impact a -> High impact b -> Low }\n'
                + 'priority matrix Three { priorities S1, S2, S3 urgency u v impact a -> S1 S2 impact b -> S2 S3 }\n',
        };
        const slas = (await snippetsAt('package acme.m\n|', files)).filter(item => item.label.startsWith('sla'));
        expect(slas.map(item => item.label).sort()).toEqual(['sla (Simple)', 'sla (Three)']);
        const three = previewOf(slas.find(item => item.label === 'sla (Three)')!.insertText!);
        expect(three).toContain('priorities Three');
        expect(three.match(/^\s+(S\d) \{/gm)?.map(line => line.trim().slice(0, 2))).toEqual(['S1', 'S2', 'S3']);
        await expectParses(slas, files, 'package acme.m');
    });

    it('give the priority matrix ServiceNow\'s 3 × 3 default', async () => {
        const [matrix] = (await snippetsAt('|', {})).filter(item => item.label === 'priority matrix');
        const text = previewOf(matrix.insertText!);
        expect(text).toContain('priorities P1 "Critical", P2 "High", P3 "Moderate", P4 "Low", P5 "Planning"');
        expect(text).toMatch(/impact high +-> P1 +P2 +P3\n.*impact medium -> P2 +P3 +P4\n.*impact low +-> P3 +P4 +P5/);
    });

    it('give a normal change workflow the ITIL states, approved by the CAB', async () => {
        const [workflow] = (await snippetsAt('package acme.it\nimport acme.shared.*\n|', acmeFiles())).filter(item => item.label === 'change workflow');
        const text = previewOf(workflow.insertText!);
        const states = text.slice(text.indexOf('states {') + 8, text.indexOf('}')).trim().split('\n').map(line => line.trim().split(/\s+/)[0]);
        expect(states).toEqual(['New', 'Assess', 'Authorize', 'Scheduled', 'Implement', 'Review', 'Closed', 'Canceled']);
        expect(text).toMatch(/Authorize +approval by CAB/);
        expect(text).toMatch(/Implement +implementation/);
        expect(text).toContain('New -> Assess -> Authorize -> Scheduled -> Implement -> Review -> Closed');
        expect(text).toContain('* -> Canceled');
    });

    it('give a CI its class\'s required attributes and the service its owner and support desk', async () => {
        const snippets = await snippetsAt('package acme.it\n|', acmeFiles());
        const ci = previewOf(snippets.find(item => item.label === 'ci')!.insertText!);
        expect(ci).toMatch(/^ci name: Server \{/);
        expect(ci).toMatch(/^ {2}os ""$/m);
        const service = previewOf(snippets.find(item => item.label === 'service')!.insertText!);
        expect(service).toMatch(/owner Messaging[\s\S]*support ServiceDesk[\s\S]*offering Standard \{\s+sla Gold/);
    });
});

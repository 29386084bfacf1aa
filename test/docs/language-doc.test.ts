/**
 * docs/language.md, the language reference: every ```itsm example parses;
 * the examples, each one file of a single workspace, resolve every name they
 * use (so they tell one coherent story); every construct of the grammar has
 * an example; and the reserved-word list is exactly the grammar's keywords.
 * A block whose first line is `// fragment` is only parsed, not linked.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST, URI, type Grammar } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { ItsmGrammar } from '../../language/generated/grammar.js';
import { createItsmServices } from '../../language/itsm-module.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';

const DOC = 'docs/language.md';
const markdown = readFileSync(path.resolve(__dirname, '../..', DOC), 'utf8');

interface Example {
    /** 1-based line of the block's first line of code in the document. */
    line: number;
    file: string;
    text: string;
    fragment: boolean;
}

function itsmExamples(text: string): Example[] {
    return [...text.matchAll(/^```itsm\n([\s\S]*?)^```$/gm)].map(match => {
        const line = text.slice(0, match.index).split('\n').length + 1;
        const code = match[1];
        return { line, file: `line-${line}.itsm`, text: code, fragment: /^\/\/\s*fragment\b/.test(code) };
    });
}

/** The body of a `## heading` section, up to the next `## ` heading. */
function section(text: string, heading: string): string {
    const start = text.indexOf(`\n## ${heading}\n`);
    if (start < 0) return '';
    const next = text.indexOf('\n## ', start + heading.length + 4);
    return text.slice(start, next < 0 ? undefined : next);
}

/** Word keywords of the grammar (punctuation such as `->` and `{` is not a reserved word). */
function grammarKeywords(grammar: Grammar): string[] {
    const words = AstUtils.streamAllContents(grammar)
        .filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value)
        .filter(value => /^\w/.test(value));
    return [...new Set(words)].sort();
}

/** The AST types of top-level definitions: the `Definition` rule's alternatives, expanded through pure unions. */
function definitionTypes(grammar: Grammar): string[] {
    const rules = new Map(grammar.rules.map(rule => [rule.name, rule]));
    const expand = (name: string): string[] => {
        const rule = rules.get(name);
        const body = rule && GrammarAST.isParserRule(rule) ? rule.definition : undefined;
        if (!body || !GrammarAST.isAlternatives(body) || !body.elements.every(GrammarAST.isRuleCall)) return [name];
        return body.elements.flatMap(call => expand((call as GrammarAST.RuleCall).rule.ref!.name));
    };
    return expand('Definition');
}

const examples = itsmExamples(markdown);

describe(DOC, () => {
    it('has ```itsm examples, and few fragments', () => {
        expect(examples.length).toBeGreaterThanOrEqual(12);
        expect(examples.filter(e => e.fragment).length).toBeLessThanOrEqual(2);
    });

    describe.each(examples.map(e => [`line ${e.line}`, e] as const))('the example at %s', (_, example) => {
        it('parses without lexer or parser errors', () => {
            const services = createItsmServices(EmptyFileSystem);
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(
                example.text, URI.parse(`file:///doc/${example.file}`));
            const errors = [
                ...document.parseResult.lexerErrors.map(e => `${(e.line ?? 0) + example.line - 1}: ${e.message}`),
                ...document.parseResult.parserErrors.map(e => `${e.token.startLine! + example.line - 1}: ${e.message}`),
            ];
            expect(errors, `${DOC}, example at line ${example.line}`).toEqual([]);
        });
    });

    describe('the examples, linked as one workspace', () => {
        let workspace: TestWorkspace;
        const linked = examples.filter(e => !e.fragment);

        beforeAll(async () => {
            workspace = await buildWorkspace(Object.fromEntries(linked.map(e => [e.file, e.text])));
        });

        it('have no syntax errors and no unresolved references', () => {
            const problems = workspace.all()
                .filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference')
                .map(d => {
                    const example = linked.find(e => e.file === d.file)!;
                    return `${DOC}:${example.line + d.range.start.line} ${d.code}: ${d.message}`;
                });
            expect(problems).toEqual([]);
        });

        it('show every kind of definition the grammar has', () => {
            const shown = new Set<string>([...workspace.documents.values()]
                .flatMap(document => document.parseResult.value.definitions.map(d => d.$type)));
            const missing = definitionTypes(ItsmGrammar()).filter(type => !shown.has(type));
            expect(missing, 'definitions without an example').toEqual([]);
        });
    });

    it('lists exactly the grammar\'s keywords as reserved words', () => {
        const list = /```text\n([\s\S]*?)```/.exec(section(markdown, 'Reserved words'))?.[1];
        expect(list, 'a ```text block under "## Reserved words"').toBeDefined();
        const listed = list!.split(/\s+/).filter(Boolean).sort();
        const keywords = grammarKeywords(ItsmGrammar());
        expect(keywords.length).toBeGreaterThan(50);
        expect(keywords.filter(k => !listed.includes(k)), 'keywords missing from the doc').toEqual([]);
        expect(listed.filter(w => !keywords.includes(w)), 'listed words that are not keywords').toEqual([]);
        expect(new Set(listed).size, 'words listed twice').toBe(listed.length);
    });
});

/**
 * syntaxes/itsm.tmLanguage.json, loaded the way VS Code loads it
 * (vscode-textmate with the oniguruma regex engine), tokenising real lines.
 * Besides single constructs, two checks keep the grammar in step with
 * language/grammar/*.langium: every keyword of the Langium grammar is
 * coloured as a keyword wherever it is written, and every keyword in
 * examples/acme is coloured — so a keyword added to the grammar and not to
 * the TextMate grammar fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import textmate, { type IGrammar, type StateStack } from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { beforeAll, describe, expect, it } from 'vitest';
import { ItsmGrammar } from '../../language/generated/grammar.js';

const ROOT = path.resolve(__dirname, '../..');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes/itsm.tmLanguage.json');
const EXAMPLES = path.join(ROOT, 'examples/acme');

interface Token {
    text: string;
    scopes: string[];
}

let grammar: IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async scopeName => scopeName === 'source.itsm'
            ? textmate.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE)
            : null,
    });
    const loaded = await registry.loadGrammar('source.itsm');
    if (!loaded) throw new Error('source.itsm did not load');
    grammar = loaded;
});

/** Tokens per line; the rule stack carries over from line to line, as in the editor. */
function tokenizeLines(source: string): Token[][] {
    let stack: StateStack = textmate.INITIAL;
    return source.split(/\r?\n/).map(line => {
        const result = grammar.tokenizeLine(line, stack);
        stack = result.ruleStack;
        return result.tokens.map(token => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
    });
}

function tokenize(source: string): Token[] {
    return tokenizeLines(source).flat();
}

/** The scopes of the `occurrence`-th token whose text is exactly `text`. */
function scopesOf(source: string, text: string, occurrence = 0): string[] {
    const found = tokenize(source).filter(token => token.text === text);
    if (found.length <= occurrence) {
        throw new Error(`no token ${JSON.stringify(text)} in ${JSON.stringify(source)}; tokens: ${JSON.stringify(tokenize(source).map(t => t.text))}`);
    }
    return found[occurrence].scopes;
}

function innermost(scopes: string[]): string {
    return scopes[scopes.length - 1];
}

/** A scope a theme colours as a keyword, a built-in type or a built-in constant. */
function isKeywordScope(scope: string): boolean {
    return ['keyword.', 'storage.', 'constant.language.', 'support.type.'].some(prefix => scope.startsWith(prefix));
}

function isPunctuationScope(scope: string): boolean {
    return scope.startsWith('punctuation.') || scope.startsWith('keyword.operator.');
}

const allKeywords = [...new Set(AstUtils.streamAllContents(ItsmGrammar()).filter(GrammarAST.isKeyword).map(k => k.value))].sort();
const wordKeywords = allKeywords.filter(k => /^\w/.test(k));
const symbolKeywords = allKeywords.filter(k => !/^\w/.test(k));

/** Names as the lexer reads them: `liveness` and `web-live` are one name each, and no keyword. */
const WORD = /(?<!\w)(?:24x7|[_a-zA-Z]\w*(?:-\w+)*)/g;

describe('the grammar file', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8'));

    it('is the grammar package.json contributes for the itsm language', () => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
        expect(manifest.contributes.grammars).toContainEqual({ language: 'itsm', scopeName: 'source.itsm', path: './syntaxes/itsm.tmLanguage.json' });
        expect(raw.scopeName).toBe('source.itsm');
    });

    it('names every scope with the .itsm suffix', () => {
        const names: string[] = [];
        const walk = (node: unknown): void => {
            if (Array.isArray(node)) node.forEach(walk);
            else if (node && typeof node === 'object') {
                for (const [key, value] of Object.entries(node)) {
                    if ((key === 'name' || key === 'contentName') && typeof value === 'string') names.push(...value.split(' '));
                    else walk(value);
                }
            }
        };
        walk(raw.repository);
        walk(raw.patterns);
        expect(names.length).toBeGreaterThan(40);
        expect(names.filter(name => !name.endsWith('.itsm'))).toEqual([]);
    });

    it('lists in its fallback keyword rule only words that are keywords of the Langium grammar', () => {
        const words = /\(\?:([\w|]+)\)/.exec(raw.repository['any-keyword'].match)![1].split('|');
        expect(words.length).toBeGreaterThan(40);
        expect(words.filter(word => !wordKeywords.includes(word))).toEqual([]);
    });
});

describe('declarations', () => {
    it.each([
        ['service Email {', 'service', 'storage.type.service.itsm', 'Email', 'entity.name.type.service.itsm'],
        ['sla Gold {', 'sla', 'storage.type.agreement.itsm', 'Gold', 'entity.name.type.agreement.itsm'],
        ['ola MessagingOLA {', 'ola', 'storage.type.agreement.itsm', 'MessagingOLA', 'entity.name.type.agreement.itsm'],
        ['uc CarrierUC {', 'uc', 'storage.type.agreement.itsm', 'CarrierUC', 'entity.name.type.agreement.itsm'],
        ['team Messaging', 'team', 'storage.type.team.itsm', 'Messaging', 'entity.name.type.team.itsm'],
        ['calendar Always {', 'calendar', 'storage.type.calendar.itsm', 'Always', 'entity.name.type.calendar.itsm'],
        ['holidays UKBankHolidays {', 'holidays', 'storage.type.calendar.itsm', 'UKBankHolidays', 'entity.name.type.calendar.itsm'],
        ['authority CAB "Change Advisory Board" {', 'authority', 'storage.type.authority.itsm', 'CAB', 'entity.name.type.authority.itsm'],
        ['ci class Server extends Base {', 'class', 'storage.type.ci-class.itsm', 'Server', 'entity.name.type.ci-class.itsm'],
        ['ci web-01: Server {', 'ci', 'storage.type.ci.itsm', 'web-01', 'entity.name.type.ci.itsm'],
        ['priority matrix Standard {', 'matrix', 'storage.type.priority-matrix.itsm', 'Standard', 'entity.name.type.priority-matrix.itsm'],
        ['change workflow NormalChange {', 'workflow', 'storage.type.workflow.itsm', 'NormalChange', 'entity.name.type.workflow.itsm'],
        ['service Email {\n  offering EmailStandard {', 'offering', 'storage.type.offering.itsm', 'EmailStandard', 'entity.name.type.offering.itsm'],
        ['ci class S {\n  attribute os: string required', 'attribute', 'storage.type.attribute.itsm', 'os', 'entity.name.variable.attribute.itsm'],
    ])('%j: keyword and defined name', (source, keyword, keywordScope, name, nameScope) => {
        expect(innermost(scopesOf(source, keyword))).toBe(keywordScope);
        expect(innermost(scopesOf(source, name))).toBe(nameScope);
    });

    it('scopes the CI class after the colon and the superclass after extends', () => {
        expect(innermost(scopesOf('ci mx01: Server {', 'Server'))).toBe('entity.name.type.ci-class.reference.itsm');
        expect(innermost(scopesOf('ci class Server extends acme.Base', 'extends'))).toBe('storage.modifier.extends.itsm');
        expect(scopesOf('ci class Server extends acme.Base', 'Base')).toContain('entity.other.inherited-class.itsm');
    });

    it('scopes package and import, with the wildcard', () => {
        expect(innermost(scopesOf('package acme.it', 'package'))).toBe('keyword.other.package.itsm');
        expect(innermost(scopesOf('package acme.it', 'it'))).toBe('entity.name.namespace.itsm');
        expect(innermost(scopesOf('import acme.shared.*', 'import'))).toBe('keyword.control.import.itsm');
        expect(innermost(scopesOf('import acme.shared.*', '*'))).toBe('keyword.operator.wildcard.itsm');
    });

    it('reads `service` and `sla` inside braces as references, not as new definitions', () => {
        const sla = 'sla Gold {\n  service Email\n}';
        expect(innermost(scopesOf(sla, 'service'))).toBe('keyword.other.property.itsm');
        expect(scopesOf(sla, 'Email').some(scope => scope.startsWith('entity.name'))).toBe(false);
        const offering = 'service Email {\n  offering Std {\n    sla Gold\n  }\n}';
        expect(innermost(scopesOf(offering, 'sla'))).toBe('keyword.other.property.itsm');
    });

    it('scopes the states of a workflow as definitions and their approvers as references', () => {
        const source = 'change workflow W {\n  states {\n    New initial\n    Authorize approval by acme.CAB, ECAB\n  }\n  New -> Authorize\n}';
        expect(innermost(scopesOf(source, 'New'))).toBe('entity.name.type.state.itsm');
        expect(innermost(scopesOf(source, 'Authorize'))).toBe('entity.name.type.state.itsm');
        expect(innermost(scopesOf(source, 'approval'))).toBe('keyword.other.relationship.itsm');
        expect(innermost(scopesOf(source, 'initial'))).toBe('constant.language.state-kind.itsm');
        expect(innermost(scopesOf(source, 'ECAB'))).toBe('meta.block.states.itsm');
        expect(innermost(scopesOf(source, 'New', 1))).toBe('meta.block.itsm');
        expect(innermost(scopesOf(source, '->'))).toBe('keyword.operator.arrow.itsm');
    });
});

describe('process workflows and request items', () => {
    it('scopes every process keyword before `workflow` and the workflow\'s name', () => {
        for (const process of ['release', 'incident', 'problem', 'request']) {
            const source = `${process} workflow W {\n}`;
            expect(innermost(scopesOf(source, process))).toBe('storage.type.workflow.itsm');
            expect(innermost(scopesOf(source, 'W'))).toBe('entity.name.type.workflow.itsm');
        }
    });

    it('scopes state roles, release types and a request item\'s name', () => {
        const release = 'release workflow R {\n  type major\n  states {\n    Test validation\n    Deploy deployment\n  }\n}';
        expect(innermost(scopesOf(release, 'major'))).toBe('constant.language.change-type.itsm');
        expect(innermost(scopesOf(release, 'validation'))).toBe('constant.language.state-kind.itsm');
        expect(innermost(scopesOf(release, 'deployment'))).toBe('constant.language.state-kind.itsm');
        const problem = 'problem workflow P {\n  states {\n    Known known-error\n  }\n}';
        expect(innermost(scopesOf(problem, 'known-error'))).toBe('constant.language.state-kind.itsm');
        const item = 'service S {\n  offering O {\n    request item Laptop "New laptop" {\n      fulfil within 3d\n    }\n  }\n}';
        expect(innermost(scopesOf(item, 'request'))).toBe('storage.type.request-item.itsm');
        expect(innermost(scopesOf(item, 'Laptop'))).toBe('entity.name.type.request-item.itsm');
        expect(innermost(scopesOf(item, 'fulfil'))).toBe('keyword.other.itsm');
    });
});

describe('properties and values', () => {
    const service = 'service Email {\n  kind business\n  status live\n  depends on any of (Dns, Dns2)\n  realized by exchange\n}';

    it('scopes property keywords, relationships and enumeration values', () => {
        expect(innermost(scopesOf(service, 'kind'))).toBe('keyword.other.property.itsm');
        expect(innermost(scopesOf(service, 'business'))).toBe('constant.language.service-kind.itsm');
        expect(innermost(scopesOf(service, 'live'))).toBe('constant.language.status.itsm');
        expect(innermost(scopesOf(service, 'depends on'))).toBe('keyword.other.relationship.itsm');
        expect(innermost(scopesOf(service, 'any of'))).toBe('keyword.operator.quantifier.itsm');
        expect(innermost(scopesOf(service, 'realized by'))).toBe('keyword.other.relationship.itsm');
        expect(innermost(scopesOf(service, '('))).toBe('punctuation.section.parens.begin.itsm');
    });

    it('scopes a CI attribute value\'s name, and attribute types', () => {
        const source = 'ci mx01: Server {\n  os "Debian 12"\n  ip 10.0.1.21\n}';
        expect(innermost(scopesOf(source, 'os'))).toBe('variable.other.property.attribute.itsm');
        expect(innermost(scopesOf('ci class S {\n  attribute contact: email\n}', 'email'))).toBe('support.type.primitive.itsm');
        expect(innermost(scopesOf('team T {\n  email "x@y"\n}', 'email'))).toBe('keyword.other.property.itsm');
    });

    it('colours keywords only as whole names', () => {
        expect(innermost(scopesOf('ci liveness: Server', 'liveness'))).toBe('entity.name.type.ci.itsm');
        const tokens = tokenize('ci app: Application {\n  runs on liveness, web-live, live-ish, production2\n}');
        for (const name of ['liveness', 'web-live', 'live-ish', 'production2']) {
            const token = tokens.find(t => t.text === name);
            expect(token, name).toBeDefined();
            expect(token!.scopes.filter(isKeywordScope), name).toEqual([]);
        }
        expect(tokens.some(t => t.text === 'live' || t.text === 'production')).toBe(false);
    });

    it('does not read a number inside a name', () => {
        const tokens = tokenize('ci app: Application {\n  runs on web-01\n}');
        expect(tokens.find(t => t.text === 'web-01')!.scopes.some(s => s.startsWith('constant.numeric'))).toBe(false);
        expect(tokens.some(t => t.text === '01')).toBe(false);
    });
});

describe('literals', () => {
    it.each([
        ['P1 { response 15m  resolve 4h }', '15', 'constant.numeric.duration.itsm'],
        ['P1 { response 15m  resolve 4h }', 'm', 'constant.numeric.duration.itsm'],
        ['P3 { response 4h   resolve 3d }', '3', 'constant.numeric.duration.itsm'],
        ['P3 { response 1w   resolve 3d }', '1', 'constant.numeric.duration.itsm'],
        ['availability 99.9% per month', '99.9', 'constant.numeric.percentage.itsm'],
        ['mon..fri 08:00-18:00', '08:00', 'constant.numeric.time.itsm'],
        ['mon..fri 08:00-18:00', '18:00', 'constant.numeric.time.itsm'],
        ['2026-12-25 "Christmas Day"', '2026-12-25', 'constant.numeric.date.itsm'],
        ['ip 10.0.1.21', '10.0.1.21', 'constant.numeric.ip'],
        ['ip fe80::1', 'fe80::1', 'constant.numeric.ip'],
        ['ip 2001:db8::8a2e:370:7334', '2001:db8::8a2e:370:7334', 'constant.numeric.ip'],
        ['tier 1', '1', 'constant.numeric.decimal.itsm'],
        ['cores 2.5', '2.5', 'constant.numeric.decimal.itsm'],
        ['24x7', '24x7', 'constant.language.always.itsm'],
        ['mon..fri 08:00-18:00', 'mon', 'constant.language.weekday.itsm'],
        ['mon..fri 08:00-18:00', '..', 'keyword.operator.range.itsm'],
        ['flag true', 'true', 'constant.language.boolean.itsm'],
    ])('%j: %j is %s', (source, text, scope) => {
        const scopes = scopesOf(source, text);
        expect(scopes.some(s => s.startsWith(scope)), scopes.join(' ')).toBe(true);
    });

    it('keeps a duration\'s unit in the duration', () => {
        const scopes = scopesOf('response 15m', 'm');
        expect(scopes).toContain('constant.numeric.duration.itsm');
        expect(innermost(scopes)).toBe('keyword.other.unit.duration.itsm');
    });

    it('scopes a string with its escapes, and nothing inside it as code', () => {
        const source = 'description "a \\"live\\" url: http://x.example // not a comment"';
        expect(scopesOf(source, 'a ')).toContain('string.quoted.double.itsm');
        expect(innermost(scopesOf(source, '\\"'))).toBe('constant.character.escape.itsm');
        const tokens = tokenize(source).filter(t => t.text.includes('live') || t.text.includes('//'));
        expect(tokens.length).toBeGreaterThan(0);
        for (const token of tokens) expect(token.scopes).toContain('string.quoted.double.itsm');
        expect(tokenize(source).some(t => t.scopes.some(s => s.startsWith('comment')))).toBe(false);
    });

    it('ends an unterminated string at the end of its line', () => {
        expect(scopesOf('lead "Jane\nservice X', 'service')).not.toContain('string.quoted.double.itsm');
    });
});

describe('comments', () => {
    it('scopes line comments, and keywords in them only as comment', () => {
        const scopes = scopesOf('tier 1 // service live 99.9%', ' service live 99.9%');
        expect(innermost(scopes)).toBe('comment.line.double-slash.itsm');
        expect(innermost(scopesOf('tier 1 // x', '//'))).toBe('punctuation.definition.comment.itsm');
    });

    it('scopes block comments over several lines, and doc comments as documentation', () => {
        const lines = tokenizeLines('/* service\n  live */ team T\n/** The board. */\n/**/ ci x: S');
        expect(lines[0].find(t => t.text === ' service')!.scopes).toContain('comment.block.itsm');
        expect(lines[1].find(t => t.text === '  live ')!.scopes).toContain('comment.block.itsm');
        expect(innermost(lines[1].find(t => t.text === 'team')!.scopes)).toBe('storage.type.team.itsm');
        expect(lines[2].find(t => t.text === ' The board. ')!.scopes).toContain('comment.block.documentation.itsm');
        const empty = lines[3].find(t => t.text === '*/')!.scopes;
        expect(empty).toContain('comment.block.itsm');
        expect(empty).not.toContain('comment.block.documentation.itsm');
        expect(innermost(lines[3].find(t => t.text === 'ci')!.scopes)).toBe('storage.type.ci.itsm');
    });

    it('scopes a suppression comment\'s directive and rule codes', () => {
        const source = '// itsm-disable-next-line tier-inversion, unused-definition -- agreed in CAB-12';
        expect(innermost(scopesOf(source, 'itsm-disable-next-line'))).toBe('keyword.control.directive.suppression.itsm');
        expect(innermost(scopesOf(source, 'tier-inversion'))).toBe('constant.other.rule-code.itsm');
        expect(innermost(scopesOf(source, ' agreed in CAB-12'))).toBe('comment.line.double-slash.suppression.itsm');
    });
});

describe('every keyword of the Langium grammar', () => {
    it('is found in the grammar', () => {
        expect(wordKeywords.length).toBeGreaterThan(100);
        expect(wordKeywords).toContain('24x7');
        expect(symbolKeywords).toEqual(expect.arrayContaining(['{', '}', '->', '..', '*', ':']));
    });

    it.each(wordKeywords)('%s is a keyword at the top level, inside braces, before a value and among states', keyword => {
        for (const source of [keyword, `x {\n  ${keyword}\n}`, `x {\n  ${keyword} "v"\n}`, `change workflow W {\n  states {\n    ${keyword}\n  }\n}`]) {
            const token = tokenize(source).find(t => t.text.split(/\s+/).includes(keyword));
            expect(token, source).toBeDefined();
            expect(isKeywordScope(innermost(token!.scopes)), `${JSON.stringify(source)}: ${token!.scopes.join(' ')}`).toBe(true);
        }
    });

    it.each(symbolKeywords)('%s is punctuation or an operator', symbol => {
        const source = symbol === '}' ? 'x {\n}' : `x {\n  a ${symbol} b\n}`;
        const token = tokenize(source).find(t => t.text === symbol);
        expect(token, source).toBeDefined();
        expect(isPunctuationScope(innermost(token!.scopes)), token!.scopes.join(' ')).toBe(true);
    });
});

describe('examples/acme', () => {
    const files = readdirSync(EXAMPLES).filter(file => file.endsWith('.itsm')).sort();

    it('has files to check', () => {
        expect(files.length).toBeGreaterThanOrEqual(6);
    });

    it.each(files)('%s: every keyword and symbol outside comments and strings is scoped as one', file => {
        const lines = tokenizeLines(readFileSync(path.join(EXAMPLES, file), 'utf8'));
        const unscoped: string[] = [];
        let checked = 0;
        lines.forEach((tokens, index) => {
            for (const token of tokens) {
                if (token.scopes.some(scope => scope.startsWith('comment.') || scope.startsWith('string.'))) continue;
                expect(token.scopes.filter(scope => scope.startsWith('invalid')), `${file}:${index + 1}`).toEqual([]);
                const words = [...token.text.matchAll(WORD)].map(match => match[0]).filter(word => wordKeywords.includes(word));
                const symbol = symbolKeywords.includes(token.text.trim()) && token.text.trim() !== '';
                if (words.length === 0 && !symbol) continue;
                checked += words.length + (symbol ? 1 : 0);
                const scope = innermost(token.scopes);
                if (words.length > 0 ? !isKeywordScope(scope) : !isPunctuationScope(scope)) {
                    unscoped.push(`${file}:${index + 1} ${JSON.stringify(token.text)} ${token.scopes.join(' ')}`);
                }
            }
        });
        expect(unscoped).toEqual([]);
        expect(checked).toBeGreaterThan(15);
    });
});

/**
 * Smoke tests of the parser itself: building it is silent (chevrotain prints
 * grammar ambiguities and lookahead warnings on the console while the parser
 * analyses itself), every example parses cleanly, and no grammar rule is dead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, GrammarAST, GrammarUtils, URI } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../language/generated/ast.js';
import type { createItsmServices } from '../../language/itsm-module.js';

type ItsmServicesPair = ReturnType<typeof createItsmServices>;

const EXAMPLES = fileURLToPath(new URL('../../examples/acme/', import.meta.url));
const exampleFiles = readdirSync(EXAMPLES).filter(name => name.endsWith('.itsm')).sort();

/** Every construct and alternative of the grammar, so that parsing it runs every prediction at least once. */
const EVERY_CONSTRUCT = readFileSync(fileURLToPath(new URL('../fixtures/language/every-construct.itsm', import.meta.url)), 'utf8');

let services: ItsmServicesPair | undefined;

/** One set of services for the parse-only tests (building a parser takes a while). */
async function sharedServices(): Promise<ItsmServicesPair> {
    if (!services) {
        const { createItsmServices } = await import('../../language/itsm-module.js');
        services = createItsmServices(EmptyFileSystem);
    }
    return services;
}

afterEach(() => {
    vi.restoreAllMocks();
});

describe('creating the services and parsing', () => {
    it('prints nothing on the console (no grammar ambiguity or lookahead warnings)', async () => {
        const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map(method => vi.spyOn(console, method).mockImplementation(() => {}));
        // A fresh module graph, so that loading the grammar is observed too.
        vi.resetModules();
        const { createItsmServices } = await import('../../language/itsm-module.js');
        const services = createItsmServices(EmptyFileSystem);
        // The main parser is built lazily on first use; the completion parser on first completion request.
        const documents = [EVERY_CONSTRUCT, ...exampleFiles.map(name => readFileSync(join(EXAMPLES, name), 'utf8'))]
            .map((text, i) => services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`file:///ws/${i}.itsm`)));
        for (const document of documents) services.shared.workspace.LangiumDocuments.addDocument(document);
        expect(services.Itsm.parser.CompletionParser).toBeDefined();
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        expect(documents.every(d => d.parseResult.parserErrors.length === 0)).toBe(true);

        const printed = spies.flatMap(spy => spy.mock.calls.map(args => args.map(String).join(' ')));
        expect(printed).toEqual([]);
    });

    it('runs chevrotain\'s grammar self-checks, so the silence above means something', async () => {
        const { createItsmServices } = await import('../../language/itsm-module.js');
        const services = createItsmServices(EmptyFileSystem);
        // In 'production' mode Langium skips chevrotain's validations and would hide ambiguities.
        expect(services.Itsm.LanguageMetaData.mode).toBe('development');
    });
});

describe('examples/acme', () => {
    it('has example files to check', () => {
        expect(exampleFiles.length).toBeGreaterThanOrEqual(6);
    });

    it.each(exampleFiles)('%s parses with no lexer or parser errors', async name => {
        const services = await sharedServices();
        const text = readFileSync(join(EXAMPLES, name), 'utf8');
        const result = services.Itsm.parser.LangiumParser.parse<Model>(text);
        expect(result.lexerErrors).toEqual([]);
        expect(result.parserErrors).toEqual([]);
        expect(result.value.definitions.length).toBeGreaterThan(0);
    });
});

describe('the every-construct fixture', () => {
    it('parses with no lexer or parser errors and uses every definition kind', async () => {
        const services = await sharedServices();
        const result = services.Itsm.parser.LangiumParser.parse<Model>(EVERY_CONSTRUCT);
        expect(result.lexerErrors).toEqual([]);
        expect(result.parserErrors).toEqual([]);
        expect(new Set(result.value.definitions.map(d => d.$type))).toEqual(new Set([
            'HolidayList', 'Calendar', 'Team', 'ChangeAuthority', 'PriorityMatrix', 'CiClass',
            'ConfigurationItem', 'Service', 'Sla', 'Ola', 'UnderpinningContract', 'Workflow',
        ]));
    });
});

describe('the generated grammar', () => {
    it('has no parser or terminal rule that the entry rule cannot reach', async () => {
        const { ItsmGrammar } = await import('../../language/generated/grammar.js');
        const grammar = ItsmGrammar();
        const reachable = GrammarUtils.getAllReachableRules(grammar, true);
        const hidden = new Set(GrammarUtils.getHiddenRules(grammar));
        const unreachable = grammar.rules
            .filter(rule => !reachable.has(rule) && !hidden.has(rule))
            .map(rule => `${GrammarAST.isTerminalRule(rule) ? 'terminal ' : ''}${rule.name}`);
        expect(unreachable).toEqual([]);
    });
});

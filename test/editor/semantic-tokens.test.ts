/**
 * Semantic tokens: names coloured by what they name, as declarations where
 * defined and alike wherever referenced; qualified names segment by segment;
 * attribute names, built-in words and typed literals where TextMate is weak.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SemanticTokensDecoder } from 'langium/lsp';
import { ITSM_TOKEN_MODIFIERS, ITSM_TOKEN_TYPES } from '../../language/lsp/semantic-token-provider.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { acmeWorkspace, doc } from './navigation-workspace.js';

const files = {
    'shared.itsm': [
        'package acme.shared',
        'team Infra',
        'ci class Directory { attribute site: string required }',
        'ci ad01: Directory { environment production  owner Infra  site "London" }',
    ].join('\n'),
    'it.itsm': [
        'package acme.it',
        'import acme.shared.ad01',
        'import acme.shared.*',
        'team Messaging',
        'service Email {',
        '  kind business  status live  tier 1  availability 99.9%',
        '  owner Messaging',
        '  support acme.shared.Infra',
        '  realized by ad01, Missing',
        '}',
        'priority matrix Standard {',
        '  priorities P1, P2',
        '  urgency high low',
        '  impact high -> P1 P2',
        '}',
        'calendar Office { timezone "UTC"  mon..fri 08:00-17:00 }',
        'sla Gold { service Email  priorities Standard  hours Office  availability 99.5% per month  P1 { response 15m } }',
        'change workflow Normal {',
        '  states { New initial  Done final }',
        '  New -> Done',
        '}',
    ].join('\n'),
};

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await buildWorkspace(files);
});

/** `text:type` or `text:type.modifier` with the 1-based line of each token, in document order. */
async function decodedTokens(ws: TestWorkspace, file: string): Promise<Array<{ line: number; offset: number; text: string; label: string }>> {
    const document = doc(ws, file);
    const provider = ws.services.Itsm.lsp.SemanticTokenProvider!;
    const encoded = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    const modifiers = Object.entries(provider.tokenModifiers);
    return SemanticTokensDecoder.decode(encoded, provider.tokenTypes, document).map(token => ({
        line: document.textDocument.positionAt(token.offset).line + 1,
        offset: token.offset,
        text: token.text,
        label: [`${token.text}:${token.tokenType}`, ...modifiers.filter(([, bit]) => token.tokenModifiers & bit).map(([name]) => name)].join('.'),
    }));
}

async function tokens(file: string): Promise<string[]> {
    return (await decodedTokens(workspace, file)).map(token => token.label);
}

async function lineTokens(file: string, line: number): Promise<string[]> {
    return (await decodedTokens(workspace, file)).filter(token => token.line === line).map(token => token.label);
}

describe('semantic tokens', () => {
    it('announces its legend to the client', () => {
        const options = workspace.services.Itsm.lsp.SemanticTokenProvider!.semanticTokensOptions;
        expect(options.legend.tokenTypes).toEqual([...ITSM_TOKEN_TYPES]);
        expect(options.legend.tokenModifiers).toEqual([...ITSM_TOKEN_MODIFIERS]);
        expect(options.full).toBeTruthy();
    });

    it('colours a team alike where it is declared and wherever it is referenced', async () => {
        expect(await lineTokens('it.itsm', 4)).toEqual(['Messaging:struct.declaration']);
        expect(await lineTokens('it.itsm', 7)).toEqual(['Messaging:struct']);
        expect(await lineTokens('shared.itsm', 4)).toContain('Infra:struct');
    });

    it('colours a qualified reference segment by segment: packages as namespaces, the name by its kind', async () => {
        expect(await lineTokens('it.itsm', 8)).toEqual(['acme:namespace', 'shared:namespace', 'Infra:struct']);
    });

    it('colours the package declaration and imports, an imported definition by its kind', async () => {
        expect(await lineTokens('it.itsm', 1)).toEqual(['acme:namespace.declaration', 'it:namespace.declaration']);
        expect(await lineTokens('it.itsm', 2)).toEqual(['acme:namespace', 'shared:namespace', 'ad01:variable']);
        expect(await lineTokens('it.itsm', 3)).toEqual(['acme:namespace', 'shared:namespace']);
    });

    it('leaves an unresolved reference uncoloured', async () => {
        expect(await lineTokens('it.itsm', 9)).toEqual(['ad01:variable']);
    });

    it('colours each kind of definition by its own token type', async () => {
        const all = await tokens('it.itsm');
        expect(all).toContain('Email:type.declaration');
        expect(all).toContain('Standard:enum.declaration');
        expect(all).toContain('Office:event.declaration');
        expect(all).toContain('Gold:interface.declaration');
        expect(all).toContain('Normal:function.declaration');
        expect(await lineTokens('shared.itsm', 3)).toEqual(['Directory:class.declaration', 'site:property.declaration', 'string:type.defaultLibrary', 'required:keyword']);
    });

    it('colours priorities and states as enum members, declared and referenced', async () => {
        expect(await lineTokens('it.itsm', 12)).toEqual(['P1:enumMember.declaration', 'P2:enumMember.declaration']);
        expect(await lineTokens('it.itsm', 14)).toEqual(['high:enumMember.declaration', 'P1:enumMember', 'P2:enumMember']);
        expect(await lineTokens('it.itsm', 19)).toEqual(['New:enumMember.declaration', 'initial:keyword', 'Done:enumMember.declaration', 'final:keyword']);
        expect(await lineTokens('it.itsm', 20)).toEqual(['New:enumMember', 'Done:enumMember']);
        expect(await lineTokens('it.itsm', 17)).toEqual([
            'Gold:interface.declaration', 'Email:type', 'Standard:enum', 'Office:event', '99.5%:number', 'month:keyword', 'P1:enumMember', '15m:number',
        ]);
    });

    it('colours built-in words as keywords, typed literals as numbers and CI attribute names as properties', async () => {
        expect(await lineTokens('it.itsm', 6)).toEqual(['business:keyword', 'live:keyword', '1:number', '99.9%:number']);
        expect(await lineTokens('it.itsm', 16)).toEqual(['Office:event.declaration', 'mon:keyword', 'fri:keyword', '08:00:number', '17:00:number']);
        expect(await lineTokens('shared.itsm', 4)).toEqual([
            'ad01:variable.declaration', 'Directory:class', 'production:keyword', 'Infra:struct', 'site:property',
        ]);
    });

    it('emits tokens in order and never overlapping, over the example catalogue too', async () => {
        const acme = await acmeWorkspace();
        const cases = [...Object.keys(files).map(file => [workspace, file] as const), ...[...acme.documents.keys()].map(file => [acme, file] as const)];
        for (const [ws, file] of cases) {
            const decoded = await decodedTokens(ws, file);
            expect(decoded.length, file).toBeGreaterThan(0);
            for (let i = 1; i < decoded.length; i++) {
                expect(decoded[i].offset, `${file}: ${decoded[i].text} after ${decoded[i - 1].text}`)
                    .toBeGreaterThanOrEqual(decoded[i - 1].offset + decoded[i - 1].text.length);
            }
        }
    });
});

/**
 * Common words of the language are keywords, but they stay usable where no
 * ambiguity can arise: as package segments after a dot, and as CI attribute
 * names (except the words that start a line of a CI's block).
 */
import { GrammarAST, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { ItsmGrammar } from '../../language/generated/grammar.js';
import { buildWorkspace } from '../workspace.js';

function alternativesOf(ruleName: string): string[] {
    const rule = ItsmGrammar().rules.find(r => r.name === ruleName) as GrammarAST.ParserRule;
    return GrammarUtils.getAllReachableRules(ItsmGrammar(), false) && collectKeywords(rule.definition);
}

function collectKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAlternatives(element) || GrammarAST.isGroup(element)) return element.elements.flatMap(collectKeywords);
    return [];
}

/** Every word keyword the grammar uses anywhere except in the name rules themselves. */
function grammarWordKeywords(): string[] {
    const words = new Set<string>();
    for (const rule of ItsmGrammar().rules) {
        if (!GrammarAST.isParserRule(rule) || ['Keyword', 'AttributeName', 'Word'].includes(rule.name)) continue;
        for (const node of [rule.definition, ...streamAll(rule.definition)]) {
            if (GrammarAST.isKeyword(node) && /^[A-Za-z]\w*$/.test(node.value)) words.add(node.value);
        }
    }
    return [...words].sort();
}

function* streamAll(element: GrammarAST.AbstractElement): Generator<GrammarAST.AbstractElement> {
    for (const child of (element as { elements?: GrammarAST.AbstractElement[] }).elements ?? []) {
        yield child;
        yield* streamAll(child);
    }
    const terminal = (element as { terminal?: GrammarAST.AbstractElement }).terminal;
    if (terminal) {
        yield terminal;
        yield* streamAll(terminal);
    }
}

describe('keywords as names', () => {
    it('the Keyword rule lists exactly the word keywords of the grammar', () => {
        expect(alternativesOf('Keyword').sort()).toEqual(grammarWordKeywords());
    });

    it('accepts a keyword as a package segment and in qualified references', async () => {
        const ws = await buildWorkspace({
            'a.itsm': 'package acme.test\nteam Ops {}\n',
            'b.itsm': 'package acme.prod\nimport acme.test.*\nservice S { owner acme.test.Ops support Ops }\n',
        });
        expect(ws.all().filter(d => d.severity === 1)).toEqual([]);
    });

    it('accepts keywords such as vendor, type and email as CI attribute names', async () => {
        const ws = await buildWorkspace({
            'a.itsm': 'ci class Appliance {\n  attribute vendor: string\n  attribute type: string\n  attribute email: email\n}\n' +
                'ci fw01: Appliance {\n  vendor "Acme Networks"\n  type "firewall"\n  email "noc@acme.example"\n  status operational\n}\n',
        });
        expect(ws.all().filter(d => d.severity === 1)).toEqual([]);
        const ci = ws.documents.get('a.itsm')!.parseResult.value.definitions[1] as { attributes: Array<{ attribute: { ref?: { name: string } } }>; status: string };
        expect(ci.attributes.map(a => a.attribute.ref?.name)).toEqual(['vendor', 'type', 'email']);
        expect(ci.status).toBe('operational');
    });
});

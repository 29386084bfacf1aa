/**
 * language-configuration.json: what VS Code reads for comment toggling,
 * brackets, auto-closing, folding, word selection, indentation and doc
 * comment continuation. The regular expressions are evaluated here the way
 * VS Code evaluates them (JavaScript RegExp, first matching onEnter rule).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

interface OnEnterRule {
    beforeText: string;
    afterText?: string;
    previousLineText?: string;
    action: { indent: string; appendText?: string; removeText?: number };
}

interface LanguageConfiguration {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: Array<[string, string]>;
    autoClosingPairs: Array<{ open: string; close: string; notIn?: string[] }>;
    surroundingPairs: Array<[string, string]>;
    folding: { markers: { start: string; end: string } };
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules: OnEnterRule[];
}

const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The words VS Code finds in a line (double-click selection, completion range). */
function words(line: string): string[] {
    return [...line.matchAll(new RegExp(config.wordPattern, 'g'))].map(match => match[0]);
}

/** The action of the first onEnter rule that applies, as VS Code picks it. */
function onEnter(beforeText: string, afterText = '', previousLineText = ''): OnEnterRule['action'] | undefined {
    return config.onEnterRules.find(rule =>
        new RegExp(rule.beforeText).test(beforeText)
        && (rule.afterText === undefined || new RegExp(rule.afterText).test(afterText))
        && (rule.previousLineText === undefined || new RegExp(rule.previousLineText).test(previousLineText)))?.action;
}

it('is the configuration package.json contributes for the itsm language', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const itsm = manifest.contributes.languages.find((language: { id: string }) => language.id === 'itsm');
    expect(itsm.configuration).toBe('./language-configuration.json');
});

it('uses // line comments and /* */ block comments', () => {
    expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
});

it('has exactly the language\'s brackets: braces and parentheses', () => {
    expect(config.brackets).toEqual([['{', '}'], ['(', ')']]);
});

describe('auto-closing and surrounding pairs', () => {
    const pair = (open: string) => config.autoClosingPairs.find(p => p.open === open);

    it('closes braces, parentheses and quotes', () => {
        expect(pair('{')?.close).toBe('}');
        expect(pair('(')?.close).toBe(')');
        expect(pair('"')?.close).toBe('"');
    });

    it('does not close a quote typed inside a string', () => {
        expect(pair('"')?.notIn).toContain('string');
    });

    it('closes a doc comment: /** gets */', () => {
        expect(pair('/**')?.close).toBe(' */');
        expect(pair('/**')?.notIn).toContain('string');
    });

    it('surrounds a selection with braces, parentheses and quotes', () => {
        expect(config.surroundingPairs).toEqual(expect.arrayContaining([['{', '}'], ['(', ')'], ['"', '"']]));
    });
});

describe('folding markers', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);

    it('start a region at // #region and end it at // #endregion', () => {
        expect(start.test('  // #region agreements')).toBe(true);
        expect(end.test('  // #endregion')).toBe(true);
        expect(start.test('// #endregion')).toBe(false);
        expect(end.test('// #region x')).toBe(false);
        expect(start.test('service Region {')).toBe(false);
    });
});

describe('wordPattern', () => {
    it.each(['web-01', 'mx-eu-2', 'acme.it.Email', 'acme.shared.ad-01', '99.9%', '15m', '24x7', '08:00', '2026-12-25', '10.0.1.21'])('takes %s whole', word => {
        expect(words(word)).toEqual([word]);
    });

    it('splits lines at spaces, colons, commas, ranges and arrows', () => {
        expect(words('ci web-01: Server {')).toEqual(['ci', 'web-01', 'Server']);
        expect(words('members acme.it.Infrastructure, acme.it.Messaging')).toEqual(['members', 'acme.it.Infrastructure', 'acme.it.Messaging']);
        expect(words('New->Assess -> Authorize')).toEqual(['New', 'Assess', 'Authorize']);
        expect(words('mon..fri 08:00-18:00')).toEqual(['mon', 'fri', '08:00', '18:00']);
        expect(words('import acme.shared.*')).toEqual(['import', 'acme.shared']);
    });
});

describe('indentation rules', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);

    it('indent after a line that opens a brace', () => {
        expect(increase.test('service Email {')).toBe(true);
        expect(increase.test('authority CAB "Change Advisory Board" {')).toBe(true);
        expect(increase.test('uc CarrierUC {      // a vendor } contract')).toBe(true);
        expect(increase.test('calendar BusinessHours{timezone "Europe/London"')).toBe(true);
        expect(increase.test('team T { lead "Jane {Doe}"')).toBe(true);
    });

    it('do not indent after a brace closed on the same line, or one in a comment', () => {
        expect(increase.test('  P1 { response 15m  resolve 4h }')).toBe(false);
        expect(increase.test('// service Email {')).toBe(false);
        expect(increase.test('  owner Messaging')).toBe(false);
    });

    it('outdent a line that starts with a closing brace', () => {
        expect(decrease.test('}')).toBe(true);
        expect(decrease.test('    }')).toBe(true);
        expect(decrease.test('  owner Messaging')).toBe(false);
    });
});

describe('onEnter rules', () => {
    it('Enter between /** and */ opens a doc comment line " * "', () => {
        expect(onEnter('/**', ' */')).toEqual({ indent: 'indentOutdent', appendText: ' * ' });
    });

    it('Enter after /** text continues the doc comment with " * "', () => {
        expect(onEnter('/** The Change Advisory Board')).toEqual({ indent: 'none', appendText: ' * ' });
    });

    it('Enter on a " * " line inside a doc comment continues it', () => {
        expect(onEnter(' * approves normal changes', '', '/**')).toEqual({ indent: 'none', appendText: '* ' });
        expect(onEnter('   * and standard ones', '', '   * approves normal changes')?.appendText).toBe('* ');
    });

    it('Enter after the closing */ removes the leading space it added', () => {
        expect(onEnter(' */')).toEqual({ indent: 'none', removeText: 1 });
    });

    it('Enter on ordinary lines and closed comments does nothing special', () => {
        expect(onEnter('service Email {')).toBeUndefined();
        expect(onEnter('/** one line */')).toBeUndefined();
        expect(onEnter('/* plain */ tier 1')).toBeUndefined();
        expect(onEnter('  tier 2 * 3')).toBeUndefined();
    });
});

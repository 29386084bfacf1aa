/**
 * `duplicate-property`: a property that takes one value, written twice in one
 * definition, is reported on the repeat with the line of the first; properties
 * that take several values, or the same word in a nested definition, are not.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { build, messageOf, offsetOf, positionAt } from './helpers.js';

async function duplicates(text: string): Promise<Diagnostic[]> {
    const ws = await build(text);
    return ws.all().filter(d => d.code === 'duplicate-property');
}

/** 1-based line of the `occurrence`-th `needle`, as messages print it. */
function lineOf(text: string, needle: string, occurrence = 1): number {
    return positionAt(text, offsetOf(text, needle, occurrence)).line + 1;
}

/**
 * Whether `range` marks the `occurrence`-th `clause` (e.g. `owner Desk`): it lies
 * on that clause and covers at least its value (the keyword may or may not be included).
 */
function marksClause(range: Range, text: string, clause: string, value: string, occurrence = 1): boolean {
    const clauseStart = offsetOf(text, clause, occurrence);
    const valueStart = clauseStart + clause.lastIndexOf(value);
    const [start, valueAt, end] = [positionAt(text, clauseStart), positionAt(text, valueStart), positionAt(text, clauseStart + clause.length)];
    return range.start.line === start.line && range.start.character >= start.character &&
        range.start.character <= valueAt.character && range.end.line === end.line && range.end.character === end.character;
}

describe('duplicate-property', () => {
    it('reports a second `owner` on the second one, naming the line of the first', async () => {
        const text = `team Ops
team Desk
service Email {
  owner Ops
  support Desk
  owner Desk
}
`;
        const [finding, ...others] = await duplicates(text);
        expect(others).toEqual([]);
        expect(marksClause(finding.range, text, 'owner Desk', 'Desk')).toBe(true);
        expect(messageOf(finding)).toContain(`'owner' is already set on line ${lineOf(text, 'owner Ops')}`);
        expect(finding.severity).toBe(1);
        expect(finding.data).toMatchObject({ property: 'owner' });
    });

    it('reports every repeat against the first occurrence', async () => {
        const text = 'team Ops {\n  description "a"\n  description "b"\n  description "c"\n}\nservice S { owner Ops }\n';
        const findings = await duplicates(text);
        expect(findings.map(f => f.range.start.line + 1)).toEqual([lineOf(text, '"b"'), lineOf(text, '"c"')]);
        for (const finding of findings) expect(messageOf(finding)).toContain(`already set on line ${lineOf(text, '"a"')}`);
    });

    it('reports an attribute value set twice on one CI', async () => {
        const text = `ci class Server {
  attribute os: string
  attribute ip: ipv4
}
ci mx01: Server {
  os "Debian"
  ip 10.0.0.1
  os "Ubuntu"
}
`;
        const [finding, ...others] = await duplicates(text);
        expect(others).toEqual([]);
        expect(marksClause(finding.range, text, 'os "Ubuntu"', '"Ubuntu"')).toBe(true);
        expect(messageOf(finding)).toContain(`Attribute 'os' is already set on line ${lineOf(text, 'os "Debian"')}`);
        expect(finding.data).toMatchObject({ property: 'os' });
    });

    it('names flags and clauses by the keyword the author wrote (24x7, a state marker, a target\'s response)', async () => {
        const text = `calendar C {
  24x7
  24x7
}
team Ops { hours C }
priority matrix M { priorities P1 urgency high impact high -> P1 }
sla S {
  priorities M
  P1 { response 1h response 2h resolve 4h }
}
change workflow W {
  states { New initial initial Done final }
  New -> Done
}
`;
        const messages = (await duplicates(text)).map(messageOf);
        expect(messages).toHaveLength(3);
        expect(messages).toEqual(expect.arrayContaining([
            expect.stringContaining(`'24x7' is already set on line ${lineOf(text, '24x7')}`),
            expect.stringContaining(`'response' is already set on line ${lineOf(text, 'response 1h')}`),
            expect.stringContaining(`'initial' is already set on line ${lineOf(text, 'initial')}`),
        ]));
    });

    it('accepts different properties once each', async () => {
        const text = `calendar Always { timezone "UTC" 24x7 description "All day" }
team Ops { lead "Jane" email "ops@acme.example" phone "+44" hours Always description "Ops" }
team Desk
service Email {
  kind business
  status live
  tier 1
  owner Ops
  support Desk
  description "Mail"
  availability 99.9%
}
ci class Server { attribute os: string attribute ip: ipv4 }
ci mx01: Server { environment production status operational owner Ops os "Debian" ip 10.0.0.1 }
`;
        expect(await duplicates(text)).toEqual([]);
    });

    it('accepts properties that take several values written as several clauses', async () => {
        const text = `team Ops
service X { owner Ops }
service Y { owner Ops }
service Email {
  owner Ops
  depends on X
  depends on Y
  realized by X
  realized by Y
}
holidays H { 2026-12-25 }
holidays I { 2026-12-26 }
calendar C { mon 08:00-12:00 tue 08:00-12:00 except holidays H except holidays I }
team Desk { hours C }
`;
        expect(await duplicates(text)).toEqual([]);
    });

    it('does not count a nested offering\'s `description` as the service\'s', async () => {
        const text = 'team Ops\nservice Email {\n  owner Ops\n  description "Mail"\n  offering Std { description "Standard" }\n}\n';
        expect(await duplicates(text)).toEqual([]);
    });

    it('reports a request item\'s second `fulfil within` and a release\'s second `change`, by their keywords', async () => {
        const text = `change workflow C { states { A initial B final } A -> B }
release workflow R {
  change C
  change C
  states { A initial B final } A -> B
}
service S {
  offering O {
    request item I {
      fulfil within 2d
      fulfil within 3d
    }
  }
}`;
        const found = await duplicates(text);
        expect(found.map(d => d.message)).toEqual([
            `'change' is already set on line ${lineOf(text, 'change C')}; only one value is kept, so remove one of them`,
            `'fulfil within' is already set on line ${lineOf(text, 'fulfil within 2d')}; only one value is kept, so remove one of them`,
        ]);
        expect(marksClause(found[1].range, text, 'fulfil within 3d', '3d')).toBe(true);
    });

    it('reports a state role written twice', async () => {
        const found = await duplicates('problem workflow P { states { A initial known-error known-error B final } A -> B }');
        expect(found.map(d => d.message)).toEqual([`'known-error' is already set on line 1; only one value is kept, so remove one of them`]);
    });
});

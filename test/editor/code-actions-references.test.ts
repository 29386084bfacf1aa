/**
 * Quick fixes for the structure rules: unresolved names (the suggestion, a
 * new definition of the expected kind, each candidate of an ambiguous name),
 * unresolved imports, repeated properties, duration units and unused
 * suppressions. Each fix's text is compared in full, and the rebuilt file no
 * longer has the finding.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../workspace.js';
import { expectFix, fixedText, offeredFor, titles } from './code-actions-harness.js';

const teams = `package acme.it

team Messaging
team Ops
`;

describe('unresolved-reference', () => {
    const files = {
        'a.itsm': `${teams}
service Email {
  status pipeline
  owner Mesaging
}
`,
    };

    it('offers the suggestion and a new definition, but no suppression', async () => {
        const offered = await offeredFor(files, 'a.itsm', 'unresolved-reference');
        expect(titles(offered)).toEqual(["Change to 'Messaging'", "Create team 'Mesaging'"]);
        expect(offered.actions[0].isPreferred).toBe(true);
        expect(offered.actions[0].diagnostics).toEqual([offered.diagnostic]);
    });

    it("changes the name to the suggestion", async () => {
        await expectFix(files, 'a.itsm', 'unresolved-reference', "Change to 'Messaging'", files['a.itsm'].replace('Mesaging', 'Messaging'));
    });

    it('creates a team at the end of the file', async () => {
        await expectFix(files, 'a.itsm', 'unresolved-reference', "Create team 'Mesaging'", `${files['a.itsm']}\nteam Mesaging {}\n`);
    });

    it('creates a service skeleton with the first team in scope as owner and support', async () => {
        const source = `${teams}\nservice Email {\n  depends on Directory\n}`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unresolved-reference', "Create service 'Directory'",
            `${source}\n\nservice Directory {\n  kind technical\n  status pipeline\n  owner Messaging\n  support Messaging\n}\n`);
    });

    it('creates a calendar, a priority matrix, an OLA and a change authority that raise nothing themselves', async () => {
        const source = `${teams}
sla Gold {
  hours Office
  priorities Standard
  underpinned by OpsOLA
}

change workflow Normal {
  type normal
  states {
    New initial
    Approve approval by Board
    Done final
  }
  New -> Approve -> Done
}
`;
        const created = [
            ["Create calendar 'Office'", 'calendar Office {\n  timezone "UTC"\n  mon..fri 09:00-17:00\n}'],
            ["Create priority matrix 'Standard'", 'priority matrix Standard {\n  priorities P1, P2, P3\n  urgency high low\n  impact high -> P1 P2\n  impact low -> P2 P3\n}'],
            ["Create OLA 'OpsOLA'", 'ola OpsOLA {\n  provider Messaging\n}'],
            ["Create change authority 'Board'", 'authority Board'],
        ];
        let text = source;
        for (const [title, definition] of created) {
            const offered = await offeredFor({ 'a.itsm': text }, 'a.itsm', 'unresolved-reference');
            const fixed = fixedText(offered, title);
            expect(fixed).toBe(`${text}\n${definition}\n`);
            text = fixed;
        }
        const rebuilt = await buildWorkspace({ 'a.itsm': text });
        // The new definitions resolve every name; the only finding left (but hints) is about the targets the SLA lacks.
        expect(rebuilt.diagnostics('a.itsm').filter(d => d.severity !== 4).map(d => d.code)).toEqual(['sla-missing-priority-target']);
    });

    it('creates a CI of the first class in scope, and a state inside the workflow', async () => {
        const source = `${teams}
ci class Server

service Email {
  realized by mx01
}

change workflow Normal {
  states {
    New initial
  }
  New -> Done
}
`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unresolved-reference', "Create CI 'mx01'", `${source}\nci mx01: Server\n`);
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unresolved-reference', "Create state 'Done'",
            source.replace('    New initial\n', '    New initial\n    Done\n'), 1);
    });

    it("creates a holiday list, a CI class, and an SLA for the offering's service", async () => {
        const source = `${teams}
calendar Office {
  timezone "UTC"
  except holidays UK
}

ci mx01: Relay

service Email {
  owner Ops
  offering EmailStandard { sla Gold }
}
`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unresolved-reference', "Create holiday list 'UK'", `${source}\nholidays UK {}\n`);
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unresolved-reference', "Create CI class 'Relay'", `${source}\nci class Relay\n`, 1);
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unresolved-reference', "Create SLA 'Gold'", `${source}\nsla Gold {\n  service Email\n}\n`, 2);
    });

    it('offers no new definition for a qualified name', async () => {
        const offered = await offeredFor({ 'a.itsm': `${teams}\nservice Email { owner acme.other.Ops }\n` }, 'a.itsm', 'unresolved-reference');
        expect(titles(offered).filter(t => t.startsWith('Create'))).toEqual([]);
    });

    it("offers 'Use' for each definition an ambiguous name could mean", async () => {
        const ambiguous = {
            'x.itsm': 'package acme.x\n\nteam Ops\n',
            'y.itsm': 'package acme.y\n\nteam Ops\n',
            'a.itsm': 'package acme.it\n\nimport acme.x.*\nimport acme.y.*\n\nservice Email {\n  owner Ops\n}\n',
        };
        const offered = await offeredFor(ambiguous, 'a.itsm', 'unresolved-reference');
        expect(titles(offered)).toEqual(["Use 'acme.x.Ops'", "Use 'acme.y.Ops'"]);
        await expectFix(ambiguous, 'a.itsm', 'unresolved-reference', "Use 'acme.y.Ops'", ambiguous['a.itsm'].replace('owner Ops', 'owner acme.y.Ops'));
    });
});

describe('import-unresolved', () => {
    it('replaces the import with the closest package', async () => {
        const files = { 's.itsm': 'package acme.shared\n\nteam Infra\n', 'a.itsm': 'package acme.it\n\nimport acme.shard.*\n\nteam Ops\n' };
        const offered = await offeredFor(files, 'a.itsm', 'import-unresolved');
        expect(titles(offered)[0]).toBe("Change to 'acme.shared.*'");
        await expectFix(files, 'a.itsm', 'import-unresolved', "Change to 'acme.shared.*'", files['a.itsm'].replace('shard', 'shared'));
    });
});

describe('duplicate-property', () => {
    it('removes the repeated line, keyword and all', async () => {
        const source = `${teams}\nservice Email {\n  owner Ops\n  status pipeline\n  owner Messaging\n}\n`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'duplicate-property', "Remove the repeated 'owner Messaging'",
            source.replace('  owner Messaging\n', ''));
    });

    it('removes an availability with its period, and a repeated value inside a line', async () => {
        const sla = `${teams}\nsla Gold {\n  availability 99.9% per month\n  availability 99.5% per week // older figure\n}\n`;
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'duplicate-property', "Remove the repeated 'availability 99.5% per week'",
            sla.replace('  availability 99.5% per week // older figure\n', ''));
        const target = `${teams}\nsla Gold {\n  P1 { response 5m response 10m resolve 1h }\n}\n`;
        await expectFix({ 'a.itsm': target }, 'a.itsm', 'duplicate-property', "Remove the repeated 'response 10m'",
            target.replace(' response 10m', ''));
    });
});

describe('invalid-value on a duration', () => {
    const sla = (value: string) => `${teams}\nsla Gold {\n  P1 { response ${value} resolve 4h }\n}\n`;

    it('changes a unit word it recognises', async () => {
        const offered = await offeredFor({ 'a.itsm': sla('15min') }, 'a.itsm', 'invalid-value');
        expect(titles(offered)[0]).toBe('Change to 15m');
        await expectFix({ 'a.itsm': sla('15min') }, 'a.itsm', 'invalid-value', 'Change to 15m', sla('15m'));
        await expectFix({ 'a.itsm': sla('2H') }, 'a.itsm', 'invalid-value', 'Change to 2h', sla('2h'));
    });

    it('offers every unit when the unit means none of them', async () => {
        const offered = await offeredFor({ 'a.itsm': sla('15x') }, 'a.itsm', 'invalid-value');
        expect(titles(offered).slice(0, 4)).toEqual(['Change to 15m (minutes)', 'Change to 15h (hours)', 'Change to 15d (days)', 'Change to 15w (weeks)']);
        expect(offered.actions.some(a => a.isPreferred)).toBe(false);
        await expectFix({ 'a.itsm': sla('15x') }, 'a.itsm', 'invalid-value', 'Change to 15m (minutes)', sla('15m'));
    });
});

describe('unused-suppression', () => {
    it('removes a suppression comment on its own line, with the line', async () => {
        const source = `${teams}\n// itsm-disable-next-line service-missing-owner -- migrated later\nservice Email { status pipeline }\n`;
        const offered = await offeredFor({ 'a.itsm': source }, 'a.itsm', 'unused-suppression');
        expect(titles(offered)).toEqual(['Remove the suppression comment']);
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unused-suppression', 'Remove the suppression comment',
            source.replace('// itsm-disable-next-line service-missing-owner -- migrated later\n', ''));
    });

    it('removes only the code that suppresses nothing when the comment names others', async () => {
        const source = `${teams}\nservice Email {\n  status live\n  // itsm-disable-next-line tier-inversion, service-missing-owner -- reason\n  support Ops\n}\n`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'unused-suppression', "Remove 'tier-inversion' from the suppression",
            source.replace('tier-inversion, ', ''));
    });
});

/**
 * Name resolution: packages and imports, references by kind, names that are
 * local to a workflow, a matrix or a CI class, duplicates, and the
 * "did you mean" suggestions of unresolved names.
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import { describe, expect, it } from 'vitest';
import {
    isCiClass, isConfigurationItem, isPriorityMatrix, isService, isSla, isTeam, isWorkflow,
} from '../../language/generated/ast.js';
import type { Range } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../workspace.js';
import { build, coreProblems, definition, messageOf, rangeOf } from './helpers.js';

/** The file a reference resolved into, or undefined when it did not resolve. */
function fileOf(reference: Reference | undefined): string | undefined {
    const target: AstNode | undefined = reference?.ref;
    return target ? AstUtils.getDocument(target).uri.path.replace('/ws/', '') : undefined;
}

function unresolved(workspace: TestWorkspace) {
    return workspace.all().filter(d => d.code === 'unresolved-reference');
}

/** Errors of one file whose range is exactly `range`. */
function errorsAt(workspace: TestWorkspace, file: string, range: Range) {
    return workspace.all().filter(d => d.file === file && d.severity === 1 && JSON.stringify(d.range) === JSON.stringify(range));
}

describe('packages and imports', () => {
    it('resolves a name defined in another file of the same package', async () => {
        const ws = await build({
            'teams.itsm': 'package acme.it\nteam Ops\n',
            'services.itsm': 'package acme.it\nservice Email { owner Ops }\n',
        });
        const email = definition(ws, 'Email', isService, 'services.itsm');
        expect(email.owner?.ref?.name).toBe('Ops');
        expect(fileOf(email.owner)).toBe('teams.itsm');
        expect(coreProblems(ws)).toEqual([]);
    });

    it('resolves a name of a package imported with a wildcard', async () => {
        const ws = await build({
            'shared.itsm': 'package acme.shared\ncalendar Always { 24x7 }\n',
            'people.itsm': 'package acme.it\nimport acme.shared.*\nteam Ops { hours Always }\n',
        });
        expect(fileOf(definition(ws, 'Ops', isTeam, 'people.itsm').hours)).toBe('shared.itsm');
        expect(coreProblems(ws)).toEqual([]);
    });

    it('resolves the simple name of a single import, and nothing else of that package', async () => {
        const text = 'package acme.it\nimport acme.shared.ad01\nservice Directory { realized by ad01, ad02 }\n';
        const ws = await build({
            'shared.itsm': 'package acme.shared\nci class Dc\nci ad01: Dc\nci ad02: Dc\n',
            'services.itsm': text,
        });
        const [ad01, ad02] = definition(ws, 'Directory', isService, 'services.itsm').realizedBy;
        expect(fileOf(ad01)).toBe('shared.itsm');
        expect(ad01.ref?.name).toBe('ad01');
        expect(ad02.ref).toBeUndefined();
        expect(unresolved(ws).map(d => d.range)).toEqual([rangeOf(text, 'ad02')]);
    });

    it('resolves a fully qualified name without any import', async () => {
        const ws = await build({
            'shared.itsm': 'package acme.shared\nteam Infrastructure\n',
            'services.itsm': 'package acme.it\nservice Dns { owner acme.shared.Infrastructure }\n',
        });
        expect(fileOf(definition(ws, 'Dns', isService, 'services.itsm').owner)).toBe('shared.itsm');
        expect(coreProblems(ws)).toEqual([]);
    });

    it('indexes offerings under their service, so `Email.EmailStandard` can be imported', async () => {
        const ws = await build({
            'services.itsm': 'package acme.it\nservice Email { offering EmailStandard }\n',
            'other.itsm': 'package acme.hr\nimport acme.it.Email.EmailStandard\nteam T\n',
        });
        const index = ws.services.Itsm.references.DefinitionIndex;
        expect(index.lookup('acme.it.Email.EmailStandard').map(d => d.type)).toEqual(['Offering']);
        expect(index.lookup('acme.it.EmailStandard')).toEqual([]);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('prefers the own package over a wildcard import that defines the same name', async () => {
        const ws = await build({
            'shared.itsm': 'package acme.shared\nteam Ops { email "shared@acme.example" }\n',
            'it.itsm': 'package acme.it\nimport acme.shared.*\nteam Ops { email "it@acme.example" }\nservice Email { owner Ops }\n',
        });
        const owner = definition(ws, 'Email', isService, 'it.itsm').owner;
        expect(fileOf(owner)).toBe('it.itsm');
        expect(owner?.ref?.email).toBe('it@acme.example');
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('references by kind', () => {
    it('does not resolve a service named where a team is expected', async () => {
        const text = 'service Directory\nservice Email { owner Directory }\n';
        const ws = await build(text);
        expect(definition(ws, 'Email', isService).owner?.ref).toBeUndefined();
        const [finding] = unresolved(ws);
        expect(finding.range).toEqual(rangeOf(text, 'Directory', 2));
        expect(messageOf(finding)).toMatch(/^Unknown team 'Directory'\./);
        expect(messageOf(finding)).not.toContain('Did you mean');
    });

    it('looks past a definition of the wrong kind to an imported one of the right kind', async () => {
        const ws = await build({
            'shared.itsm': 'package acme.shared\nteam Ops\n',
            'it.itsm': 'package acme.it\nimport acme.shared.*\nservice Ops { owner Ops }\n',
        });
        const owner = definition(ws, 'Ops', isService, 'it.itsm').owner;
        expect(owner?.ref?.$type).toBe('Team');
        expect(fileOf(owner)).toBe('shared.itsm');
    });
});

describe('local scopes', () => {
    it('lets a transition name only the states of its own workflow', async () => {
        const text = `change workflow A { states { New initial Done final } New -> Done }
change workflow B { states { Start initial End final } Start -> Done }
`;
        const ws = await build(text);
        const transition = definition(ws, 'B', isWorkflow).transitions[0];
        expect(transition.steps[0].ref).toBe(definition(ws, 'B', isWorkflow).states[0]);
        expect(transition.steps[1].ref).toBeUndefined();
        const [finding] = unresolved(ws);
        expect(finding.range).toEqual(rangeOf(text, 'Done', 3));
        expect(messageOf(finding)).toBe("Unknown state 'Done' in workflow B.");
    });

    it('lets a priority target name only the priorities of its agreement\'s matrix', async () => {
        const text = `priority matrix M1 { priorities P1 urgency high impact high -> P1 }
priority matrix M2 { priorities Q1 urgency high impact high -> Q1 }
sla S { priorities M1 P1 { response 1h resolve 2h } Q1 { response 1h resolve 2h } }
`;
        const ws = await build(text);
        const [p1, q1] = definition(ws, 'S', isSla).targets;
        expect(p1.priority.ref).toBe(definition(ws, 'M1', isPriorityMatrix).levels[0]);
        expect(q1.priority.ref).toBeUndefined();
        expect(unresolved(ws).map(d => d.range)).toEqual([rangeOf(text, 'Q1', 3)]);
    });

    it('lets an impact row name only the priorities of its own matrix', async () => {
        const text = 'priority matrix M1 { priorities P1 urgency high impact high -> P1 }\n' +
            'priority matrix M2 { priorities Q1 urgency high impact high -> P1 }\n';
        const ws = await build(text);
        expect(definition(ws, 'M2', isPriorityMatrix).rows[0].cells[0].ref).toBeUndefined();
        expect(unresolved(ws).map(d => d.range)).toEqual([rangeOf(text, 'P1', 3)]);
    });

    it('lets an attribute value name the attributes of the CI\'s class and superclasses, not of other classes', async () => {
        const text = `ci class Base { attribute os: string }
ci class Server extends Base { attribute cores: integer }
ci class Printer { attribute colour: string }
ci mx01: Server {
  cores 8
  os "Debian"
  colour "red"
}
`;
        const ws = await build(text);
        const ci = definition(ws, 'mx01', isConfigurationItem);
        expect(ci.attributes.map(a => a.attribute.ref?.$container.name)).toEqual(['Server', 'Base', undefined]);
        expect(definition(ws, 'Printer', isCiClass).attributes[0].name).toBe('colour');
        // Reported at the name (by the linker or by the CMDB rule that explains which attributes there are).
        const atColour = ws.all().filter(d => d.severity === 1 && JSON.stringify(d.range) === JSON.stringify(rangeOf(text, 'colour', 2)));
        expect(atColour).toHaveLength(1);
    });
});

describe('duplicate definitions', () => {
    it('reports both definitions of a name in one file, each naming the other\'s line', async () => {
        const text = 'package p\nteam Ops\nservice S { owner Ops }\nteam Ops\n';
        const ws = await build(text);
        const findings = ws.all().filter(d => d.code === 'duplicate-definition');
        expect(findings.map(d => d.range)).toEqual([rangeOf(text, 'Ops', 1), rangeOf(text, 'Ops', 3)]);
        expect(messageOf(findings[0])).toContain('also at line 4');
        expect(messageOf(findings[1])).toContain('also at line 2');
    });

    it('reports both definitions of a name across files, each naming the other file and line', async () => {
        const ws = await build({ 'a.itsm': 'package p\nteam Ops\n', 'b.itsm': 'package p\n\n\nteam Ops\n' });
        const findings = ws.all().filter(d => d.code === 'duplicate-definition');
        expect(findings.map(d => [d.file, messageOf(d)])).toEqual([
            ['a.itsm', expect.stringContaining("'p.Ops' is defined more than once (also at b.itsm:4)")],
            ['b.itsm', expect.stringContaining("'p.Ops' is defined more than once (also at a.itsm:2)")],
        ]);
    });
});

describe('ambiguous names', () => {
    const teams = { 'a.itsm': 'package a\nteam Ops\n', 'b.itsm': 'package b\nteam Ops\n' };

    // With `import a.*` and `import b.*` both defining Ops, `owner Ops` is ambiguous: swapping the
    // import lines must not silently change the owner.
    it('reports a name that two wildcard imports both provide, rather than taking the first', async () => {
        const text = 'package c\nimport a.*\nimport b.*\nservice S { owner Ops }\n';
        const ws = await build({ ...teams, 'c.itsm': text });
        const errors = errorsAt(ws, 'c.itsm', rangeOf(text, 'Ops'));
        expect(errors).toHaveLength(1);
        expect(errors[0].message).toContain("'Ops' is ambiguous: 'a.Ops' and 'b.Ops'");
    });

    // Of `import a.Ops` and `import b.Ops` the first is used and the second is reported.
    it('reports two single imports of one simple name', async () => {
        const text = 'package c\nimport a.Ops\nimport b.Ops\nservice S { owner Ops }\n';
        const ws = await build({ ...teams, 'c.itsm': text });
        const findings = ws.all().filter(d => d.file === 'c.itsm' && d.severity === 1);
        expect(findings.map(d => d.code)).toEqual(['import-conflict']);
        expect(fileOf(definition(ws, 'S', isService, 'c.itsm').owner)).toBe('a.itsm');
    });

    it('lets a single import win over a wildcard import', async () => {
        const ws = await build({ ...teams, 'c.itsm': 'package c\nimport a.*\nimport b.Ops\nservice S { owner Ops }\n' });
        expect(fileOf(definition(ws, 'S', isService, 'c.itsm').owner)).toBe('b.itsm');
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('duplicate local names', () => {
    // A name repeated inside its container could never be used: every reference goes to the first.
    it('reports two states of one workflow with one name', async () => {
        const text = 'change workflow W {\n  states { New initial  New final }\n  New -> New\n}\n';
        const ws = await build(text);
        expect(errorsAt(ws, 'main.itsm', rangeOf(text, 'New', 2)).map(d => d.code)).toContain('duplicate-local-name');
    });

    it('reports two priorities of one matrix with one name', async () => {
        const text = 'priority matrix M {\n  priorities P1, P1\n  urgency high\n  impact high -> P1\n}\nsla S { priorities M }\n';
        const ws = await build(text);
        expect(errorsAt(ws, 'main.itsm', rangeOf(text, 'P1', 2)).map(d => d.code)).toContain('duplicate-local-name');
    });

    it('reports two attributes of one CI class with one name', async () => {
        const text = 'ci class Server {\n  attribute os: string\n  attribute os: integer\n}\nci mx01: Server { os 5 }\n';
        const ws = await build(text);
        expect(errorsAt(ws, 'main.itsm', rangeOf(text, 'os', 2)).map(d => d.code)).toContain('duplicate-local-name');
    });

    it('reports two request items of one offering with one name, and not items of two offerings', async () => {
        const text = 'service S {\n  offering A {\n    request item Laptop\n    request item Laptop\n  }\n  offering B { request item Laptop }\n}\n';
        const ws = await build(text);
        const found = ws.all().filter(d => d.code === 'duplicate-local-name');
        expect(found.map(d => [d.range, messageOf(d)])).toEqual([[rangeOf(text, 'Laptop', 2),
            "Request item 'Laptop' is declared twice in offering A (first on line 3); the generated catalogue items would share one name"]]);
    });
});

describe('suggestions for unresolved names', () => {
    const text = `package p
team Messaging
service S {
  owner Mesaging
  support p.Mesaging
}
service T { owner Xyzzy }
`;

    it('suggests the closest name, plain or qualified, in the message and in the data', async () => {
        const ws = await build(text);
        const [plain, qualified] = unresolved(ws);
        expect(plain.range).toEqual(rangeOf(text, 'Mesaging'));
        expect(messageOf(plain)).toBe("Unknown team 'Mesaging'. Did you mean 'Messaging'?");
        expect(plain.data).toMatchObject({ suggestion: 'Messaging', refText: 'Mesaging', expectedType: 'Team' });
        expect(qualified.range).toEqual(rangeOf(text, 'p.Mesaging'));
        expect(messageOf(qualified)).toBe("Unknown team 'p.Mesaging'. Did you mean 'p.Messaging'?");
        expect(qualified.data).toMatchObject({ suggestion: 'p.Messaging' });
    });

    it('suggests nothing when no name of the right kind is close', async () => {
        const ws = await build(text + 'service Emial\nservice U { owner Email }\n');
        const far = unresolved(ws).find(d => (d.data as { refText?: string }).refText === 'Xyzzy')!;
        expect(messageOf(far)).toBe("Unknown team 'Xyzzy'.");
        expect((far.data as { suggestion?: string }).suggestion).toBeUndefined();
        // `Emial` is close to `Email`, but it is a service, not a team.
        const wrongKind = unresolved(ws).find(d => (d.data as { refText?: string }).refText === 'Email')!;
        expect(messageOf(wrongKind)).toMatch(/^Unknown team 'Email'\./);
        expect(messageOf(wrongKind)).not.toContain('Did you mean');
        expect((wrongKind.data as { suggestion?: string }).suggestion).toBeUndefined();
    });

    it('suggests names reached through a wildcard import, and states of the workflow', async () => {
        const ws = await build({
            'shared.itsm': 'package acme.shared\ncalendar Always { 24x7 }\n',
            'it.itsm': 'package acme.it\nimport acme.shared.*\nteam Ops { hours Alwayz }\n' +
                'change workflow W { states { New initial Closed final } New -> Closd }\n',
        });
        expect(unresolved(ws).map(d => (d.data as { suggestion?: string }).suggestion)).toEqual(['Always', 'Closed']);
    });
});

describe('every diagnostic', () => {
    it('carries a code, the source `itsm` and a link to the rule\'s page', async () => {
        const ws = await build({
            'a.itsm': 'package p\nteam Ops\nteam Ops\nservice S { owner Opz availability 120% }\n',
            'b.itsm': 'package p\ncalendar C { mon 18:00-08:00 }\nholidays H { 2026-02-30 }\n}\n',
        });
        const all = ws.all();
        expect(all.map(d => d.code)).toEqual(expect.arrayContaining([
            'duplicate-definition', 'unresolved-reference', 'sla-availability-out-of-range',
            'calendar-invalid-range', 'invalid-value', 'syntax-error',
        ]));
        for (const diagnostic of all) {
            expect(diagnostic.code, messageOf(diagnostic)).toEqual(expect.any(String));
            expect(diagnostic.source).toBe('itsm');
            expect(diagnostic.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${String(diagnostic.code)}\\.md$`));
        }
    });
});

describe('suggestions with swapped letters', () => {
    it('suggests a state whose two letters were swapped', async () => {
        const text = 'change workflow W {\n  states { New initial  Done final }\n  Nwe -> Done\n}\n';
        const ws = await build(text);
        expect(ws.all().map(d => d.message)).toContain("Unknown state 'Nwe' in workflow W. Did you mean 'New'?");
    });
});

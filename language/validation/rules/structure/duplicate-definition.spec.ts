import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'duplicate-definition';

describe(CODE, () => {
    it('flags both definitions of one name in a file, each naming the line of the other', async () => {
        const text = `team Messaging {
  email "messaging@acme.example"
}
team Messaging {
  email "mail-ops@acme.example"
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([
            expect.objectContaining({
                severity: 'error',
                ...spanOf(text, 'Messaging', 1),
                message: "'Messaging' is defined more than once (also at line 4); names must be unique in the workspace",
                data: expect.objectContaining({ qualifiedName: 'Messaging' }),
            }),
            expect.objectContaining({
                severity: 'error',
                ...spanOf(text, 'Messaging', 2),
                message: "'Messaging' is defined more than once (also at line 1); names must be unique in the workspace",
            }),
        ]);
    });

    it('flags one qualified name in two files, naming the other file relative to this one', async () => {
        const a = 'package acme.it\nteam Ops\n';
        const b = 'package acme.it\n\nteam Ops {\n  email "ops@acme.example"\n}\n';
        const findings = await findingsOf(CODE, { 'a.itsm': a, 'teams/b.itsm': b });
        expect(findings).toEqual([
            expect.objectContaining({
                file: 'a.itsm',
                ...spanOf(a, 'Ops'),
                message: "'acme.it.Ops' is defined more than once (also at teams/b.itsm:3); names must be unique in the workspace",
                data: expect.objectContaining({ qualifiedName: 'acme.it.Ops' }),
            }),
            expect.objectContaining({
                file: 'teams/b.itsm',
                ...spanOf(b, 'Ops'),
                message: "'acme.it.Ops' is defined more than once (also at ../a.itsm:2); names must be unique in the workspace",
            }),
        ]);
    });

    it('lists every other definition when a name is used three times', async () => {
        const text = 'authority CAB\nauthority CAB "Change Advisory Board"\nauthority CAB\n';
        const messages = (await findingsOf(CODE, text)).map(f => f.message);
        expect(messages).toEqual([
            "'CAB' is defined more than once (also at line 2, line 3); names must be unique in the workspace",
            "'CAB' is defined more than once (also at line 1, line 3); names must be unique in the workspace",
            "'CAB' is defined more than once (also at line 1, line 2); names must be unique in the workspace",
        ]);
    });

    it('flags a team and a service that share a qualified name, whatever their kinds', async () => {
        const text = 'package acme.it\nteam Email\nservice Email {\n  owner Email\n}\n';
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => ({ line: f.line, column: f.column, endColumn: f.endColumn }))).toEqual([
            { line: 2, column: 6, endColumn: 11 },
            { line: 3, column: 9, endColumn: 14 },
        ]);
        expect(findings[0].message).toBe("'acme.it.Email' is defined more than once (also at line 3); names must be unique in the workspace");
    });

    it('flags two offerings of one name in one service', async () => {
        const text = `service Email {
  offering Standard { audience "All staff" }
  offering Standard { audience "Board members" }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(2);
        expect(findings[1]).toMatchObject({
            ...spanOf(text, 'Standard', 2),
            message: "'Email.Standard' is defined more than once (also at line 2); names must be unique in the workspace",
        });
    });

    it('accepts one simple name in two packages, and offerings of one name in two services', async () => {
        const files = {
            'it.itsm': 'package acme.it\nteam Ops\nservice Email { offering Standard }\n',
            'hr.itsm': 'package acme.hr\nteam Ops\nservice Payroll { offering Standard }\nservice Email { offering Premium }\n',
        };
        expect(await codesOf(files)).not.toContain('syntax-error');
        expect(await findingsOf(CODE, files)).toEqual([]);
    });
});

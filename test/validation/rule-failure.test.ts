/**
 * A rule that throws must not take the others down: it becomes one
 * `internal-error` diagnostic naming the rule (the stack goes to the log, which
 * is the server's log in the editor), and every other rule still reports.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyFileSystem, URI, type AstNode } from 'langium';
import { createItsmServices } from '../../language/itsm-module.js';
import { INTERNAL_ERROR_CODE, RULES } from '../../language/validation/index.js';

type Checks = Record<string, (node: AstNode, context: unknown) => void>;

const restore: Array<() => void> = [];
afterEach(() => {
    for (const undo of restore.splice(0)) undo();
    vi.restoreAllMocks();
});

/** Makes one rule's check of `type` throw, for services created from now on (rules are registered at creation). */
function breakRule(code: string, type: string): void {
    const rule = RULES.find(r => r.code === code)!;
    const checks = rule.checks as Checks;
    const original = checks[type];
    checks[type] = () => { throw new TypeError(`boom in ${code}`); };
    restore.push(() => { checks[type] = original; });
}

describe('a rule that throws', () => {
    it('is one internal-error diagnostic naming the rule, its stack is logged, and the other rules still run', async () => {
        breakRule('duplicate-property', 'Team');
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = createItsmServices(EmptyFileSystem);
        const workspace = services.shared.workspace;
        const document = workspace.LangiumDocumentFactory.fromString(
            'team T {\n  email "a"\n  email "b"\n}\nservice S { owner Nobody }\nteam T {}\n',
            URI.parse('file:///rules/broken.itsm'));
        workspace.LangiumDocuments.addDocument(document);
        await workspace.DocumentBuilder.build([document], { validation: true });

        const diagnostics = document.diagnostics ?? [];
        const internal = diagnostics.filter(d => d.code === INTERNAL_ERROR_CODE);
        // One per Team the broken check saw, each at its node, naming the rule and the reason.
        expect(internal.map(d => d.range.start.line)).toEqual([0, 5]);
        expect(internal[0].message).toBe('Rule duplicate-property could not check this Team: boom in duplicate-property. This is a bug in the rule; the other rules still ran.');
        expect(internal[0].data).toMatchObject({ code: INTERNAL_ERROR_CODE, rule: 'duplicate-property' });
        // The stack is in the log.
        const stacks = logged.mock.calls.map(call => call.map(a => (a instanceof Error ? a.stack : String(a))).join(' '));
        expect(stacks.some(s => s.includes('Rule duplicate-property failed on a Team') && s.includes('TypeError: boom in duplicate-property') && s.includes('rule-failure.test.ts'))).toBe(true);
        // The other rules still report, on the same nodes too.
        const codes = new Set(diagnostics.map(d => d.code));
        expect(codes).toContain('duplicate-definition');
        expect(codes).toContain('unresolved-reference');
        expect(diagnostics.some(d => d.code === 'duplicate-property')).toBe(false);
    });

    it('fails alone: the same rule on another type still reports', async () => {
        breakRule('duplicate-property', 'Team');
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = createItsmServices(EmptyFileSystem);
        const workspace = services.shared.workspace;
        const document = workspace.LangiumDocumentFactory.fromString('service S {\n  kind business\n  kind technical\n}\n', URI.parse('file:///rules/service.itsm'));
        workspace.LangiumDocuments.addDocument(document);
        await workspace.DocumentBuilder.build([document], { validation: true });
        const codes = (document.diagnostics ?? []).map(d => d.code);
        expect(codes).toContain('duplicate-property');
        expect(codes).not.toContain(INTERNAL_ERROR_CODE);
    });
});

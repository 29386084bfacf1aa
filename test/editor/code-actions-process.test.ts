/**
 * Quick fixes of the process workflow rules: each fix's text is compared in
 * full, and the rebuilt file no longer has the finding (expectFix checks it).
 */
import { describe, expect, it } from 'vitest';
import { expectFix, offeredFor, titles } from './code-actions-harness.js';

describe('process workflows', () => {
    it('marks the state named like a resolved state `resolved`', async () => {
        const source = 'incident workflow I {\n  states {\n    New initial\n    Resolving\n    Closed final\n  }\n  New -> Resolving -> Closed\n}\n';
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'incident-without-resolved-state', "Mark 'Resolving' resolved",
            source.replace('    Resolving\n', '    Resolving resolved\n'));
    });

    it('marks the state named like a known error `known-error`, and offers nothing without a candidate', async () => {
        const source = 'problem workflow P {\n  states {\n    New initial\n    KnownError\n    Closed final\n  }\n  New -> KnownError -> Closed\n}\n';
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'problem-without-known-error-state', "Mark 'KnownError' known-error",
            source.replace('    KnownError\n', '    KnownError known-error\n'));
        const none = source.replaceAll('KnownError', 'Analysis');
        expect(titles(await offeredFor({ 'a.itsm': none }, 'a.itsm', 'problem-without-known-error-state'))
            .filter(t => t.startsWith('Mark'))).toEqual([]);
    });

    it('takes `final` off a resolved state', async () => {
        const source = 'incident workflow I {\n  states {\n    New initial\n    Resolved resolved final\n    Closed final\n  }\n  New -> Resolved\n  New -> Closed\n}\n';
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'incident-resolved-state-is-final', "Remove 'final' from Resolved",
            source.replace('Resolved resolved final', 'Resolved resolved'));
    });

    const changes = 'change workflow Normal {\n  type normal\n  states { A initial B final }\n  A -> B\n}\n' +
        'change workflow Hotfix {\n  type emergency\n  states { A initial B final }\n  A -> B\n}\n';

    it('adds `change <emergency change>` after the type of an emergency release', async () => {
        const release = 'release workflow R {\n  type emergency\n  states {\n    A initial\n    B final\n  }\n  A -> B\n}\n';
        await expectFix({ 'a.itsm': changes + release }, 'a.itsm', 'emergency-release-without-emergency-change', "Add 'change Hotfix'",
            changes + release.replace('  type emergency\n', '  type emergency\n  change Hotfix\n'));
    });

    it('replaces a normal change named by an emergency release, offering only emergency changes', async () => {
        const source = `${changes}release workflow R {\n  type emergency\n  change Normal\n  states {\n    A initial\n    B final\n  }\n  A -> B\n}\n`;
        const offered = await offeredFor({ 'a.itsm': source }, 'a.itsm', 'emergency-release-without-emergency-change');
        expect(titles(offered).filter(t => t.startsWith('Name'))).toEqual(['Name Hotfix instead']);
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'emergency-release-without-emergency-change', 'Name Hotfix instead',
            source.replace('  change Normal\n', '  change Hotfix\n'));
    });
});

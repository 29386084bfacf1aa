import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';
import { AGREEMENTS } from './fixture.js';

const CODE = 'kpi-target-mismatch';

describe(CODE, () => {
    it('flags a duration target on a share, on the value', async () => {
        const text = AGREEMENTS + 'kpi P1Fixed {\n  measures resolution within Gold P1\n  target >= 4h per month\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'error', ...spanOf(text, '4h', 2) });
        expect(finding.message).toBe('KPI P1Fixed measures resolution within Gold P1, so its target is a percentage, not a duration');
    });

    it('flags the wrong direction, on the operator, and a percentage over 100', async () => {
        const text = AGREEMENTS + [
            'kpi Uptime { measures availability of Gold target <= 99.9% }',
            'kpi Mttr { service Email measures restore time target >= 2h }',
            'kpi Over { measures response within Gold P1 target >= 101% }',
        ].join('\n');
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'KPI Uptime measures availability of Gold, where more is better: its target is at least (>=), write `>=`',
            'KPI Mttr measures restore time, where more is worse: its target is at most (<=), write `<=`',
            'KPI Over targets 101%, more than 100%',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, '<='));
        expect(findings[1]).toMatchObject(spanOf(text, '>='));
        expect(findings[2]).toMatchObject(spanOf(text, '101%'));
    });

    it('accepts targets of the right kind and direction', async () => {
        const text = AGREEMENTS + [
            'kpi A { measures resolution within Gold P1 target >= 95% per month }',
            'kpi B { service Email measures restore time target <= 2h per quarter }',
            'kpi C { process Normal measures success rate target >= 100% }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';
import { AGREEMENTS } from './fixture.js';

const CODE = 'kpi-incomplete';

describe(CODE, () => {
    it('flags a KPI without a measure or a target, on its name', async () => {
        const text = AGREEMENTS + 'kpi Vague {\n  owner Desk\n}\nkpi Aimless { measures availability of Gold }\n';
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'KPI Vague says nothing it measures: add `measures …` (e.g. `measures resolution within Gold P1`)',
            'KPI Aimless has no target: add `target >= 95% per month` or `target <= 4h per month`',
        ]);
        expect(findings[0]).toMatchObject({ severity: 'error', ...spanOf(text, 'Vague') });
        expect(findings[1]).toMatchObject(spanOf(text, 'Aimless'));
    });

    it('flags restore time without a service and success rate without a process', async () => {
        const text = AGREEMENTS + 'kpi Mttr { measures restore time target <= 4h }\nkpi Changes { measures success rate target >= 95% }\n';
        expect((await findingsOf(CODE, text)).map(f => f.message)).toEqual([
            'KPI Mttr measures restore time but names no service: add `service <Service>`',
            'KPI Changes measures success rate but names no process: add `process <Workflow>`',
        ]);
    });

    it('accepts complete KPIs of every measure', async () => {
        const text = AGREEMENTS + [
            'kpi A { measures resolution within Gold P1 target >= 95% per month }',
            'kpi B { measures availability of Gold target >= 99.9% }',
            'kpi C { service Email measures restore time target <= 2h }',
            'kpi D { process Normal measures success rate target >= 90% per quarter }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});

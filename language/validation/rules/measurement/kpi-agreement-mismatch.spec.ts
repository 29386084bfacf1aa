import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';
import { AGREEMENTS } from './fixture.js';

const CODE = 'kpi-agreement-mismatch';

describe(CODE, () => {
    it('flags a priority the agreement sets no target for, on the priority', async () => {
        const text = AGREEMENTS + 'kpi P3Answered {\n  measures response within Gold P3\n  target >= 90%\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'error', ...spanOf(text, 'P3', 3) });
        expect(finding.message).toBe('KPI P3Answered measures response within Gold P3, but Gold sets no P3 target');
    });

    it('flags a target without the measured time, an agreement without availability and another service\'s SLA', async () => {
        const text = AGREEMENTS + [
            'kpi P2Fixed { measures resolution within Gold P2 target >= 90% }',
            'kpi ChatUp { measures availability of Plain target >= 99% }',
            'kpi Wrong { service Chat measures resolution within Gold P1 target >= 90% }',
        ].join('\n');
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'KPI P2Fixed measures resolution within Gold P2, but Gold\'s P2 target has no resolve time',
            'KPI ChatUp measures availability of Plain, but Plain states no availability',
            'KPI Wrong measures Gold, which is the SLA of Email, but the KPI is about Chat',
        ]);
        expect(findings[1]).toMatchObject(spanOf(text, 'Plain', 2));
    });

    it('accepts KPIs that match what their agreement promises', async () => {
        const text = AGREEMENTS + [
            'kpi A { measures resolution within Gold P1 target >= 95% }',
            'kpi B { measures response within Gold P2 target >= 95% }',
            'kpi C { service Email measures availability of Gold target >= 99.9% }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';
import { AGREEMENTS } from './fixture.js';

const CODE = 'kpi-target-below-agreement';

describe(CODE, () => {
    it('flags an availability target below the agreement\'s, on the percentage', async () => {
        const text = AGREEMENTS + 'kpi Uptime {\n  measures availability of Gold\n  target >= 99.5% per month\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, '99.5%') });
        expect(finding.message).toBe('KPI Uptime targets 99.5% availability, below the 99.9% Gold promises: the KPI would be met while the agreement is breached');
        expect(finding.data).toMatchObject({ promised: 99.9, suggestedPercent: 99.9 });
    });

    it('accepts an equal or stricter target, another period, and shares within a target', async () => {
        const text = AGREEMENTS + [
            'kpi A { measures availability of Gold target >= 99.9% per month }',
            'kpi B { measures availability of Gold target >= 99.95% }',
            'kpi C { measures availability of Gold target >= 99.5% per year }',
            'kpi D { measures resolution within Gold P1 target >= 90% }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';
import { AGREEMENTS } from './fixture.js';

const CODE = 'kpi-on-retired-service';

describe(CODE, () => {
    it('flags a KPI naming a retired service, on the name', async () => {
        const text = AGREEMENTS + 'kpi FaxMttr {\n  service Fax\n  measures restore time\n  target <= 1d\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Fax', 5) });
        expect(finding.message).toBe('KPI FaxMttr measures Fax, which is retired');
    });

    it('flags a KPI measuring the SLA of a retired service, on the agreement', async () => {
        const text = AGREEMENTS + 'kpi FaxUp { measures availability of FaxSla target >= 99% }\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject(spanOf(text, 'FaxSla', 2));
        expect(finding.message).toBe('KPI FaxUp measures FaxSla, the SLA of Fax, which is retired');
    });

    it('accepts KPIs of live services', async () => {
        const text = AGREEMENTS + 'kpi A { service Email measures restore time target <= 2h }\nkpi B { measures availability of Gold target >= 99.9% }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});

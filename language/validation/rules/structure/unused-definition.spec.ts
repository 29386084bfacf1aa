import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'unused-definition';

describe(CODE, () => {
    it('flags every kind of supporting definition that nothing references, as a hint on its name', async () => {
        const text = `calendar BusinessHours { timezone "Europe/London" mon..fri 08:00-18:00 }
holidays UKBankHolidays { 2026-12-25 }
team Messaging
authority CAB "Change Advisory Board"
priority matrix Standard { priorities P1 urgency high impact high -> P1 }
ci class Server
ola MessagingOLA { provider Messaging }
uc CarrierUC { vendor "Telco Ltd" }
continuity plan MailDr { tested 2026-01-01 }
`;
        const findings = await findingsOf(CODE, text);
        const expected: Array<[string, string, string]> = [
            ['BusinessHours', 'Calendar BusinessHours', 'Calendar'],
            ['UKBankHolidays', 'Holiday list UKBankHolidays', 'HolidayList'],
            ['CAB', 'Change authority CAB', 'ChangeAuthority'],
            ['Standard', 'Priority matrix Standard', 'PriorityMatrix'],
            ['Server', 'CI class Server', 'CiClass'],
            ['MessagingOLA', 'OLA MessagingOLA', 'Ola'],
            ['CarrierUC', 'Underpinning contract CarrierUC', 'UnderpinningContract'],
            ['MailDr', 'Continuity plan MailDr', 'ContinuityPlan'],
        ];
        // Messaging is the OLA's provider, so it is used.
        expect(findings).toEqual(expected.map(([name, what, kind]) => expect.objectContaining({
            severity: 'hint',
            ...spanOf(text, name),
            message: `${what} is not used by any definition in the workspace`,
            data: expect.objectContaining({ kind }),
        })));
    });

    it('flags a team that a file imports but nothing references: an import is not a use', async () => {
        const shared = 'package acme.shared\nteam Facilities\n';
        const findings = await findingsOf(CODE, { 'shared.itsm': shared, 'it.itsm': 'package acme.it\nimport acme.shared.Facilities\n' });
        expect(findings).toEqual([expect.objectContaining({ file: 'shared.itsm', ...spanOf(shared, 'Facilities') })]);
    });

    it('accepts definitions referenced from another file, through `extends`, members and approvals', async () => {
        const files = {
            'shared.itsm': `package acme.shared
holidays UKBankHolidays { 2026-12-25 }
authority CAB { members acme.it.Infrastructure }
ci class Host
ci class Server extends Host
`,
            'it.itsm': `package acme.it
import acme.shared.*
calendar BusinessHours { timezone "Europe/London" mon..fri 08:00-18:00 except holidays UKBankHolidays }
team Infrastructure { hours BusinessHours }
priority matrix Standard { priorities P1 urgency high impact high -> P1 }
ola InfraOLA { provider Infrastructure priorities Standard }
uc CarrierUC { vendor "Telco Ltd" priorities Standard }
sla Gold { priorities Standard underpinned by InfraOLA, CarrierUC }
ci web01: Server
change workflow NormalChange {
  type normal
  states { New initial  Authorize approval by CAB  Closed final }
  New -> Authorize -> Closed
}
`,
        };
        expect(await codesOf(files)).not.toContain('syntax-error');
        expect(await findingsOf(CODE, files)).toEqual([]);
    });

    it('never flags services, offerings, SLAs, CIs, workflows or KPIs, which nothing needs to reference, nor a plan a service names', async () => {
        const text = `ci class Server
service Email { offering EmailStandard }
sla Gold {}
ci web01: Server
change workflow StandardChange { type standard }
kpi EmailRestore { service Email measures restore time target <= 2h }
continuity plan MailDr { tested 2026-01-01 }
service Chat { continuity plan MailDr }
`;
        expect(await codesOf(text)).not.toContain('syntax-error');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});

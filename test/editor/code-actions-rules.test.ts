/**
 * Quick fixes for the catalogue, service level, calendar and change rules,
 * each driven by the facts in its diagnostic's `data`. Each fix's text is
 * compared in full, and the rebuilt file no longer has the finding.
 */
import { describe, expect, it } from 'vitest';
import { expectFix, offeredFor, titles } from './code-actions-harness.js';

const head = `package acme.it

team Messaging
team Ops
`;

describe('catalogue', () => {
    const service = `${head}
service Email {
  kind business
  status live
  tier 1
  description "Mail"
  offering EmailStandard
}
`;

    it('adds an owner after kind, status and tier, naming the first team in scope', async () => {
        await expectFix({ 'a.itsm': service }, 'a.itsm', 'service-missing-owner', "Add 'owner Messaging'",
            service.replace('  tier 1\n', '  tier 1\n  owner Messaging\n'));
    });

    it('adds a support group after the owner line', async () => {
        const owned = service.replace('  tier 1\n', '  tier 1\n  owner Ops\n');
        await expectFix({ 'a.itsm': owned }, 'a.itsm', 'service-missing-support', "Add 'support Messaging'",
            owned.replace('  owner Ops\n', '  owner Ops\n  support Messaging\n'));
    });

    it('adds the line inline to a block written on one line', async () => {
        const inline = `${head}\nservice Fax { status live support Ops }\n`;
        await expectFix({ 'a.itsm': inline }, 'a.itsm', 'service-missing-owner', "Add 'owner Messaging'",
            inline.replace('{ status', '{ owner Messaging status'));
    });

    it("adds a production CI's owner", async () => {
        const ci = `${head}\nci class Server\nci mx01: Server {\n  environment production\n  description "Mail relay"\n}\n`;
        await expectFix({ 'a.itsm': ci }, 'a.itsm', 'ci-missing-owner', "Add 'owner Messaging'",
            ci.replace('  environment production\n', '  environment production\n  owner Messaging\n'));
    });

    it('adds the suggested offering to a business service without one', async () => {
        const bare = `${head}\nservice Email {\n  kind business\n  status live\n  owner Ops\n  support Ops\n}\n`;
        await expectFix({ 'a.itsm': bare }, 'a.itsm', 'business-service-without-offering', "Add offering 'EmailStandard'",
            bare.replace('  support Ops\n', '  support Ops\n  offering EmailStandard { audience "All staff" }\n'));
    });
});

const matrix = `
priority matrix Standard {
  priorities P1, P2, P3, P4
  urgency high low
  impact high -> P1 P2
  impact low -> P3 P4
}
`;

describe('sla-missing-priority-target', () => {
    it('adds each missing priority in matrix order, copying the nearest more urgent target', async () => {
        const sla = `${head}${matrix}\nsla Gold {\n  priorities Standard\n  P1 { response 15m resolve 4h }\n  P4 { response 1d resolve 5d }\n}\n`;
        const offered = await offeredFor({ 'a.itsm': sla }, 'a.itsm', 'sla-missing-priority-target');
        expect(offered.diagnostic.data).toMatchObject({ missing: ['P2', 'P3'] });
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-missing-priority-target', 'Add targets for P2, P3',
            sla.replace('  P1 { response 15m resolve 4h }\n', '  P1 { response 15m resolve 4h }\n  P2 { response 15m resolve 4h }\n  P3 { response 15m resolve 4h }\n'));
    });

    it('copies the nearest less urgent target for a priority before every target', async () => {
        const sla = `${head}${matrix}\nsla Gold {\n  priorities Standard\n  P3 { response 4h }\n  P4 { response 1d }\n}\n`;
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-missing-priority-target', 'Add targets for P1, P2',
            sla.replace('  P3 { response 4h }\n', '  P1 { response 4h }\n  P2 { response 4h }\n  P3 { response 4h }\n'));
    });

    it('uses a default ladder after the priorities line when there is no target', async () => {
        const sla = `${head}${matrix}\nsla Gold {\n  priorities Standard\n  availability 99.5%\n}\n`;
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-missing-priority-target', 'Add targets for P1, P2, P3, P4',
            sla.replace('  priorities Standard\n', '  priorities Standard\n  P1 { response 15m resolve 4h }\n  P2 { response 30m resolve 8h }\n' +
                '  P3 { response 4h resolve 3d }\n  P4 { response 1d resolve 5d }\n'));
    });

    it('adds inline next to a target that shares a line with the braces', async () => {
        const sla = `${head}${matrix}\nsla Gold { priorities Standard P1 { response 15m } P2 { response 30m } P3 { response 1h } }\n`;
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-missing-priority-target', 'Add a target for P4',
            sla.replace('P3 { response 1h }', 'P3 { response 1h } P4 { response 1h }'));
        const last = `${head}${matrix}\nsla Gold {\n  priorities Standard\n  P1 { response 15m } P2 { response 30m } P3 { response 1h } }\n`;
        await expectFix({ 'a.itsm': last }, 'a.itsm', 'sla-missing-priority-target', 'Add a target for P4',
            last.replace('P3 { response 1h }', 'P3 { response 1h } P4 { response 1h }'));
    });

    it("gives an OLA the strictest targets of the SLAs it underpins", async () => {
        const source = `${head}${matrix}
sla Gold {
  priorities Standard
  P1 { response 15m resolve 4h }
  P2 { response 30m resolve 8h }
  P3 { response 1h resolve 1d }
  P4 { response 4h resolve 3d }
  underpinned by OpsOLA
}

ola OpsOLA {
  provider Ops
  priorities Standard
  P1 { response 10m resolve 2h }
  P4 { response 4h resolve 3d }
}
`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'sla-missing-priority-target', 'Add targets for P2, P3',
            source.replace('  P1 { response 10m resolve 2h }\n', '  P1 { response 10m resolve 2h }\n  P2 { response 30m resolve 8h }\n  P3 { response 1h resolve 1d }\n'));
    });
});

describe('service level values', () => {
    const underpinned = `${head}${matrix}
sla Gold {
  priorities Standard
  P1 { response 15m resolve 4h }
  P2 { response 30m resolve 8h }
  P3 { response 1h resolve 1d }
  P4 { response 4h resolve 3d }
  underpinned by OpsOLA
}

ola OpsOLA {
  provider Ops
  priorities Standard
  P1 { response 20m resolve 2h }
  P2 { response 30m resolve 8h }
  P3 { response 1h resolve 1d }
  P4 { response 4h resolve 3d }
}
`;

    it('tightens an OLA target to the SLA it underpins', async () => {
        await expectFix({ 'a.itsm': underpinned }, 'a.itsm', 'ola-weaker-than-sla', 'Tighten to 15m',
            underpinned.replace('P1 { response 20m', 'P1 { response 15m'));
    });

    it('tightens a more urgent priority to the less urgent one', async () => {
        const sla = underpinned.replace('P2 { response 30m resolve 8h }\n  P3', 'P2 { response 2h resolve 8h }\n  P3');
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-priority-order', 'Tighten to 1h', sla.replace('response 2h', 'response 1h'));
    });

    it('swaps a resolution shorter than its response, or makes them equal', async () => {
        const sla = `${head}\nsla Gold {\n  P1 { response 4h resolve 15m }\n}\n`;
        const offered = await offeredFor({ 'a.itsm': sla }, 'a.itsm', 'sla-resolution-before-response');
        expect(titles(offered).slice(0, 2)).toEqual(['Swap response and resolution', 'Set resolution to 4h']);
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-resolution-before-response', 'Swap response and resolution',
            sla.replace('response 4h resolve 15m', 'response 15m resolve 4h'));
        await expectFix({ 'a.itsm': sla }, 'a.itsm', 'sla-resolution-before-response', 'Set resolution to 4h',
            sla.replace('resolve 15m', 'resolve 4h'));
    });

    it("lowers an SLA's availability to what the dependencies allow", async () => {
        const source = `${head}
service Directory { availability 99.95% }
service Dns { availability 99.9% }
service Email { depends on Directory, Dns }

sla Gold {
  service Email
  availability 99.9% per month
}
`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'sla-availability-exceeds-dependencies', 'Lower to 99.8%',
            source.replace('availability 99.9% per month', 'availability 99.8% per month'));
    });

    it('adds a vendor placeholder to an underpinning contract, or fills in a blank one', async () => {
        const uc = `${head}\nuc Carrier {\n  availability 99.5%\n}\n`;
        await expectFix({ 'a.itsm': uc }, 'a.itsm', 'uc-missing-vendor', `Add 'vendor "Vendor name"'`,
            uc.replace('{\n', '{\n  vendor "Vendor name"\n'));
        const blank = uc.replace('{\n', '{\n  vendor ""\n');
        await expectFix({ 'a.itsm': blank }, 'a.itsm', 'uc-missing-vendor', 'Set vendor to "Vendor name"', uc.replace('{\n', '{\n  vendor "Vendor name"\n'));
    });
});

describe('calendars', () => {
    it('replaces an unknown time zone with the closest IANA name', async () => {
        const calendar = `${head}\ncalendar Office {\n  timezone "Europe/Londn"\n  mon..fri 09:00-17:00\n}\n`;
        await expectFix({ 'a.itsm': calendar }, 'a.itsm', 'calendar-unknown-timezone', 'Change to "Europe/London"',
            calendar.replace('Europe/Londn', 'Europe/London'));
    });
});

describe('change workflows', () => {
    const workflow = (states: string, type = 'normal') => `${head}
authority CAB

change workflow Laptop {
  type ${type}
  states {
${states}
  }
  New -> Build
}
`;

    it("adds a 'Closed final' state at the end of the states block", async () => {
        const source = workflow('    New initial approval by CAB\n    Build implementation');
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'workflow-no-final-state', "Add a 'Closed final' state",
            source.replace('    Build implementation\n', '    Build implementation\n    Closed final\n'));
    });

    it('marks a state named like an end final', async () => {
        const source = workflow('    New initial approval by CAB\n    Build implementation\n    Done').replace('New -> Build', 'New -> Build -> Done');
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'workflow-no-final-state', "Mark 'Done' final", source.replace('    Done\n', '    Done final\n'));
    });

    it('marks the first state initial, or removes a second initial', async () => {
        const none = workflow('    New approval by CAB\n    Build implementation final');
        await expectFix({ 'a.itsm': none }, 'a.itsm', 'workflow-initial-state', "Mark 'New' initial", none.replace('    New approval', '    New initial approval'));
        const two = workflow('    New initial approval by CAB\n    Build initial implementation final');
        await expectFix({ 'a.itsm': two }, 'a.itsm', 'workflow-initial-state', "Remove 'initial' from Build", two.replace('Build initial', 'Build'));
    });

    it("removes an approval from a standard change, or makes the workflow normal", async () => {
        const source = workflow('    New initial approval by CAB\n    Build implementation final', 'standard');
        const offered = await offeredFor({ 'a.itsm': source }, 'a.itsm', 'standard-change-with-approval');
        expect(titles(offered).slice(0, 2)).toEqual(["Remove 'approval by CAB'", 'Make Laptop a normal change']);
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'standard-change-with-approval', "Remove 'approval by CAB'",
            source.replace('New initial approval by CAB', 'New initial'));
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'standard-change-with-approval', 'Make Laptop a normal change',
            source.replace('type standard', 'type normal'));
    });
});

describe('continuity and KPIs', () => {
    const agreements = `${head}
service Email { status live }
sla Gold { service Email availability 99.9% per month }
`;

    it('swaps an RPO longer than the RTO with it', async () => {
        const source = `${head}\nservice Email {\n  rto 4h\n  rpo 1d\n}\n`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'rpo-exceeds-rto', 'Swap RTO and RPO (rto 1d, rpo 4h)',
            source.replace('rto 4h\n  rpo 1d', 'rto 1d\n  rpo 4h'));
    });

    it('turns a KPI target that points the wrong way', async () => {
        const source = `${agreements}kpi Up {\n  measures availability of Gold\n  target <= 99.9% per month\n}\n`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'kpi-target-mismatch', 'Write `>=`', source.replace('<= 99.9%', '>= 99.9%'));
    });

    it('raises an availability KPI to what the agreement promises', async () => {
        const source = `${agreements}kpi Up {\n  measures availability of Gold\n  target >= 99.5% per month\n}\n`;
        await expectFix({ 'a.itsm': source }, 'a.itsm', 'kpi-target-below-agreement', 'Raise to 99.9%', source.replace('99.5%', '99.9%'));
    });

    it('offers no direction fix when the value is of the wrong kind', async () => {
        const source = `${agreements}kpi Up {\n  measures availability of Gold\n  target >= 4h\n}\n`;
        expect(titles(await offeredFor({ 'a.itsm': source }, 'a.itsm', 'kpi-target-mismatch'))).not.toContain('Write `>=`');
    });
});

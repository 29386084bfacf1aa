/**
 * One test per construct of the language: the text parses into the AST shape
 * the rules rely on, references resolve, and the language core reports nothing
 * (no syntax, reference, duplicate or value finding; no rule crashes on it).
 */
import { describe, expect, it } from 'vitest';
import {
    isCalendar, isChangeAuthority, isCiClass, isConfigurationItem, isHolidayList, isOla, isPriorityMatrix,
    isService, isSla, isTeam, isUnderpinningContract, isWorkflow,
    type BooleanLiteral, type DateValue, type DurationValue, type IpAddress, type NumberLiteral, type PercentLiteral, type StringLiteral,
} from '../../language/generated/ast.js';
import { build, coreProblems, definition, modelOf } from './helpers.js';

const MATRIX = `priority matrix Standard {
  priorities P1 "Critical", P2
  urgency    high low
  impact high -> P1 P2
  impact low  -> P2 P2
}
`;

describe('package and imports', () => {
    it('reads the package name and both kinds of import', async () => {
        const ws = await build('package acme.it\nimport acme.it.*\nimport acme.it.Ops\nteam Ops\n');
        const model = modelOf(ws);
        expect(model.package?.name).toBe('acme.it');
        expect(model.imports.map(i => i.target)).toEqual(['acme.it.*', 'acme.it.Ops']);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('calendars and holiday lists', () => {
    it('reads weekly ranges with day sets and several time ranges, and the holiday lists it excludes', async () => {
        const ws = await build(`holidays UK { 2026-12-25 "Christmas Day" }
holidays Scotland { 2026-11-30 }
calendar Business {
  timezone "Europe/London"
  description "Office hours"
  mon..fri 08:00-12:00, 13:00-17:00
  sat, sun 10:00-14:00
  except holidays UK, Scotland
}
team Desk { hours Business }
`);
        const calendar = definition(ws, 'Business', isCalendar);
        expect(calendar.timezone).toBe('Europe/London');
        expect(calendar.description).toBe('Office hours');
        expect(calendar.always).toBe(false);
        expect(calendar.ranges).toHaveLength(2);
        const [weekdays, weekend] = calendar.ranges;
        expect(weekdays.days.map(d => [d.from, d.to])).toEqual([['mon', 'fri']]);
        expect(weekdays.times.map(t => [t.start.text, t.end.text])).toEqual([['08:00', '12:00'], ['13:00', '17:00']]);
        expect(weekend.days.map(d => [d.from, d.to])).toEqual([['sat', undefined], ['sun', undefined]]);
        expect(calendar.holidays.map(h => h.$refText)).toEqual(['UK', 'Scotland']);
        expect(calendar.holidays.map(h => h.ref?.name)).toEqual(['UK', 'Scotland']);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('reads 24x7 as the always flag', async () => {
        const ws = await build('calendar Always {\n  timezone "UTC"\n  24x7\n}\nteam Ops { hours Always }\n');
        const calendar = definition(ws, 'Always', isCalendar);
        expect(calendar.always).toBe(true);
        expect(calendar.ranges).toEqual([]);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('reads a holiday list as dates with optional labels', async () => {
        const ws = await build('holidays UK {\n  2026-12-25 "Christmas Day"\n  2027-01-01\n}\ncalendar C { 24x7 except holidays UK }\n');
        const list = definition(ws, 'UK', isHolidayList);
        expect(list.days.map(d => [d.date.text, d.date.iso, d.label])).toEqual([
            ['2026-12-25', '2026-12-25', 'Christmas Day'],
            ['2027-01-01', '2027-01-01', undefined],
        ]);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('people', () => {
    it('reads a team with every property, and a team with no body', async () => {
        const ws = await build(`calendar Always { 24x7 }
team Messaging {
  lead "Jane Doe"  email "messaging@acme.example"  phone "+44 20 7946 0000"  hours Always  description "Mail"
}
team Bare
`);
        const team = definition(ws, 'Messaging', isTeam);
        expect(team).toMatchObject({ lead: 'Jane Doe', email: 'messaging@acme.example', phone: '+44 20 7946 0000', description: 'Mail' });
        expect(team.hours?.ref?.name).toBe('Always');
        const bare = definition(ws, 'Bare', isTeam);
        expect([bare.lead, bare.email, bare.hours]).toEqual([undefined, undefined, undefined]);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('reads a change authority with a title, members and the emergency flag', async () => {
        const ws = await build(`team Ops
team Desk
authority CAB "Change Advisory Board" { members Ops, Desk description "Weekly" }
authority ECAB { emergency members Ops }
`);
        const cab = definition(ws, 'CAB', isChangeAuthority);
        expect(cab.title).toBe('Change Advisory Board');
        expect(cab.emergency).toBe(false);
        expect(cab.members.map(m => m.ref?.name)).toEqual(['Ops', 'Desk']);
        expect(cab.description).toBe('Weekly');
        expect(definition(ws, 'ECAB', isChangeAuthority).emergency).toBe(true);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('priority matrix', () => {
    it('reads levels with labels, urgencies and impact rows whose cells resolve to the levels', async () => {
        const ws = await build(`${MATRIX}sla Gold { priorities Standard P1 { response 15m resolve 4h } P2 { response 1h resolve 1d } }\n`);
        const matrix = definition(ws, 'Standard', isPriorityMatrix);
        expect(matrix.levels.map(l => [l.name, l.label])).toEqual([['P1', 'Critical'], ['P2', undefined]]);
        expect(matrix.urgencies.map(u => u.name)).toEqual(['high', 'low']);
        expect(matrix.rows.map(r => r.name)).toEqual(['high', 'low']);
        expect(matrix.rows[0].cells.map(c => c.$refText)).toEqual(['P1', 'P2']);
        expect(matrix.rows[0].cells[0].ref).toBe(matrix.levels[0]);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('CMDB', () => {
    it('reads a CI class with every attribute type, required flags, a superclass and a description', async () => {
        const types = ['string', 'integer', 'decimal', 'boolean', 'date', 'ipv4', 'ipv6', 'url', 'email'];
        const attributes = types.map((type, i) => `  attribute a${i}: ${type}${i === 0 ? ' required' : ''}`).join('\n');
        const ws = await build(`ci class Base { description "Anything" }\nci class Server extends Base {\n${attributes}\n}\nci s: Server { a0 "x" }\n`);
        const server = definition(ws, 'Server', isCiClass);
        expect(server.superClass?.ref?.name).toBe('Base');
        expect(server.attributes.map(a => a.type)).toEqual(types);
        expect(server.attributes.map(a => a.required)).toEqual(types.map((_, i) => i === 0));
        const base = definition(ws, 'Base', isCiClass);
        expect(base.description).toBe('Anything');
        expect(base.superClass).toBeUndefined();
        expect(coreProblems(ws)).toEqual([]);
    });

    it('reads a CI with every relationship kind, an any-of group and a literal of every kind', async () => {
        const ws = await build(`team Ops
ci class Server {
  attribute os: string  attribute cores: integer  attribute virtual: boolean  attribute bought: date
  attribute ip: ipv4  attribute share: string  attribute rto: string
}
ci h1: Server
ci h2: Server
ci db: Server
ci web01: Server {
  environment production  status operational  owner Ops  description "Web"
  runs on any of (h1, h2)
  hosted on h1
  depends on db, h2
  connects to db
  member of h2
  os "Debian"
  cores 8
  virtual true
  bought 2024-03-01
  ip 10.0.0.1
  share 50%
  rto 4h
}
`);
        const ci = definition(ws, 'web01', isConfigurationItem);
        expect(ci).toMatchObject({ environment: 'production', status: 'operational', description: 'Web' });
        expect(ci.ciClass.ref?.name).toBe('Server');
        expect(ci.owner?.ref?.name).toBe('Ops');
        expect(ci.relationships.map(r => r.kind)).toEqual(['runs', 'hosted', 'depends', 'connects', 'member']);
        expect(ci.relationships.map(r => r.redundant)).toEqual([true, false, false, false, false]);
        expect(ci.relationships.map(r => r.targets.map(t => t.ref?.name))).toEqual([['h1', 'h2'], ['h1'], ['db', 'h2'], ['db'], ['h2']]);
        expect(ci.attributes.map(a => [a.attribute.ref?.name, a.value.$type])).toEqual([
            ['os', 'StringLiteral'], ['cores', 'NumberLiteral'], ['virtual', 'BooleanLiteral'], ['bought', 'DateValue'],
            ['ip', 'IpAddress'], ['share', 'PercentLiteral'], ['rto', 'DurationValue'],
        ]);
        const [os, cores, virtual, bought, ip, share, rto] = ci.attributes.map(a => a.value);
        expect((os as StringLiteral).value).toBe('Debian');
        expect((cores as NumberLiteral).value).toBe(8);
        expect((virtual as BooleanLiteral).value).toBe(true);
        expect((bought as DateValue).date.iso).toBe('2024-03-01');
        expect((ip as IpAddress).version).toBe(4);
        expect((share as PercentLiteral).value).toBe(50);
        expect((rto as DurationValue).duration.seconds).toBe(4 * 3600);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('reads `false` as a boolean literal whose value is false, and a CI with no body', async () => {
        const ws = await build('ci class Server { attribute virtual: boolean }\nci a: Server { virtual false }\nci b: Server\n');
        const value = definition(ws, 'a', isConfigurationItem).attributes[0].value;
        expect(value).toMatchObject({ $type: 'BooleanLiteral', value: false });
        expect(definition(ws, 'b', isConfigurationItem)).toMatchObject({ relationships: [], attributes: [] });
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('services', () => {
    it('reads a service with every property, plain and redundant dependencies, realizers and offerings', async () => {
        const ws = await build(`team Ops
team Desk
ci class Server
ci mx01: Server
service Directory { status live }
service Dns { status live }
service DnsSecondary { status live }
service Email {
  kind business  status live  tier 1  owner Ops  support Desk
  description "Mail for all staff"  availability 99.9%
  depends on Directory
  depends on any of (Dns, DnsSecondary)
  realized by mx01, Directory
  offering EmailStandard
  offering EmailExecutive { audience "Board members"  sla Gold, Silver  description "White glove" }
}
sla Gold { service Email }
sla Silver { service Email }
`);
        const service = definition(ws, 'Email', isService);
        expect(service).toMatchObject({ kind: 'business', status: 'live', tier: 1, description: 'Mail for all staff', availability: 99.9 });
        expect(service.owner?.ref?.name).toBe('Ops');
        expect(service.support?.ref?.name).toBe('Desk');
        expect(service.dependencies).toHaveLength(2);
        expect(service.dependencies[0].redundant).toBe(false);
        expect(service.dependencies[0].services.map(s => s.$refText)).toEqual(['Directory']);
        expect(service.dependencies[1].redundant).toBe(true);
        expect(service.dependencies[1].services.map(s => s.ref?.name)).toEqual(['Dns', 'DnsSecondary']);
        expect(service.realizedBy.map(r => r.ref?.$type)).toEqual(['ConfigurationItem', 'Service']);
        expect(service.offerings.map(o => o.name)).toEqual(['EmailStandard', 'EmailExecutive']);
        expect(service.offerings[0].audience).toBeUndefined();
        expect(service.offerings[0].slas).toEqual([]);
        expect(service.offerings[1]).toMatchObject({ audience: 'Board members', description: 'White glove' });
        expect(service.offerings[1].slas.map(s => s.ref?.name)).toEqual(['Gold', 'Silver']);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('agreements', () => {
    it('reads an SLA with every property, priority targets and what underpins it', async () => {
        const ws = await build(`${MATRIX}calendar Business { mon..fri 08:00-18:00 }
team Ops
service Email { status live support Ops }
sla Gold {
  service Email  priorities Standard  hours Business  availability 99.5% per month  description "Gold"
  P1 { response 15m resolve 4h }  P2 { response 1h resolve 1d }
  underpinned by OpsOla, Carrier
}
ola OpsOla {
  provider Ops  priorities Standard  hours Business  availability 99.9% per quarter  description "Ops"
  P1 { response 5m resolve 1h }  P2 { response 30m resolve 8h }
}
uc Carrier {
  vendor "Telco Ltd"  priorities Standard  hours Business  availability 99.95% per year  description "Lines"
  P1 { response 5m resolve 1h }  P2 { response 30m resolve 8h }
}
`);
        const sla = definition(ws, 'Gold', isSla);
        expect(sla).toMatchObject({ availability: 99.5, period: 'month', description: 'Gold' });
        expect([sla.service?.ref?.name, sla.matrix?.ref?.name, sla.hours?.ref?.name]).toEqual(['Email', 'Standard', 'Business']);
        expect(sla.targets.map(t => [t.priority.$refText, t.response?.seconds, t.resolve?.seconds])).toEqual([
            ['P1', 900, 4 * 3600], ['P2', 3600, 86_400],
        ]);
        expect(sla.targets[0].priority.ref).toBe(definition(ws, 'Standard', isPriorityMatrix).levels[0]);
        expect(sla.underpinnedBy.map(u => u.ref?.$type)).toEqual(['Ola', 'UnderpinningContract']);

        const ola = definition(ws, 'OpsOla', isOla);
        expect(ola).toMatchObject({ availability: 99.9, period: 'quarter', description: 'Ops' });
        expect([ola.provider?.ref?.name, ola.matrix?.ref?.name, ola.hours?.ref?.name]).toEqual(['Ops', 'Standard', 'Business']);
        expect(ola.targets.map(t => t.response?.text)).toEqual(['5m', '30m']);

        const uc = definition(ws, 'Carrier', isUnderpinningContract);
        expect(uc).toMatchObject({ vendor: 'Telco Ltd', availability: 99.95, period: 'year', description: 'Lines' });
        expect(uc.targets.map(t => t.resolve?.text)).toEqual(['1h', '8h']);
        expect(coreProblems(ws)).toEqual([]);
    });
});

describe('change workflows', () => {
    it('reads states with markers and approvers, transition chains and `* ->`', async () => {
        const ws = await build(`team Ops
authority CAB { members Ops }
change workflow Normal {
  type normal
  description "Normal changes"
  states {
    New        initial
    Authorize  approval by CAB, Ops
    Build      implementation
    Closed     final
    Canceled   final
  }
  New -> Authorize -> Build -> Closed
  Authorize -> New
  * -> Canceled
}
`);
        const workflow = definition(ws, 'Normal', isWorkflow);
        expect(workflow).toMatchObject({ process: 'change', type: 'normal', description: 'Normal changes' });
        expect(workflow.states.map(s => s.name)).toEqual(['New', 'Authorize', 'Build', 'Closed', 'Canceled']);
        expect(workflow.states.map(s => [s.initial, s.final, s.implementation])).toEqual([
            [true, false, false], [false, false, false], [false, false, true], [false, true, false], [false, true, false],
        ]);
        expect(workflow.states[1].approvers.map(a => a.ref?.$type)).toEqual(['ChangeAuthority', 'Team']);
        expect(workflow.transitions).toHaveLength(3);
        const [chain, back, cancel] = workflow.transitions;
        expect(chain.fromAny).toBe(false);
        expect(chain.steps.map(s => s.$refText)).toEqual(['New', 'Authorize', 'Build', 'Closed']);
        expect(chain.steps.map(s => s.ref)).toEqual(workflow.states.slice(0, 4));
        expect(back.steps.map(s => s.$refText)).toEqual(['Authorize', 'New']);
        expect(cancel.fromAny).toBe(true);
        expect(cancel.steps.map(s => s.ref?.name)).toEqual(['Canceled']);
        expect(coreProblems(ws)).toEqual([]);
    });

    it('allows several markers on one state', async () => {
        const ws = await build('change workflow Quick {\n  type standard\n  states { Go initial implementation final }\n}\n');
        expect(definition(ws, 'Quick', isWorkflow).states[0]).toMatchObject({ initial: true, implementation: true, final: true });
        expect(coreProblems(ws)).toEqual([]);
    });
});

// The catalogue as definitions with their references held as objects. Each
// definition renders itself with `r.ref(other)` (the reference text as the
// referencing file must write it) and `r.name(self)`; render.mjs decides the
// files, the imports and which supporting definitions are used at all.
import { DURATIONS, NICE_AVAILABILITIES } from './vocabulary.mjs';

export const SHARED = 'corp.shared';
export const PLATFORM = 'corp.platform';

/** Types the `unused-definition` rule reports when nothing names them: only emitted when referenced. */
export const SUPPORTING = new Set(['Calendar', 'HolidayList', 'Team', 'ChangeAuthority', 'PriorityMatrix', 'CiClass', 'Ola', 'UnderpinningContract']);

/** mulberry32: a small, fast, seeded PRNG (deterministic across platforms). */
export function createRandom(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: list => list[Math.floor(next() * list.length)],
        chance: p => next() < p,
    };
}

/** A definition: `owner` is the unit (or null for shared/platform), whose prefix makes names unique in one package. */
export function definition(type, name, pkg, group, owner, body, extra = {}) {
    const kebab = /^[a-z]/.test(name);
    const unique = owner ? (kebab ? `${owner.kebab}-${name}` : owner.camel + name) : name;
    return { type, name, unique, pkg, group, owner, body, supporting: SUPPORTING.has(type), ...extra };
}

export const quote = text => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
export const capital = text => text.charAt(0).toUpperCase() + text.slice(1);

// ------------------------------------------------------------------ availability

/** Composite availability (fraction) of dependency groups, each member counted with its effective availability. */
export function dependencyCeiling(groups) {
    let product = 1;
    for (const group of groups) {
        const values = group.services.map(effectiveAvailability);
        product *= group.redundant ? 1 - values.reduce((p, v) => p * (1 - v), 1) : values.reduce((p, v) => p * v, 1);
    }
    return product;
}

/** The service's own availability times what its dependencies allow (the most pessimistic reading). */
export function effectiveAvailability(service) {
    return (service.availability / 100) * dependencyCeiling(service.dependencies);
}

/** The highest availability a catalogue would write that is at most `fraction`, `step` values lower. */
export function niceAvailability(fraction, step = 0) {
    const index = NICE_AVAILABILITIES.findIndex(value => value / 100 <= fraction - 1e-9);
    return NICE_AVAILABILITIES[Math.min(Math.max(index, 0) + step, NICE_AVAILABILITIES.length - 1)];
}

// ------------------------------------------------------------------ targets

/** Per priority the strictest response and resolve over `slas` (indexes into DURATIONS), `tighten` steps stricter. */
export function strictestTargets(slas, tighten) {
    const levels = slas.length > 0 ? slas[0].table.length : 0;
    const result = [];
    for (let p = 0; p < levels; p++) {
        const response = Math.min(...slas.map(s => s.table[p][0]));
        const resolve = Math.min(...slas.map(s => s.table[p][1]));
        result.push([Math.max(response - tighten, 0), Math.max(resolve - tighten, 0)]);
    }
    return result;
}

export function targetLines(matrix, targets) {
    const width = Math.max(...targets.map(([response]) => DURATIONS[response].length));
    return targets.map(([response, resolve], p) =>
        `  ${matrix.levels[p]} { response ${DURATIONS[response].padEnd(width)}  resolve ${DURATIONS[resolve]} }`);
}

// ------------------------------------------------------------------ shared definitions

export class Shared {
    constructor(model) {
        this.model = model;
        const d = (type, name, group, body, extra) => model.add(definition(type, name, SHARED, group, null, body, extra));
        this.always = d('Calendar', 'Always', 'calendars', r => [
            '/** Around the clock: the service desk, the data centres and every 24x7 agreement. */',
            `calendar ${r.name(this.always)} {`, '  timezone "UTC"', '  24x7', '}']);
        this.standard = d('PriorityMatrix', 'Standard', 'people', r => [
            "/** ServiceNow's default lookup: impact x urgency -> priority. */",
            `priority matrix ${r.name(this.standard)} {`,
            '  priorities P1 "Critical", P2 "High", P3 "Moderate", P4 "Low", P5 "Planning"',
            '  urgency          high  medium  low',
            '  impact high   -> P1    P2      P3',
            '  impact medium -> P2    P3      P4',
            '  impact low    -> P3    P4      P5', '}'], { levels: ['P1', 'P2', 'P3', 'P4', 'P5'], key: 'Standard' });
        this.simple = d('PriorityMatrix', 'Simple', 'people', r => [
            '/** Two impacts and two urgencies, for departmental applications. */',
            `priority matrix ${r.name(this.simple)} {`,
            '  priorities P1 "Critical", P2 "High", P3 "Normal"',
            '  urgency        high  low',
            '  impact high -> P1    P2',
            '  impact low  -> P2    P3', '}'], { levels: ['P1', 'P2', 'P3'], key: 'Simple' });
        const team = (name, email, phone, doc) => {
            const t = d('Team', name, 'people', r => [
                ...(doc ? [`/** ${doc} */`] : []), `team ${r.name(t)} {`, `  email ${quote(email)}`,
                ...(phone ? [`  phone ${quote(phone)}`] : []), `  hours ${r.ref(this.always)}`, '}']);
            return t;
        };
        this.serviceDesk = team('ServiceDesk', 'servicedesk@corp.example', '+44 20 7946 0000', 'First line: takes every call, around the clock.');
        this.infrastructure = team('Infrastructure', 'infrastructure@corp.example', '+44 20 7946 0100');
        this.networkOps = team('NetworkOps', 'netops@corp.example', '+44 20 7946 0200');
        this.recovery = d('ContinuityPlan', 'DataCentreRecovery', 'people', r => [
            '/** Fail over to the other data centre: every live tier-1 service names it. */',
            `continuity plan ${r.name(this.recovery)} {`, `  owner ${r.ref(this.infrastructure)}`,
            `  document ${quote('https://wiki.corp.example/dr/data-centre')}`, '  tested 2026-03-14',
            `  recovery at ${quote('the other data centre')}`, '}']);
        this.cab = d('ChangeAuthority', 'CAB', 'people', r => [
            '/** The Change Advisory Board: authorises normal changes. */',
            `authority ${r.name(this.cab)} "Change Advisory Board" {`,
            `  members ${[this.infrastructure, this.networkOps, this.serviceDesk].map(r.ref).join(', ')}`, '}']);
        this.ecab = d('ChangeAuthority', 'ECAB', 'people', r => [
            '/** Convened at short notice to authorise emergency changes. */',
            `authority ${r.name(this.ecab)} "Emergency Change Advisory Board" {`, '  emergency',
            `  members ${[this.infrastructure, this.networkOps].map(r.ref).join(', ')}`, '}']);
        const cls = (name, attributes, description, parent) => {
            const c = d('CiClass', name, 'classes', r => [
                `ci class ${r.name(c)}${parent ? ` extends ${r.ref(parent)}` : ''} {`, `  description ${quote(description)}`,
                ...attributes.map(a => `  attribute ${a}`), '}']);
            return c;
        };
        this.server = cls('Server', ['os: string required', 'ip: ipv4', 'ip6: ipv6', 'cores: integer', 'memoryGb: integer', 'installed: date'],
            'A physical or virtual machine with an operating system');
        this.virtualServer = cls('VirtualServer', ['autostart: boolean'], 'A virtual machine on a hypervisor', this.server);
        this.hypervisor = cls('Hypervisor', ['rack: string required', 'console: url', 'cpuGhz: decimal'], 'A physical host running virtual machines', this.server);
        this.loadBalancer = cls('LoadBalancer', ['vip: ipv4 required'], 'A load balancer in front of a server pool', this.server);
        this.application = cls('Application', ['version: string required', 'homepage: url', 'contactEmail: email'], 'An installed application');
        this.database = cls('Database', ['engine: string required', 'version: string', 'sizeGb: integer', 'encrypted: boolean'], 'A database instance');
        this.cluster = cls('Cluster', [], 'A group of servers that share one role');
        this.networkDevice = cls('NetworkDevice', ['model: string required', 'mgmtIp: ipv4'], 'A switch, router or firewall');
        this.storageArray = cls('StorageArray', ['model: string required', 'capacityTb: decimal required'], 'A storage array');
        for (const [name, type, approvers] of [['NormalChange', 'normal', [null, this.cab]],
            ['EmergencyChange', 'emergency', [null, this.ecab]], ['StandardChange', 'standard']]) {
            const workflow = d('Workflow', name, 'change', r => workflowLines(r, workflow, type, approvers));
        }
        this.regions = new Map();
    }

    /** The holiday list and the two calendars of a region, created when a unit of the region first asks. */
    region(region) {
        let found = this.regions.get(region.code);
        if (found) return found;
        const d = (type, name, body) => this.model.add(definition(type, name, SHARED, 'calendars', null, body));
        const holidays = d('HolidayList', `${region.name}Holidays`, r => [
            `holidays ${r.name(holidays)} {`, ...region.holidays.map(([date, label]) => `  ${date} ${quote(label)}`), '}']);
        const business = d('Calendar', `${region.name}BusinessHours`, r => [
            `calendar ${r.name(business)} {`, `  timezone ${quote(region.zone)}`, '  mon..fri 08:00-18:00',
            `  except holidays ${r.ref(holidays)}`, '}']);
        const extended = d('Calendar', `${region.name}ExtendedHours`, r => [
            `calendar ${r.name(extended)} {`, `  timezone ${quote(region.zone)}`, '  mon..fri 07:00-20:00',
            '  sat 09:00-13:00', `  except holidays ${r.ref(holidays)}`, '}']);
        found = { holidays, business, extended };
        this.regions.set(region.code, found);
        return found;
    }
}

/** A change workflow of one of the three ITIL types; `approvers` = [team review or null, authority]. */
export function workflowLines(r, def, type, approvers = []) {
    const [review, authority] = approvers;
    if (type === 'standard') {
        return [`change workflow ${r.name(def)} {`, '  type standard', `  description ${quote('Pre-authorised, low-risk change from a template')}`,
            '  states {', '    New        initial', '    Implement  implementation', '    Verify', '    Closed     final', '    Canceled   final', '  }',
            '  New -> Implement -> Verify -> Closed', '  * -> Canceled', '}'];
    }
    if (type === 'emergency') {
        return [`change workflow ${r.name(def)} {`, '  type emergency', '  states {', '    New        initial',
            `    Authorize  approval by ${r.ref(authority)}`, '    Implement  implementation', '    Review', '    Closed     final', '  }',
            '  New -> Authorize -> Implement -> Review -> Closed', '}'];
    }
    return [`change workflow ${r.name(def)} {`, '  type normal', '  states {', '    New        initial',
        ...(review ? [`    Assess     approval by ${r.ref(review)}`] : ['    Assess']),
        `    Authorize  approval by ${r.ref(authority)}`, '    Scheduled', '    Implement  implementation', '    Review',
        '    Closed     final', '    Canceled   final', '  }',
        '  New -> Assess -> Authorize -> Scheduled -> Implement -> Review -> Closed', '  Authorize -> Assess', '  * -> Canceled', '}'];
}

// ------------------------------------------------------------------ rendering helpers

/** `ci name: Class { … }`; attribute values are written as given, relationships as [kind, targets, redundant]. */
export function ciLines(r, def, { cls, environment = 'production', status, owner, description, attributes = [], relations = [] }) {
    const width = Math.max(0, ...attributes.map(([name]) => name.length));
    return [
        `ci ${r.name(def)}: ${r.ref(cls)} {`,
        `  environment ${environment}`,
        ...(status ? [`  status ${status}`] : []),
        `  owner ${r.ref(owner)}`,
        ...(description ? [`  description ${quote(description)}`] : []),
        ...attributes.map(([name, value]) => `  ${name.padEnd(width)} ${value}`),
        ...relations.map(([kind, targets, redundant]) => redundant
            ? `  ${kind} any of (${targets.map(r.ref).join(', ')})`
            : `  ${kind} ${targets.map(r.ref).join(', ')}`),
        '}',
    ];
}

/** `service name { … }` with dependency groups, realizers and offerings. */
export function serviceLines(r, def, s) {
    return [
        ...(s.doc ? [`/** ${s.doc} */`] : []),
        `service ${r.name(def)} {`,
        `  kind ${s.kind}`,
        `  status ${s.status}`,
        ...(s.tier ? [`  tier ${s.tier}`] : []),
        `  owner ${r.ref(s.owner)}`,
        ...(s.support ? [`  support ${r.ref(s.support)}`] : []),
        ...(s.continuityPlan ? [`  continuity plan ${r.ref(s.continuityPlan)}`] : []),
        ...(s.description ? [`  description ${quote(s.description)}`] : []),
        ...(s.availability ? [`  availability ${s.availability}%`] : []),
        ...s.dependencies.map(g => g.redundant
            ? `  depends on any of (${g.services.map(x => r.ref(x.def)).join(', ')})`
            : `  depends on ${g.services.map(x => r.ref(x.def)).join(', ')}`),
        ...(s.realizedBy?.length ? [`  realized by ${s.realizedBy.map(r.ref).join(', ')}`] : []),
        ...(s.offerings ?? []).flatMap(o => ['', `  offering ${o.name} {`, `    audience ${quote(o.audience)}`,
            `    sla ${o.slas.map(x => r.ref(x.def)).join(', ')}`, '  }']),
        '}',
    ];
}

/** An SLA, OLA or UC: `a` has kind, matrix, hours, availability, period, targets and the kind's own fields. */
export function agreementLines(r, def, a) {
    const keyword = { Sla: 'sla', Ola: 'ola', UnderpinningContract: 'uc' }[def.type];
    return [
        ...(a.doc ? [`/** ${a.doc} */`] : []),
        `${keyword} ${r.name(def)} {`,
        ...(a.service ? [`  service ${r.ref(a.service.def)}`] : []),
        ...(a.provider ? [`  provider ${r.ref(a.provider)}`] : []),
        ...(a.vendor ? [`  vendor ${quote(a.vendor)}`] : []),
        `  priorities ${r.ref(a.matrix)}`,
        `  hours ${r.ref(a.hours)}`,
        ...(a.availability ? [`  availability ${a.availability}% per ${a.period}`] : []),
        ...targetLines(a.matrix, a.targets()),
        ...(a.underpinnedBy?.length ? [`  underpinned by ${a.underpinnedBy.map(x => r.ref(x.def)).join(', ')}`] : []),
        '}',
    ];
}

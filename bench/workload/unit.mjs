// One business unit (a domain in a region, package corp.<domain>.<region>):
// its teams, and per application a "stack" — virtual servers on the platform's
// hypervisors (one per site, so redundancy survives a site), a database, the
// application, a technical service and the business service on top, with
// offerings, SLAs per priority and the OLA and UCs that underpin them.
import { AUDIENCES, DATABASES, LEADS, LEGACY_OS, LINUX, TARGETS, VENDORS, WINDOWS } from './vocabulary.mjs';
import {
    agreementLines, capital, ciLines, definition, dependencyCeiling, effectiveAvailability, niceAvailability, quote,
    serviceLines, strictestTargets, workflowLines,
} from './model.mjs';

export function buildUnit(model, index, domain, region, stackCount, random) {
    const { shared, platform } = model;
    const [domainName, apps] = domain;
    const regionCode = region.code + (index >= model.unitSlots ? String(Math.floor(index / model.unitSlots) + 1) : '');
    const unit = {
        pkg: `corp.${domainName}.${regionCode}`, camel: capital(domainName) + capital(regionCode), kebab: `${domainName}-${regionCode}`,
        title: `${capital(domainName)} (${regionCode.toUpperCase()})`, techServices: [],
    };
    const add = (type, name, group, body, extra) => model.add(definition(type, name, unit.pkg, group, unit, body, extra));
    const calendars = shared.region(region);
    const domainMail = `${domainName}.${regionCode}.corp.example`;

    const appTeam = add('Team', 'AppTeam', 'people', r => [
        `/** Builds and runs the ${domainName} applications of ${regionCode.toUpperCase()}. */`,
        `team ${r.name(appTeam)} {`, `  lead ${quote(random.pick(LEADS))}`, `  email ${quote(`apps@${domainMail}`)}`,
        `  phone ${quote(`${region.phone} ${String(1000 + index).slice(-4)}`)}`, `  hours ${r.ref(calendars.business)}`, '}']);
    const supportHours = random.chance(0.5) ? calendars.extended : calendars.business;
    const localSupport = add('Team', 'LocalSupport', 'people', r => [
        `team ${r.name(localSupport)} {`, `  email ${quote(`support@${domainMail}`)}`, `  hours ${r.ref(supportHours)}`, '}']);

    const matrix = random.chance(0.2) ? shared.simple : shared.standard;
    const ola = { provider: appTeam, matrix, slas: [], tighten: random.int(0, 1), doc: `What the ${domainName} application team commits to.` };
    ola.targets = () => strictestTargets(ola.slas, ola.tighten);
    ola.hours = shared.always;
    ola.def = add('Ola', 'AppTeamOla', 'agreements', r => agreementLines(r, ola.def, ola));
    let uc;
    if (random.chance(0.5)) {
        const [vendorName, vendor] = random.pick(VENDORS);
        uc = { vendor, matrix, hours: shared.always, slas: [], doc: 'Third-line support from the vendor, 24x7.' };
        uc.targets = () => strictestTargets(uc.slas, 1);
        uc.def = add('UnderpinningContract', `${vendorName}Uc`, 'agreements', r => agreementLines(r, uc.def, uc));
    }
    const [hostA, hostB] = platform.hostPair(index);
    const stagingHost = platform.stagingHost(index);
    const ci = (name, spec) => {
        const def = add('ConfigurationItem', name, 'cmdb', r => ciLines(r, def, { owner: appTeam, ...spec }));
        return def;
    };
    const vm = (name, os, relations, environment) => ci(name, {
        cls: shared.virtualServer, environment,
        attributes: [['os', quote(os)], ['ip', model.ip()], ...(random.chance(0.3) ? [['ip6', model.ip6()]] : []),
            ['cores', String(random.pick([2, 4, 8, 16]))], ['memoryGb', String(random.pick([8, 16, 32, 64]))], ['autostart', 'true']],
        relations,
    });

    for (let s = 0; s < stackCount; s++) {
        const appName = apps[s % apps.length] + (s >= apps.length ? String(Math.floor(s / apps.length) + 1) : '');
        const key = appName.toLowerCase();
        const os = random.chance(0.75) ? random.pick(LINUX) : random.pick(WINDOWS);
        const cluster = random.chance(0.3) ? ci(`${key}-cluster`, { cls: shared.cluster, description: `${appName} application servers` }) : undefined;
        const member = cluster ? [['member of', [cluster]]] : [];
        const redundant = random.chance(0.8);
        const vm1 = vm(`${key}-vm01`, os, [['hosted on', [hostA]], ...member]);
        const vm2 = redundant ? vm(`${key}-vm02`, os, [['hosted on', [hostB]], ...member]) : undefined; // the other site
        const [engine, versions] = random.pick(DATABASES);
        const dbVm = vm(`${key}-dbvm`, random.pick(LINUX), [['hosted on', [hostA, hostB], true]]);
        const db = ci(`${key}-db`, { cls: shared.database,
            attributes: [['engine', quote(engine)], ['version', quote(random.pick(versions))], ['sizeGb', String(random.pick([50, 200, 500, 2000]))],
                ['encrypted', String(random.chance(0.8))]],
            relations: [['runs on', [dbVm]]] });
        const app = ci(`${key}-app`, { cls: shared.application, description: random.chance(0.4) ? `${appName} application server` : undefined,
            attributes: [['version', quote(`${random.int(1, 12)}.${random.int(0, 9)}.${random.int(0, 20)}`)],
                ['homepage', quote(`https://${key}.${domainMail}`)]],
            relations: [['runs on', vm2 ? [vm1, vm2] : [vm1]], ['depends on', [db, random.pick(platform.directoryServers)]]] });
        if (vm2 && random.chance(0.3)) {
            ci(`${key}-lb`, { cls: shared.loadBalancer, owner: shared.networkOps,
                attributes: [['os', quote('F5 BIG-IP 17.1')], ['vip', model.ip()]], relations: [['connects to', [vm1, vm2]]] });
        }
        if (random.chance(0.4)) {
            const stagingVm = vm(`${key}-stg01`, os, [['hosted on', [stagingHost]]], 'staging');
            ci(`${key}-stg-app`, { cls: shared.application, environment: 'staging',
                attributes: [['version', quote(`${random.int(1, 12)}.${random.int(0, 9)}.0-rc1`)]], relations: [['runs on', [stagingVm]]] });
        }

        const tech = service(`${appName}Platform`, {
            kind: 'technical', tier: random.chance(0.6) ? 1 : 2, owner: appTeam, support: shared.serviceDesk,
            dependencies: platform.baseDependencies(true), realizedBy: [db, dbVm],
        });
        tech.availability = niceAvailability(dependencyCeiling(tech.dependencies), random.int(0, 1));
        const dependencies = [{ services: [tech] }];
        if (model.techServices.length > 0 && random.chance(0.3)) dependencies.push({ services: [random.pick(model.techServices)] });
        const tier = Math.min(4, Math.max(...dependencies.flatMap(g => g.services.map(x => x.tier))) + random.pick([0, 0, 1, 1, 2]));
        const levels = tier === 1 ? ['Platinum', 'Gold'] : tier === 2 ? (random.chance(0.4) ? ['Gold', 'Silver'] : ['Gold'])
            : random.chance(0.3) ? ['Gold', 'Silver'] : ['Silver'];
        const business = service(appName, {
            kind: 'business', tier, owner: appTeam, dependencies, realizedBy: [app],
            support: levels.includes('Platinum') || random.chance(0.4) ? shared.serviceDesk : localSupport,
            doc: random.chance(0.3) ? `${appName} for the ${domainName} teams of ${regionCode.toUpperCase()}.` : undefined,
            description: random.chance(0.5) ? `${appName} (${unit.title})` : undefined,
        });
        business.availability = niceAvailability(dependencyCeiling(dependencies), random.int(0, 1));
        const ceiling = effectiveAvailability(business);
        const slas = levels.map((level, i) => sla(business, level, niceAvailability(ceiling, i + (level === 'Silver' ? 1 : 0)), engine));
        const audiences = AUDIENCES.slice(0, random.int(1, 3));
        business.offerings = audiences.map(([suffix, audience], i) => ({
            name: `${appName}${suffix}`, audience,
            slas: i === 0 ? [slas[slas.length - 1]] : i === 1 ? [slas[0]] : slas,
        }));
        if (random.chance(0.1)) {
            service(`${appName}Next`, { kind: 'business', status: 'pipeline', tier, owner: appTeam, dependencies: [{ services: [tech] }],
                description: `Replacement for ${appName}, in design` });
        }
        unit.techServices.push(tech);
    }
    if (random.chance(0.4)) {
        const legacy = ci('legacy01', { cls: shared.server, status: 'decommissioned', description: 'Switched off; kept for the audit trail',
            attributes: [['os', quote(random.pick(LEGACY_OS))], ['ip', model.ip()]] });
        service('LegacyArchive', { kind: 'business', status: 'retired', owner: appTeam, realizedBy: [legacy], dependencies: [] });
    }
    const workflowKinds = [];
    if (random.chance(0.6)) workflowKinds.push(['Patching', 'standard', []], ['Restart', 'standard', []]);
    if (random.chance(0.3)) workflowKinds.push(['Release', 'normal', [appTeam, shared.cab]]);
    if (random.chance(0.1)) workflowKinds.push(['Hotfix', 'emergency', [null, shared.ecab]]);
    for (const [name, type, approvers] of workflowKinds) {
        const workflow = add('Workflow', `${capital(domainName)}${name}`, 'change', r => workflowLines(r, workflow, type, approvers));
    }
    // An OLA that only underpins business-hours SLAs may keep business hours (the same calendar covers them).
    if (ola.slas.every(a => a.hours === calendars.business) && random.chance(0.4)) ola.hours = calendars.business;
    model.techServices.push(...unit.techServices);
    return unit;

    function service(name, spec) {
        const s = { status: 'live', dependencies: [], ...spec };
        if (s.tier === 1 && s.status === 'live') s.continuityPlan = shared.recovery;
        s.def = add('Service', name, 'services', r => serviceLines(r, s.def, s));
        return s;
    }

    function sla(business, level, availability, engine) {
        const hours = level === 'Platinum' ? shared.always : calendars.business;
        const a = { service: business, matrix, hours, availability, period: level === 'Silver' ? 'quarter' : 'month', underpinnedBy: [ola] };
        a.table = TARGETS[matrix.key][level];
        a.targets = () => a.table;
        ola.slas.push(a);
        if (level === 'Platinum' && matrix === shared.standard) {
            a.underpinnedBy.push(platform.hostingOla);
            platform.hostingOla.slas.push(a);
        }
        if (uc && (engine === 'Oracle Database' || random.chance(0.3))) {
            a.underpinnedBy.push(uc);
            uc.slas.push(a);
        }
        a.def = add('Sla', `${business.def.name}${level}`, 'agreements', r => agreementLines(r, a.def, a));
        return a;
    }
}

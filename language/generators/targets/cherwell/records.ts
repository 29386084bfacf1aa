/**
 * The business-object records of the `cherwell` target, as the REST API's
 * save operations take them: a SaveRequest (busObId, fields, persist) per
 * record, each field a FieldTemplateItem (fieldId, name, value as text,
 * dirty). Records are created, so no busObRecId / busObPublicId is written.
 * IDs come from the mapping (see mapping.ts); values are display text.
 */
import type { AgreementModel, CanonicalModel, CiModel, RelationshipType, ServiceModel } from '../../canonical-model.js';
import type { MappingResolver } from './mapping.js';
import { pascalCase } from './mapping.js';

export interface FieldTemplateItem { fieldId: string; name: string; value: string; dirty: true }
export interface SaveRequest { busObId: string; fields: FieldTemplateItem[]; persist: true }
export interface BatchSaveRequest { saveRequests: SaveRequest[]; stopOnError: true }
export interface RelatedSaveRequest extends SaveRequest { parentBusObId: string; parentBusObPublicId: string; relationshipId: string }

export interface LinkEnd { busObId: string; busObName: string; publicId: string; itsmName: string }
export interface Link {
    kind: RelationshipType | 'realized-by' | 'service-depends-on' | 'offering-sla' | 'underpinned-by';
    parent: LinkEnd;
    relationshipId: string;
    relationshipName: string;
    child: LinkEnd;
    redundancyGroup?: string;
}

export const SERVICE = 'Service';
export const SLA = 'SLA';
export const SLA_TARGET_TIME = 'SLATargetTime';

/** itsm service status → Cherwell Service status (the Service workflow's Planning / Active / Retired). */
export const SERVICE_STATUS: Record<string, string> = { pipeline: 'Planning', live: 'Active', retired: 'Retired' };
/** itsm CI status → Configuration Item status (defaults; not confirmed for every instance: override under values.ciStatus). */
export const CI_STATUS: Record<string, string> = { planned: 'Planned', operational: 'Active', maintenance: 'Maintenance', decommissioned: 'Retired' };
export const AGREEMENT_TYPE: Record<AgreementModel['type'], string> = { SLA: 'SLA', OLA: 'OLA', UC: 'Underpinning Contract' };
export const SERVICE_TYPE: Record<string, string> = { business: 'Business Service', technical: 'Technical Service' };
/** The relationship (on the parent business object) each itsm relationship type is linked through. */
export const CI_RELATIONSHIPS: Record<RelationshipType, string> = {
    'runs-on': 'RunsOn', 'hosted-on': 'HostedOn', 'depends-on': 'DependsOn', 'connects-to': 'ConnectsTo', 'member-of': 'MemberOf',
};

export function simpleName(qualified: string): string {
    return qualified.slice(qualified.lastIndexOf('.') + 1);
}

/** Record names: the simple name, or the qualified one where two records of one kind would share it. */
export function recordNames(qualified: Iterable<string>): Map<string, string> {
    const all = [...new Set(qualified)];
    const counts = new Map<string, number>();
    for (const name of all) counts.set(simpleName(name).toLowerCase(), (counts.get(simpleName(name).toLowerCase()) ?? 0) + 1);
    return new Map(all.map(name => [name, counts.get(simpleName(name).toLowerCase())! > 1 ? name : simpleName(name)]));
}

const nameOf = (names: Map<string, string>, qualified: string | undefined) => (qualified ? names.get(qualified) ?? simpleName(qualified) : undefined);

/** Decimal text without a trailing `.0` and without float noise. */
export function numberText(value: number): string {
    return String(Number(value.toFixed(6)));
}

export function minutes(seconds: number): string {
    return numberText(seconds / 60);
}

export class RecordBuilder {
    readonly services: Map<string, string>;
    readonly cis: Map<string, string>;
    readonly agreements: Map<string, string>;
    readonly teams: Map<string, string>;
    readonly calendars: Map<string, string>;
    private readonly ciClass = new Map<string, string>();

    constructor(private readonly model: CanonicalModel, readonly ids: MappingResolver) {
        this.services = recordNames(model.services.map(s => s.name));
        this.cis = recordNames(model.cis.map(c => c.name));
        this.agreements = recordNames(model.agreements.map(a => a.name));
        this.teams = recordNames(model.teams.map(t => t.name));
        this.calendars = recordNames(model.calendars.map(c => c.name));
        for (const ci of model.cis) this.ciClass.set(ci.name, ci.class);
    }

    private fields(busOb: string, entries: Array<[string, string | number | boolean | undefined]>): FieldTemplateItem[] {
        return entries
            .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== '')
            .map(([field, value]) => ({ ...this.ids.field(busOb, field), value: typeof value === 'number' ? numberText(value) : String(value), dirty: true as const }));
    }

    private save(busOb: string, entries: Array<[string, string | number | boolean | undefined]>): SaveRequest {
        return { busObId: this.ids.busObId(busOb), fields: this.fields(busOb, entries), persist: true };
    }

    service(service: ServiceModel): SaveRequest {
        return this.save(SERVICE, [
            ['ServiceName', nameOf(this.services, service.name)],
            ['Description', service.description],
            ['Status', this.ids.value('serviceStatus', service.status, SERVICE_STATUS[service.status] ?? service.status)],
            ['ServiceType', service.kind ? SERVICE_TYPE[service.kind] ?? service.kind : undefined],
            ['Criticality', service.tier],
            ['OwnedByTeam', nameOf(this.teams, service.owner)],
            ['SupportTeam', nameOf(this.teams, service.support)],
            ['AvailabilityTarget', service.availability],
            ['AvailabilityCeiling', service.computed.availabilityCeiling],
            ['ItsmName', service.name],
        ]);
    }

    ciBusOb(ciClass: string): string {
        return this.ids.ciBusOb(ciClass, simpleName(ciClass));
    }

    ci(ci: CiModel): SaveRequest {
        const standard: Array<[string, string | number | boolean | undefined]> = [
            ['FriendlyName', nameOf(this.cis, ci.name)],
            ['Description', ci.description],
            ['Status', this.ids.value('ciStatus', ci.status, CI_STATUS[ci.status] ?? ci.status)],
            ['Environment', ci.environment],
            ['OwnedByTeam', nameOf(this.teams, ci.owner)],
            ['ItsmName', ci.name],
        ];
        const taken = new Set(standard.map(([field]) => field));
        const attributes = Object.keys(ci.attributes).sort().map((key): [string, string | number | boolean] => {
            const field = pascalCase(key);
            return [taken.has(field) ? `${field}Attribute` : field, ci.attributes[key]];
        });
        return this.save(this.ciBusOb(ci.class), [...standard, ...attributes]);
    }

    agreement(agreement: AgreementModel): SaveRequest {
        const offerings = this.model.services.flatMap(s => s.offerings).filter(o => o.slas.includes(agreement.name)).map(o => simpleName(o.name)).sort();
        return this.save(SLA, [
            ['SLAName', nameOf(this.agreements, agreement.name)],
            ['Description', agreement.description],
            ['SLAType', this.ids.value('agreementType', agreement.type, AGREEMENT_TYPE[agreement.type])],
            ['Service', nameOf(this.services, agreement.service)],
            ['ProviderTeam', nameOf(this.teams, agreement.provider)],
            ['Vendor', agreement.vendor],
            ['WorkHours', nameOf(this.calendars, agreement.hours)],
            ['AvailabilityTarget', agreement.availability?.percent],
            ['AvailabilityPeriod', agreement.availability?.period],
            ['Offerings', offerings.join(', ')],
            ['ItsmName', agreement.name],
        ]);
    }

    /** One SLA Target Time per priority, saved as a child of its SLA. */
    targetTimes(agreement: AgreementModel): RelatedSaveRequest[] {
        const parentBusObId = this.ids.busObId(SLA);
        const relationshipId = this.ids.relationshipId(SLA, 'TargetTimes');
        const parentBusObPublicId = nameOf(this.agreements, agreement.name)!;
        return agreement.targets.map(target => ({
            parentBusObId, parentBusObPublicId, relationshipId,
            ...this.save(SLA_TARGET_TIME, [
                ['Priority', target.priority],
                ['ParentType', 'Incident'],
                ['ResponseTimeMinutes', target.response ? minutes(target.response.seconds) : undefined],
                ['ResolutionTimeMinutes', target.resolve ? minutes(target.resolve.seconds) : undefined],
                ['WorkHours', nameOf(this.calendars, agreement.hours)],
                ['ItsmName', `${agreement.name}#${target.priority}`],
            ]),
        }));
    }

    private end(busObName: string, names: Map<string, string>, itsmName: string): LinkEnd {
        return { busObId: this.ids.busObId(busObName), busObName, publicId: nameOf(names, itsmName)!, itsmName };
    }

    private ciEnd(name: string): LinkEnd {
        return this.end(this.ciBusOb(this.ciClass.get(name) ?? name), this.cis, name);
    }

    private link(kind: Link['kind'], parent: LinkEnd, relationshipName: string, child: LinkEnd, redundancyGroup?: string): Link {
        return {
            kind, parent, relationshipId: this.ids.relationshipId(parent.busObName, relationshipName), relationshipName, child,
            ...(redundancyGroup ? { redundancyGroup } : {}),
        };
    }

    links(): Link[] {
        const links: Link[] = [];
        for (const r of this.model.relationships) {
            links.push(this.link(r.type, this.ciEnd(r.source), CI_RELATIONSHIPS[r.type], this.ciEnd(r.target), r.redundancyGroup));
        }
        for (const service of this.model.services) {
            const parent = this.end(SERVICE, this.services, service.name);
            service.dependencies.forEach((dependency, index) => {
                for (const target of dependency.services) {
                    const group = dependency.mode === 'any' ? `${service.name}#any${index + 1}` : undefined;
                    links.push(this.link('service-depends-on', parent, 'DependsOn', this.end(SERVICE, this.services, target), group));
                }
            });
            for (const ci of service.realizedBy) links.push(this.link('realized-by', parent, 'RealizedBy', this.ciEnd(ci)));
            for (const offering of service.offerings) {
                for (const sla of offering.slas) links.push(this.link('offering-sla', parent, 'SLAs', this.end(SLA, this.agreements, sla)));
            }
        }
        for (const agreement of this.model.agreements) {
            const parent = this.end(SLA, this.agreements, agreement.name);
            for (const under of agreement.underpinnedBy) links.push(this.link('underpinned-by', parent, 'UnderpinnedBy', this.end(SLA, this.agreements, under)));
        }
        const key = (l: Link) => `${l.parent.itsmName}\u0000${l.relationshipName}\u0000${l.child.itsmName}`;
        return uniqueBy(links, key).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    }
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
    const seen = new Set<string>();
    return items.filter(item => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

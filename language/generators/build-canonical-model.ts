/**
 * Builds the canonical model from a linked workspace. Pure reading: every
 * number comes from the AST's typed values or the shared analyses
 * (availability, service graph, hosting), so generators agree with the rules.
 */
import * as path from 'node:path';
import { AstUtils, type AstNode, type Reference } from 'langium';
import {
    isCalendar, isChangeAuthority, isContinuityPlan, isKpi, isCiClass, isConfigurationItem, isHolidayList, isModel, isOla, isPriorityMatrix,
    isService, isSla, isTeam, isUnderpinningContract, isWorkflow,
    type Calendar, type ChangeAuthority, type CiClass, type ConfigurationItem, type HolidayList, type Literal, type Ola,
    type PriorityMatrix, type RequestItem, type Service, type Sla, type Team, type UnderpinningContract, type Workflow,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { availabilityCeiling } from '../analysis/availability.js';
import { calendarCoverage } from '../analysis/calendar-coverage.js';
import { hostingChain } from '../analysis/hosting.js';
import { dependantsOf, dependencyClosure } from '../analysis/service-graph.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { continuityPlanModel, kpiModel, serviceContinuity, serviceRecoveryFloor } from './build-continuity-model.js';
import { attributesOf } from '../references/scope-provider.js';
import { formatMinutes } from '../values/time-of-day.js';
import {
    CANONICAL_SCHEMA_VERSION, type AgreementModel, type AttributeValueModel, type CalendarModel, type CanonicalModel,
    type ChangeAuthorityModel, type CiClassModel, type CiModel, type HolidayListModel, type PriorityMatrixModel,
    type RelationshipModel, type RelationshipType, type RequestItemModel, type ServiceModel, type TeamModel, type WorkflowModel,
} from './canonical-model.js';

const RELATIONSHIP_TYPES: Record<string, RelationshipType> = {
    runs: 'runs-on', hosted: 'hosted-on', depends: 'depends-on', connects: 'connects-to', member: 'member-of',
};

export interface BuildOptions {
    /** Folder source files are shown relative to. */
    base: string;
    generatorVersion: string;
}

export function buildCanonicalModel(services: ItsmServices, options: BuildOptions): CanonicalModel {
    const documents = services.shared.workspace.LangiumDocuments.all.toArray();
    const definitions = documents.flatMap(document => {
        const model = document.parseResult.value;
        return isModel(model) ? model.definitions : [];
    });
    const packages = new Set<string>();
    for (const document of documents) {
        const model = document.parseResult.value;
        if (isModel(model) && model.package?.name) packages.add(model.package.name);
    }
    const name = (node: AstNode & { name?: string }) => qualifiedNameOf(node) ?? node.name ?? '';
    const ref = (reference: Reference | undefined) => {
        const target = reference?.ref as (AstNode & { name?: string }) | undefined;
        return target ? name(target) : reference?.$refText;
    };
    const refs = (references: Array<Reference>) => references.map(r => ref(r)).filter((n): n is string => !!n);
    const source = (node: AstNode) => ({
        source: {
            file: path.relative(options.base, AstUtils.getDocument(node).uri.fsPath).split(path.sep).join('/'),
            line: (node.$cstNode?.range.start.line ?? 0) + 1,
        },
    });
    const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A file with syntax errors (`generate --force`) can leave recovered nodes without a name: they are left out.
    const named = (node: object) => { const n = (node as { name?: unknown }).name; return typeof n === 'string' && n.length > 0; };
    const pick = <T extends AstNode>(guard: (n: unknown) => n is T): T[] => (definitions as unknown[]).filter(guard).filter(named);

    const calendars = byName(pick(isCalendar).map((calendar: Calendar): CalendarModel => ({
        name: name(calendar),
        ...optional('timezone', calendar.timezone),
        always: calendar.always,
        weekly: calendar.ranges.flatMap(range => range.times.map(time => ({
            days: range.days.filter(day => day.from).map(day => (day.to ? `${day.from}..${day.to}` : day.from)),
            from: time.start?.minutes !== undefined ? formatMinutes(time.start.minutes) : time.start?.text ?? '',
            to: time.end?.minutes !== undefined ? formatMinutes(time.end.minutes) : time.end?.text ?? '',
        }))),
        holidayLists: refs(calendar.holidays),
        ...optional('description', calendar.description),
        hoursPerWeek: Math.round(calendarCoverage(calendar).weeklyMinutes / 6) / 10,
        ...source(calendar),
    })));

    const holidayLists = byName(pick(isHolidayList).map((list: HolidayList): HolidayListModel => ({
        name: name(list),
        days: list.days.map(day => ({ date: day.date?.iso ?? day.date?.text ?? '', ...optional('label', day.label) }))
            .sort((a, b) => a.date.localeCompare(b.date)),
        ...source(list),
    })));

    const teams = byName(pick(isTeam).map((team: Team): TeamModel => ({
        name: name(team),
        ...optional('lead', team.lead), ...optional('email', team.email), ...optional('phone', team.phone),
        ...optional('hours', ref(team.hours)), ...optional('description', team.description),
        ...source(team),
    })));

    const changeAuthorities = byName(pick(isChangeAuthority).map((authority: ChangeAuthority): ChangeAuthorityModel => ({
        name: name(authority),
        ...optional('title', authority.title),
        emergency: authority.emergency,
        members: refs(authority.members),
        ...optional('description', authority.description),
        ...source(authority),
    })));

    const priorityMatrices = byName(pick(isPriorityMatrix).map((matrix: PriorityMatrix): PriorityMatrixModel => ({
        name: name(matrix),
        priorities: matrix.levels.filter(named).map((level, index) => ({ name: level.name, ...optional('label', level.label), rank: index + 1 })),
        urgencies: matrix.urgencies.map((u, i) => u.name ?? `#${i + 1}`),
        impacts: matrix.rows.map((r, i) => r.name ?? `#${i + 1}`),
        cells: matrix.rows.flatMap((row, r) => row.cells.map((cell, i) => ({
            impact: row.name ?? `#${r + 1}`, urgency: matrix.urgencies[i]?.name ?? `#${i + 1}`, priority: cell.$refText ?? '',
        }))),
        ...source(matrix),
    })));

    const ciClasses = byName(pick(isCiClass).map((ciClass: CiClass): CiClassModel => ({
        name: name(ciClass),
        ...optional('extends', ref(ciClass.superClass)),
        attributes: attributesOf(ciClass).filter(named).map(attribute => ({
            name: attribute.name,
            type: attribute.type,
            required: attribute.required,
            ...(attribute.$container !== ciClass ? { inheritedFrom: name(attribute.$container) } : {}),
        })),
        ...optional('description', ciClass.description),
        ...source(ciClass),
    })));

    const ciNodes = pick(isConfigurationItem);
    const cis = byName(ciNodes.map((ci: ConfigurationItem): CiModel => ({
        name: name(ci),
        class: ref(ci.ciClass) ?? '',
        ...optional('environment', ci.environment),
        status: ci.status ?? 'operational',
        ...optional('owner', ref(ci.owner)),
        ...optional('description', ci.description),
        attributes: Object.fromEntries(ci.attributes
            .filter(value => value.attribute?.$refText && value.value)
            .map(value => [value.attribute.$refText, literalValue(value.value)] as const)
            .sort(([a], [b]) => a.localeCompare(b))),
        hostingChain: hostsOf(ci, services).map(host => name(host)),
        ...source(ci),
    })));

    const relationships: RelationshipModel[] = [];
    for (const ci of ciNodes) {
        ci.relationships.forEach((relationship, index) => {
            const targets = refs(relationship.targets);
            const redundant = relationship.redundant || ((relationship.kind === 'runs' || relationship.kind === 'hosted') && targets.length > 1);
            for (const target of targets) {
                relationships.push({
                    source: name(ci),
                    type: RELATIONSHIP_TYPES[relationship.kind],
                    target,
                    ...(redundant ? { redundancyGroup: `${name(ci)}#${index + 1}` } : {}),
                });
            }
        });
    }
    relationships.sort((a, b) => `${a.source} ${a.type} ${a.target}`.localeCompare(`${b.source} ${b.type} ${b.target}`));

    const requestItemModel = (item: RequestItem, qualified: string): RequestItemModel => ({
        name: qualified,
        ...optional('title', item.title),
        ...optional('fulfilment', ref(item.fulfilment)),
        approvals: refs(item.approvers),
        ...(item.fulfilWithin?.seconds !== undefined ? { fulfilWithin: { seconds: item.fulfilWithin.seconds, text: item.fulfilWithin.text } } : {}),
        ...optional('fulfilledBy', ref(item.fulfilledBy)),
        ...optional('description', item.description),
    });

    const helpers = { name, ref, source };
    const services_ = byName(pick(isService).map((service: Service): ServiceModel => {
        const ceiling = availabilityCeiling(service, services).ceiling;
        return {
            name: name(service),
            ...optional('kind', service.kind),
            status: service.status ?? 'pipeline',
            ...optional('tier', service.tier),
            ...optional('owner', ref(service.owner)),
            ...optional('support', ref(service.support)),
            ...optional('description', service.description),
            ...optional('availability', service.availability),
            ...serviceContinuity(service, helpers),
            dependencies: service.dependencies.map(d => ({ mode: d.redundant ? 'any' as const : 'all' as const, services: refs(d.services) })),
            realizedBy: refs(service.realizedBy),
            offerings: byName(service.offerings.filter(named).map(offering => ({
                name: name(offering),
                ...optional('audience', offering.audience),
                slas: refs(offering.slas),
                ...optional('description', offering.description),
                requestItems: byName(offering.items.filter(named).map(item => requestItemModel(item, `${name(offering)}.${item.name}`))),
            }))),
            computed: {
                ...(ceiling !== undefined ? { availabilityCeiling: Number(ceiling.toFixed(6)) } : {}),
                dependencyClosure: [...dependencyClosure(service, services)].map(s => name(s)).sort(),
                dependants: [...new Set(dependantsOf(service, services).map(edge => name(edge.from)))].sort(),
                ...serviceRecoveryFloor(service, services, helpers),
            },
            ...source(service),
        };
    }));

    const agreementNodes: Array<Sla | Ola | UnderpinningContract> = [...pick(isSla), ...pick(isOla), ...pick(isUnderpinningContract)];
    const agreements = byName(agreementNodes.map((agreement): AgreementModel => ({
        name: name(agreement),
        type: isSla(agreement) ? 'SLA' : isOla(agreement) ? 'OLA' : 'UC',
        ...(isSla(agreement) ? optional('service', ref(agreement.service)) : {}),
        ...(isOla(agreement) ? optional('provider', ref(agreement.provider)) : {}),
        ...(isUnderpinningContract(agreement) ? optional('vendor', agreement.vendor) : {}),
        ...optional('priorityMatrix', ref(agreement.matrix)),
        ...optional('hours', ref(agreement.hours)),
        ...(agreement.availability !== undefined
            ? { availability: { percent: agreement.availability, ...optional('period', agreement.period) } } : {}),
        targets: agreement.targets.map(target => ({
            priority: target.priority?.$refText ?? '',
            ...(target.response?.seconds !== undefined ? { response: { seconds: target.response.seconds, text: target.response.text } } : {}),
            ...(target.resolve?.seconds !== undefined ? { resolve: { seconds: target.resolve.seconds, text: target.resolve.text } } : {}),
        })),
        underpinnedBy: isSla(agreement) ? refs(agreement.underpinnedBy) : [],
        ...optional('description', agreement.description),
        ...source(agreement),
    })));

    const workflows = byName(pick(isWorkflow).map((workflow: Workflow): WorkflowModel => {
        const states = workflow.states.filter(named);
        const nonFinal = states.filter(s => !s.final).map(s => s.name);
        return {
            name: name(workflow),
            process: workflow.process,
            ...optional('type', workflow.type),
            ...optional('description', workflow.description),
            ...optional('change', ref(workflow.change)),
            states: states.map(state => ({
                name: state.name, initial: state.initial, final: state.final, implementation: state.implementation,
                resolved: state.resolved, knownError: state.knownError, validation: state.validation, deployment: state.deployment,
                approvals: refs(state.approvers),
            })),
            transitions: workflow.transitions.flatMap((transition): WorkflowModel['transitions'] => {
                const steps = transition.steps.map(step => step.$refText).filter((step): step is string => !!step);
                const fromAny: WorkflowModel['transitions'] = transition.fromAny && steps.length > 0
                    ? nonFinal.filter(from => from !== steps[0]).map(from => ({ from, to: steps[0], fromAny: true as const }))
                    : [];
                return [...fromAny, ...pairs(steps)];
            }),
            ...source(workflow),
        };
    }));

    return {
        schemaVersion: CANONICAL_SCHEMA_VERSION,
        generator: { name: 'itsm', version: options.generatorVersion },
        packages: [...packages].sort(),
        calendars, holidayLists, teams, changeAuthorities, priorityMatrices, ciClasses, cis, relationships,
        services: services_, agreements, workflows,
        continuityPlans: byName(pick(isContinuityPlan).map(plan => continuityPlanModel(plan, pick(isService), helpers))),
        kpis: byName(pick(isKpi).map(kpi => kpiModel(kpi, helpers))),
    };
}

function pairs(steps: string[]): Array<{ from: string; to: string }> {
    const result: Array<{ from: string; to: string }> = [];
    for (let i = 1; i < steps.length; i++) result.push({ from: steps[i - 1], to: steps[i] });
    return result;
}

/** Distinct hosts of a CI over all its hosting paths, nearest first. */
function hostsOf(ci: ConfigurationItem, services: ItsmServices): ConfigurationItem[] {
    const chain = hostingChain(ci, services);
    const hosts: ConfigurationItem[] = [];
    const depth = Math.max(0, ...chain.paths.map(p => p.length));
    for (let level = 0; level < depth; level++) {
        for (const pathEdges of chain.paths) {
            const host = pathEdges[level]?.to;
            if (host && host !== ci && !hosts.includes(host)) hosts.push(host);
        }
    }
    return hosts;
}

function literalValue(literal: Literal): AttributeValueModel {
    switch (literal.$type) {
        case 'StringLiteral': return literal.value;
        case 'NumberLiteral': return literal.value;
        case 'BooleanLiteral': return literal.value;
        case 'DateValue': return literal.date?.iso ?? literal.date?.text ?? '';
        case 'IpAddress': return literal.text;
        case 'PercentLiteral': return literal.value;
        case 'DurationValue': return literal.duration?.seconds ?? literal.duration?.text ?? '';
    }
}

/** `{ key: value }` when the value is set, `{}` otherwise: absent fields stay absent, never `null`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}

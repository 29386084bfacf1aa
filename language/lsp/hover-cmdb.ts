/**
 * Hovers of the CMDB: a CI's class with every attribute it may set (type,
 * required, the value set on this CI), its environment, status and owner, its
 * hosting chain to the top-level hosts, what runs on it and what it realizes;
 * a CI class with its attributes (inherited ones too) and its CIs; an
 * attribute's type and class.
 */
import { hostingChain, hostingEdges, hostingModel } from '../analysis/hosting.js';
import {
    isConfigurationItem, isService,
    type AttributeDeclaration, type CiClass, type ConfigurationItem,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { attributesOf } from '../references/scope-provider.js';
import { count, facts, listOf, nameOf, table } from './hover-markdown.js';

export function ciHover(ci: ConfigurationItem, services: ItsmServices): string[] {
    const ciClass = ci.ciClass?.ref;
    const parts = [facts([
        ['Class', ciClass ? classChain(ciClass) : ci.ciClass?.$refText ?? '_none_'],
        ['Environment', ci.environment ?? '_not declared_'],
        ['Status', ci.status ?? '_not declared_'],
        ['Owner', nameOf(ci.owner) ?? '_none_'],
        ...ci.relationships.filter(r => r.kind !== 'runs' && r.kind !== 'hosted').map(r => [
            { depends: 'Depends on', connects: 'Connects to', member: 'Member of' }[r.kind as 'depends' | 'connects' | 'member'] ?? r.kind,
            `${r.redundant ? 'any of ' : ''}${r.targets.map(t => nameOf(t)).join(', ')}`,
        ] as [string, string]),
    ])];
    if (ciClass) {
        const attributes = attributesOf(ciClass);
        if (attributes.length > 0) {
            parts.push(table(['Attribute', 'Type', 'Required', 'Value'], attributes.map(attribute => {
                const value = ci.attributes.find(v => v.attribute?.ref === attribute);
                const text = value?.value?.$cstNode?.text;
                return [attribute.name, attribute.type, attribute.required ? 'yes' : 'no',
                    text !== undefined ? `\`${text}\`` : attribute.required ? '**missing**' : '—'];
            })));
        }
    }
    parts.push(hostingSection(ci, services));
    const hosted = allItems(services).filter(other => hostingEdges(other).some(edge => edge.to === ci)).map(other => other.name);
    const realizes = services.references.DefinitionIndex.nodesOfType('Service', isService)
        .filter(service => service.realizedBy.some(r => r.ref === ci)).map(service => service.name);
    const more = facts([['Runs it', listOf(hosted)], ['Realizes', listOf(realizes)]]);
    if (more) parts.push(more);
    return parts;
}

function allItems(services: ItsmServices): ConfigurationItem[] {
    return services.references.DefinitionIndex.nodesOfType('ConfigurationItem', isConfigurationItem);
}

/** "exchange → mx01 → vmhost03; exchange → mx02 → vmhost04" */
function hostingSection(ci: ConfigurationItem, services: ItsmServices): string {
    const chain = hostingChain(ci, services);
    if (chain.paths.length === 0) return '**Hosting:** runs on nothing (a top-level host)';
    const paths = chain.paths.map(path => [ci.name, ...path.map(edge => edge.to.name)].join(' → '));
    const notes = [
        chain.cyclic && '⚠ the chain runs in a cycle',
        chain.truncated && 'more paths not shown',
        hostingModel(services).singlePointsOfFailure(ci).map(spof => `⚠ single point of failure: ${spof.host.name}`).join('; '),
    ].filter(Boolean);
    return `**Hosting:** ${paths.join('; ')}${notes.length > 0 ? `\n\n${notes.join('; ')}` : ''}`;
}

/** "Server extends Machine extends Asset" */
function classChain(ciClass: CiClass): string {
    const chain: string[] = [];
    const seen = new Set<CiClass>();
    for (let current: CiClass | undefined = ciClass; current && !seen.has(current); current = current.superClass?.ref) {
        seen.add(current);
        chain.push(current.name);
    }
    return chain.join(' extends ');
}

export function ciClassHover(ciClass: CiClass, services: ItsmServices): string[] {
    const items = allItems(services).filter(ci => {
        for (let c = ci.ciClass?.ref, depth = 0; c && depth < 50; c = c.superClass?.ref, depth++) if (c === ciClass) return true;
        return false;
    });
    const parts = [facts([
        ['Extends', ciClass.superClass && classChain(ciClass).split(' extends ').slice(1).join(' extends ')],
        ['CIs', items.length > 0 ? `${count(items.length, 'CI')}: ${listOf(items.map(ci => ci.name))}` : 'none'],
    ])];
    const attributes = attributesOf(ciClass);
    if (attributes.length > 0) {
        parts.push(table(['Attribute', 'Type', 'Required', 'Declared in'], attributes.map(a =>
            [a.name, a.type, a.required ? 'yes' : 'no', a.$container.name])));
    }
    return parts;
}

export function attributeHover(attribute: AttributeDeclaration): string[] {
    return [facts([
        ['Type', attribute.type],
        ['Required', attribute.required ? 'yes' : 'no'],
        ['Class', attribute.$container.name],
    ])];
}

/**
 * Hover: what a name stands for, on a declaration or on any reference to it
 * (each segment of a qualified name and of an import counts, as for go to
 * definition): its documentation comment (`/** … *\/`), its `description`,
 * and facts computed from the workspace, per kind of definition (see the
 * hover-*.ts files). On a priority in `P1 { … }` or on one of its durations,
 * the target with the targets above or below it; on a literal, its value.
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isAttributeValue, isPriorityTarget,
    type Agreement, type AttributeDeclaration, type ContinuityPlan, type Kpi, type Calendar, type ChangeAuthority, type CiClass, type ConfigurationItem,
    type HolidayList, type Offering, type PriorityLevel, type PriorityMatrix, type RequestItem, type Service, type State, type Team, type Workflow,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { packageOf } from '../references/qualified-names.js';
import { agreementHover, targetHover } from './hover-agreements.js';
import { matrixHover, priorityLevelHover, requestItemHover, stateHover, workflowHover } from './hover-change.js';
import { continuityPlanHover, kpiHover } from './hover-continuity.js';
import { attributeHover, ciClassHover, ciHover } from './hover-cmdb.js';
import { literalHover } from './hover-literals.js';
import { count, heading, listOf } from './hover-markdown.js';
import { authorityHover, calendarHover, holidaysHover, teamHover } from './hover-people.js';
import { offeringHover, serviceHover } from './hover-services.js';
import { nameAt } from './name-at-position.js';

export class ItsmHoverProvider implements HoverProvider {
    constructor(private readonly services: ItsmServices) {}

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (leaf && !leaf.hidden) {
            const literal = literalHover(leaf, this.services);
            if (literal) return markdown(literal, leaf.range);
        }
        const at = nameAt(this.services, document, offset);
        if (at?.kind === 'definition') {
            const container = at.leaf.astNode;
            if (isPriorityTarget(container) && at.target.$type === 'PriorityLevel') {
                return markdown(targetHover(container, this.services), at.leaf.range);
            }
            let value = this.definitionHover(at.target);
            const setHere = isAttributeValue(container) ? container.value?.$cstNode?.text : undefined;
            if (setHere !== undefined) value += `\n\nSet here to \`${setHere}\``;
            return markdown(value, at.leaf.range);
        }
        if (at?.kind === 'namespace') return markdown(this.packageHover(at.name), at.leaf.range);
        return undefined;
    }

    /** Heading, documentation comment, description and the kind's facts. */
    definitionHover(node: AstNode & { name?: string }): string {
        const parts = [heading(node, this.headingSuffix(node))];
        const documentation = this.services.documentation.DocumentationProvider.getDocumentation(node);
        if (documentation) parts.push(documentation);
        const description = (node as { description?: unknown }).description;
        if (typeof description === 'string' && description) parts.push(`_${description}_`);
        parts.push(...this.facts(node));
        return parts.filter(Boolean).join('\n\n');
    }

    private headingSuffix(node: AstNode): string {
        switch (node.$type) {
            case 'ConfigurationItem': return `: ${(node as ConfigurationItem).ciClass?.$refText ?? '?'}`;
            case 'AttributeDeclaration': return `: ${(node as AttributeDeclaration).type}`;
            case 'State': return ` of workflow ${(node as State).$container.name}`;
            case 'RequestItem': return ` of offering ${(node as RequestItem).$container.name}`;
            case 'PriorityLevel': return ` of matrix ${(node as PriorityLevel).$container.name}`;
            case 'Workflow': return ` (${(node as Workflow).process ?? 'change'} workflow)`;
            default: return '';
        }
    }

    private facts(node: AstNode): string[] {
        const services = this.services;
        switch (node.$type) {
            case 'Service': return serviceHover(node as Service, services);
            case 'Offering': return offeringHover(node as Offering, services);
            case 'Sla': case 'Ola': case 'UnderpinningContract': return agreementHover(node as Agreement, services);
            case 'ConfigurationItem': return ciHover(node as ConfigurationItem, services);
            case 'CiClass': return ciClassHover(node as CiClass, services);
            case 'AttributeDeclaration': return attributeHover(node as AttributeDeclaration);
            case 'Team': return teamHover(node as Team, services);
            case 'ChangeAuthority': return authorityHover(node as ChangeAuthority, services);
            case 'Calendar': return calendarHover(node as Calendar, services);
            case 'HolidayList': return holidaysHover(node as HolidayList);
            case 'PriorityMatrix': return matrixHover(node as PriorityMatrix);
            case 'PriorityLevel': return priorityLevelHover(node as PriorityLevel);
            case 'Workflow': return workflowHover(node as Workflow, services);
            case 'RequestItem': return requestItemHover(node as RequestItem);
            case 'State': return stateHover(node as State);
            case 'ContinuityPlan': return continuityPlanHover(node as ContinuityPlan, services);
            case 'Kpi': return kpiHover(node as Kpi);
            default: return [];
        }
    }

    private packageHover(name: string): string {
        const inside = [...this.services.references.DefinitionIndex.all()]
            .filter(d => d.node && packageOf(d.node) === name && d.type !== 'Offering')
            .map(d => d.name.slice(name.length + 1));
        if (inside.length === 0) return `**package** \`${name}\``;
        return `**package** \`${name}\` — ${count(inside.length, 'definition')}: ${listOf(inside, 10)}`;
    }
}

function markdown(value: string, range: Hover['range']): Hover {
    return { contents: { kind: 'markdown', value }, range };
}

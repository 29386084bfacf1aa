/**
 * The outline of a file: every definition under its name as written, with a
 * symbol kind that fits (see definition-kinds.ts) and a short detail
 * ("business service · live", "SLA for Email", "ci: Server · production").
 * Offerings are nested under their service, priorities under their matrix,
 * states under their workflow and attributes under their CI class.
 */
import type { AstNode, LangiumDocument, NameProvider } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import {
    AttributeDeclaration, Calendar, ChangeAuthority, CiClass, ConfigurationItem, ContinuityPlan, HolidayList, Kpi, Offering, Ola,
    PriorityLevel, PriorityMatrix, RequestItem, Service, Sla, State, Team, UnderpinningContract, Workflow, type Model,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { measureText, targetText } from '../analysis/kpi.js';
import { definitionKind } from './definition-kinds.js';

export class ItsmDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nameProvider: NameProvider;

    constructor(services: ItsmServices) {
        this.nameProvider = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value as Model;
        return (model.definitions ?? []).flatMap(definition => this.symbol(definition as AstNode, childrenOf(definition as AstNode)));
    }

    private symbol(node: AstNode, children: AstNode[] = []): DocumentSymbol[] {
        const name = (node as { name?: string }).name;
        const nameNode = this.nameProvider.getNameNode(node);
        if (!name || !nameNode || !node.$cstNode) return [];
        const symbol: DocumentSymbol = {
            name,
            kind: definitionKind(node.$type).symbol,
            detail: detailOf(node),
            range: node.$cstNode.range,
            selectionRange: nameNode.range,
        };
        const childSymbols = children.flatMap(child => this.symbol(child, childrenOf(child)));
        if (childSymbols.length > 0) symbol.children = childSymbols;
        return [symbol];
    }
}

function childrenOf(node: AstNode): AstNode[] {
    switch (node.$type) {
        case Service.$type: return (node as Service).offerings;
        case Offering.$type: return (node as Offering).items;
        case PriorityMatrix.$type: return (node as PriorityMatrix).levels;
        case Workflow.$type: return (node as Workflow).states;
        case CiClass.$type: return (node as CiClass).attributes;
        default: return [];
    }
}

/** A one-line summary of a definition, from what it declares; references as written. */
export function detailOf(node: AstNode): string {
    const join = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' · ');
    switch (node.$type) {
        case Service.$type: {
            const service = node as Service;
            return join(`${service.kind ? `${service.kind} ` : ''}service`, service.status, service.tier !== undefined && `tier ${service.tier}`,
                service.rto && `RTO ${service.rto.text}`);
        }
        case Offering.$type:
            return join('offering', (node as Offering).audience);
        case Sla.$type: {
            const service = (node as Sla).service?.$refText;
            return service ? `SLA for ${service}` : 'SLA';
        }
        case Ola.$type: {
            const provider = (node as Ola).provider?.$refText;
            return provider ? `OLA by ${provider}` : 'OLA';
        }
        case UnderpinningContract.$type: {
            const vendor = (node as UnderpinningContract).vendor;
            return vendor ? `UC with ${vendor}` : 'UC';
        }
        case ConfigurationItem.$type: {
            const ci = node as ConfigurationItem;
            return join(`ci: ${ci.ciClass?.$refText ?? '?'}`, ci.environment, ci.status);
        }
        case CiClass.$type: {
            const superClass = (node as CiClass).superClass?.$refText;
            return superClass ? `ci class extends ${superClass}` : 'ci class';
        }
        case AttributeDeclaration.$type: {
            const attribute = node as AttributeDeclaration;
            return join(attribute.type, attribute.required && 'required');
        }
        case Team.$type:
            return join('team', (node as Team).lead);
        case ChangeAuthority.$type: {
            const authority = node as ChangeAuthority;
            return join('change authority', authority.title, authority.emergency && 'emergency');
        }
        case Calendar.$type: {
            const calendar = node as Calendar;
            return join('calendar', calendar.always ? '24x7' : calendar.timezone);
        }
        case HolidayList.$type: {
            const days = (node as HolidayList).days.length;
            return `holidays · ${days} ${days === 1 ? 'day' : 'days'}`;
        }
        case PriorityMatrix.$type:
            return `priority matrix · ${(node as PriorityMatrix).levels.length} priorities`;
        case PriorityLevel.$type:
            return (node as PriorityLevel).label ?? '';
        case Workflow.$type: {
            const workflow = node as Workflow;
            return join(`${workflow.type ? `${workflow.type} ` : ''}${workflow.process ?? 'change'} workflow`,
                workflow.change && `under ${workflow.change.$refText}`);
        }
        case RequestItem.$type: {
            const item = node as RequestItem;
            return join('request item', item.title, item.fulfilWithin && `within ${item.fulfilWithin.text}`);
        }
        case State.$type: {
            const state = node as State;
            const approvers = state.approvers.map(ref => ref.$refText).filter(Boolean);
            return join(
                state.initial && 'initial', state.final && 'final', state.implementation && 'implementation',
                state.resolved && 'resolved', state.knownError && 'known-error', state.validation && 'validation',
                state.deployment && 'deployment', approvers.length > 0 && `approval by ${approvers.join(', ')}`,
            );
        }
        case ContinuityPlan.$type: {
            const plan = node as ContinuityPlan;
            return join('continuity plan', plan.tested ? `tested ${plan.tested.text}` : 'never tested');
        }
        case Kpi.$type: {
            const kpi = node as Kpi;
            return join('KPI', measureText(kpi.measure), targetText(kpi.target));
        }
        default:
            return '';
    }
}

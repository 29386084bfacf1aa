/**
 * Snippets for each definition, offered where the grammar lets a definition
 * start. Their defaults come from the workspace, under the names this file
 * reaches them by: the first team as owner, the service desk as support, the
 * matrix's priorities as one target line each (one SLA snippet per matrix
 * when there are several), a CAB to approve normal changes. Filled with
 * their defaults, every snippet parses (test/editor/snippets.test.ts).
 */
import type { AstNodeDescription } from 'langium';
import {
    isCalendar, isChangeAuthority, isCiClass, isPriorityMatrix,
    type AttributeType, type Model, type PriorityLevel, type PriorityMatrix,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { attributesOf, fileNamespace, GlobalScope } from '../references/scope-provider.js';
import { yieldedLevels } from '../validation/rules/service-level/agreement-targets.js';
import { processSnippet } from './process-snippets.js';

export interface Snippet {
    label: string;
    detail: string;
    /** LSP snippet syntax: `${1:default}`, `${2|a,b|}`, `$0`. */
    text: string;
}

/** The keyword that starts each definition, and the rule it starts. */
export const DEFINITION_KEYWORDS: Record<string, string> = {
    Service: 'service', Sla: 'sla', Ola: 'ola', UnderpinningContract: 'uc', Team: 'team', Calendar: 'calendar',
    HolidayList: 'holidays', PriorityMatrix: 'priority', CiClass: 'ci', ConfigurationItem: 'ci',
    ChangeAuthority: 'authority', WorkflowProcess: 'change', ContinuityPlan: 'continuity', Kpi: 'kpi',
};

/** Every keyword that starts a workflow: `change`, `release`, `incident`, `problem`, `request`. */
const PROCESS_KEYWORDS = new Set(['change', 'release', 'incident', 'problem', 'request']);

/** Whether a keyword of a grammar rule starts a definition (and so gets snippets). */
export function startsDefinition(rule: string, keyword: string): boolean {
    return rule === 'WorkflowProcess' ? PROCESS_KEYWORDS.has(keyword) : DEFINITION_KEYWORDS[rule] === keyword;
}

/** Response and resolution targets, most urgent priority first. */
const LADDER: Array<[string, string]> = [['15m', '4h'], ['30m', '8h'], ['4h', '3d'], ['1d', '5d'], ['2d', '10d']];

function ladder(index: number): [string, string] {
    return LADDER[index] ?? [`${index - 2}d`, `${5 * (index - 2)}d`];
}

const ATTRIBUTE_DEFAULTS: Record<AttributeType, string> = {
    string: '""', integer: '0', decimal: '0.0', boolean: 'true', date: '2026-01-01',
    ipv4: '10.0.0.1', ipv6: '::1', url: '"https://example.com"', email: '"team@example.com"',
};

/** Numbers the tab stops of one snippet. */
class Stops {
    private count = 0;
    tab(value: string): string {
        if (value === '') return `$${++this.count}`;
        return `\${${++this.count}:${value.replace(/[$}\\]/g, m => `\\${m}`)}}`;
    }
    choice(options: readonly string[]): string {
        return `\${${++this.count}|${options.join(',')}|}`;
    }
}

function block(head: string, lines: string[], end = '$0'): string {
    return [`${head} {`, ...lines.map(line => (line ? `\t${line}` : '')), `}${end}`].join('\n');
}

export class SnippetBuilder {
    constructor(private readonly services: ItsmServices, private readonly model: Model) {}

    /** The snippets for a definition keyword (`ci` gives a CI class and a CI). */
    snippetsFor(keyword: string): Snippet[] {
        switch (keyword) {
            case 'service': return [this.service()];
            case 'sla': case 'ola': case 'uc': return this.agreements(keyword);
            case 'team': return [this.team()];
            case 'calendar': return [this.calendar()];
            case 'holidays': return [this.holidays()];
            case 'priority': return [this.matrix()];
            case 'ci': return [this.ciClass(), this.ci()];
            case 'authority': return [this.authority()];
            case 'change': return [this.normalChange()];
            case 'continuity': return [this.continuityPlan()];
            case 'kpi': return [this.kpi()];
            case 'release': case 'incident': case 'problem': case 'request': return this.processWorkflow(keyword);
            default: return [];
        }
    }

    /** Definitions of a type as this file names them; those of its own package (unqualified names) first. */
    private visible(type: string): AstNodeDescription[] {
        const scope = new GlobalScope(this.services.references.DefinitionIndex, fileNamespace(this.model), type, this.services.shared.AstReflection);
        const all = scope.getAllElements().toArray();
        return [...all.filter(d => !d.name.includes('.')), ...all.filter(d => d.name.includes('.'))];
    }

    private name(type: string, fallback: string, prefer?: RegExp): string {
        const all = this.visible(type);
        return (prefer && all.find(d => prefer.test(d.name)) || all[0])?.name ?? fallback;
    }

    /** A team to own or provide something: the first that is not the service desk. */
    private ownerTeam(): string {
        const teams = this.visible('Team');
        return (teams.find(d => !/desk|support/i.test(d.name)) ?? teams[0])?.name ?? 'Team';
    }

    private service(): Snippet {
        const s = new Stops();
        const owner = this.ownerTeam();
        const text = block(`service ${s.tab('Name')}`, [
            `kind ${s.choice(['business', 'technical'])}`,
            `status ${s.choice(['pipeline', 'live', 'retired'])}`,
            `owner ${s.tab(owner)}`,
            `support ${s.tab(this.name('Team', 'Team', /desk|support/i))}`,
            '',
            `offering ${s.tab('Standard')} {`,
            `\tsla ${s.tab(this.name('Sla', 'Sla'))}`,
            '}',
        ]);
        return { label: 'service', detail: 'service with owner, support and an offering', text };
    }

    /** One snippet per matrix the file can name (one line per priority it yields), or one without targets. */
    private agreements(keyword: 'sla' | 'ola' | 'uc'): Snippet[] {
        const matrices = this.visible('PriorityMatrix').filter(d => isPriorityMatrix(d.node));
        const kind = { sla: 'SLA', ola: 'OLA', uc: 'underpinning contract' }[keyword];
        if (matrices.length === 0) return [{ label: keyword, detail: `${kind} (no priority matrix in the workspace)`, text: this.agreement(keyword) }];
        return matrices.map(d => {
            const levels = this.levelsOf(d.node as PriorityMatrix);
            const range = levels.length > 1 ? `${levels[0].name}–${levels[levels.length - 1].name}` : levels[0]?.name ?? 'no priorities';
            return {
                label: matrices.length > 1 ? `${keyword} (${d.name})` : keyword,
                detail: `${kind} with targets for ${d.name}'s priorities ${range}`,
                text: this.agreement(keyword, d.name, levels),
            };
        });
    }

    private levelsOf(matrix: PriorityMatrix): PriorityLevel[] {
        const yielded = yieldedLevels(matrix, this.services);
        return yielded.size > 0 ? matrix.levels.filter(level => yielded.has(level)) : matrix.levels;
    }

    private agreement(keyword: 'sla' | 'ola' | 'uc', matrix?: string, levels: PriorityLevel[] = []): string {
        const s = new Stops();
        const head = `${keyword} ${s.tab(keyword === 'sla' ? 'Name' : keyword === 'ola' ? 'NameOLA' : 'NameUC')}`;
        const lines: string[] = [];
        if (keyword === 'sla') lines.push(`service ${s.tab(this.name('Service', 'Service'))}`);
        if (keyword === 'ola') lines.push(`provider ${s.tab(this.ownerTeam())}`);
        if (keyword === 'uc') lines.push(`vendor "${s.tab('Vendor')}"`);
        if (matrix) lines.push(`priorities ${matrix}`);
        lines.push(`hours ${s.tab(this.name('Calendar', 'Calendar'))}`);
        lines.push(`availability ${s.tab('99.9')}% per ${s.choice(['month', 'quarter', 'year', 'week', 'day'])}`);
        levels.forEach((level, index) => {
            const [response, resolve] = ladder(index);
            lines.push(`${level.name} { response ${s.tab(response)}  resolve ${s.tab(resolve)} }`);
        });
        return block(head, lines);
    }

    private team(): Snippet {
        const s = new Stops();
        const text = block(`team ${s.tab('Name')}`, [
            `lead "${s.tab('Full Name')}"`,
            `email "${s.tab('team@example.com')}"`,
            `hours ${s.tab(this.name('Calendar', 'Calendar'))}`,
        ]);
        return { label: 'team', detail: 'team with lead, e-mail and hours', text };
    }

    private calendar(): Snippet {
        const s = new Stops();
        const head = `calendar ${s.tab('BusinessHours')}`;
        const calendars = this.services.references.DefinitionIndex.nodesOfType('Calendar', isCalendar);
        const zone = calendars.map(calendar => calendar.timezone).find(Boolean) ?? 'UTC';
        const lines = [`timezone "${s.tab(zone)}"`, `${s.tab('mon..fri')} ${s.tab('09:00-17:00')}`];
        const holidays = this.visible('HolidayList')[0];
        if (holidays) lines.push(`except holidays ${s.tab(holidays.name)}`);
        return { label: 'calendar', detail: 'calendar with timezone and weekly hours', text: block(head, lines) };
    }

    private holidays(): Snippet {
        const s = new Stops();
        const year = new Date().getFullYear() + 1;
        const text = block(`holidays ${s.tab('Holidays')}`, [`${s.tab(`${year}-01-01`)} "${s.tab("New Year's Day")}"`]);
        return { label: 'holidays', detail: 'holiday list', text };
    }

    private matrix(): Snippet {
        const s = new Stops();
        const text = block(`priority matrix ${s.tab('Standard')}`, [
            'priorities P1 "Critical", P2 "High", P3 "Moderate", P4 "Low", P5 "Planning"',
            'urgency          high  medium  low',
            'impact high   -> P1    P2      P3',
            'impact medium -> P2    P3      P4',
            'impact low    -> P3    P4      P5',
        ]);
        return { label: 'priority matrix', detail: "priority matrix: ServiceNow's default 3 × 3 impact × urgency", text };
    }

    private ciClass(): Snippet {
        const s = new Stops();
        const text = block(`ci class ${s.tab('Server')}`, [
            `attribute ${s.tab('os')}: ${s.choice(['string', 'integer', 'decimal', 'boolean', 'date', 'ipv4', 'ipv6', 'url', 'email'])} required`,
            `attribute ${s.tab('ip')}: ipv4`,
        ]);
        return { label: 'ci class', detail: 'CI class with attributes', text };
    }

    private ci(): Snippet {
        const s = new Stops();
        const classDescription = this.visible('CiClass')[0];
        const head = `ci ${s.tab('name')}: ${s.tab(classDescription?.name ?? 'Server')}`;
        const lines = [
            `environment ${s.choice(['production', 'staging', 'test', 'development', 'dr'])}`,
            `status ${s.choice(['operational', 'planned', 'maintenance', 'decommissioned'])}`,
            `owner ${s.tab(this.ownerTeam())}`,
        ];
        if (classDescription && isCiClass(classDescription.node)) {
            for (const attribute of attributesOf(classDescription.node).filter(a => a.required)) {
                const value = ATTRIBUTE_DEFAULTS[attribute.type] ?? '""';
                lines.push(`${attribute.name} ${value.startsWith('"') ? `"${s.tab(value.slice(1, -1))}"` : s.tab(value)}`);
            }
        }
        return { label: 'ci', detail: `CI${classDescription ? ` of class ${classDescription.name} with its required attributes` : ''}`, text: block(head, lines) };
    }

    private authority(): Snippet {
        const s = new Stops();
        const text = block(`authority ${s.tab('CAB')} "${s.tab('Change Advisory Board')}"`, [`members ${s.tab(this.ownerTeam())}`]);
        return { label: 'authority', detail: 'change authority with members', text };
    }

    /** ITIL's normal change: assessed, authorised by a CAB, scheduled, implemented and reviewed. */
    private normalChange(): Snippet {
        const s = new Stops();
        const authorities = this.visible('ChangeAuthority').flatMap(d => isChangeAuthority(d.node) ? [{ name: d.name, node: d.node }] : []);
        const cab = authorities.find(a => /^CAB$/i.test(a.node.name)) ?? authorities.find(a => !a.node.emergency) ?? authorities[0];
        const approver = cab?.name ?? this.name('Team', 'CAB');
        const text = block(`change workflow ${s.tab('NormalChange')}`, [
            'type normal',
            'states {',
            '\tNew        initial',
            '\tAssess',
            `\tAuthorize  approval by ${s.tab(approver)}`,
            '\tScheduled',
            '\tImplement  implementation',
            '\tReview',
            '\tClosed     final',
            '\tCanceled   final',
            '}',
            'New -> Assess -> Authorize -> Scheduled -> Implement -> Review -> Closed',
            'Authorize -> Assess',
            '* -> Canceled',
        ]);
        return { label: 'change workflow', detail: `normal change workflow (ITIL), approved by ${approver}`, text };
    }

    private processWorkflow(process: string): Snippet[] {
        const s = new Stops();
        return processSnippet(process, {
            tab: value => s.tab(value),
            block: (head, lines) => block(head, lines),
            visible: type => this.visible(type),
            approver: this.name('ChangeAuthority', this.name('Team', 'CAB'), /^CAB$/i),
            team: this.ownerTeam(),
        });
    }

    private continuityPlan(): Snippet {
        const s = new Stops();
        const text = block(`continuity plan ${s.tab('NameRecovery')}`, [
            `document "${s.tab('https://wiki.example.com/continuity')}"`,
            `owner ${s.tab(this.ownerTeam())}`,
            `tested ${s.tab(new Date().toISOString().slice(0, 10))}`,
            `recovery at "${s.tab('Secondary data centre')}"`,
        ]);
        return { label: 'continuity plan', detail: 'continuity plan with document, owner, last test and where it recovers', text };
    }

    /** The share of the first SLA's most urgent priority resolved in time, the example KPI of ITIL. */
    private kpi(): Snippet {
        const s = new Stops();
        const slas = this.visible('Sla');
        const sla = slas[0]?.node as { targets?: Array<{ priority?: { $refText: string } }> } | undefined;
        const priority = sla?.targets?.[0]?.priority?.$refText ?? 'P1';
        const text = block(`kpi ${s.tab(`${priority}ResolvedInTime`)}`, [
            `measures ${s.choice(['resolution', 'response'])} within ${s.tab(slas[0]?.name ?? 'Sla')} ${s.tab(priority)}`,
            `target >= ${s.tab('95')}% per ${s.choice(['month', 'quarter', 'year', 'week', 'day'])}`,
            `owner ${s.tab(this.name('Team', 'Team', /desk|support/i))}`,
        ]);
        return { label: 'kpi', detail: 'KPI: the share of tickets resolved within an SLA target', text };
    }
}

/**
 * How each kind of named thing of the language shows in the editor: its
 * symbol kind (outline, workspace symbols), its semantic token type (so that a
 * reference is coloured like what it refers to) and its completion kind. One
 * table, so that the outline, the colours and completion always agree.
 */
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

export interface DefinitionKind {
    symbol: SymbolKind;
    token: string;
    completion: CompletionItemKind;
}

const KINDS: Record<string, DefinitionKind> = {
    Service: { symbol: SymbolKind.Module, token: 'type', completion: CompletionItemKind.Module },
    Offering: { symbol: SymbolKind.Field, token: 'type', completion: CompletionItemKind.Field },
    Team: { symbol: SymbolKind.Object, token: 'struct', completion: CompletionItemKind.Struct },
    ChangeAuthority: { symbol: SymbolKind.Object, token: 'struct', completion: CompletionItemKind.Struct },
    Sla: { symbol: SymbolKind.Interface, token: 'interface', completion: CompletionItemKind.Interface },
    Ola: { symbol: SymbolKind.Interface, token: 'interface', completion: CompletionItemKind.Interface },
    UnderpinningContract: { symbol: SymbolKind.Interface, token: 'interface', completion: CompletionItemKind.Interface },
    ConfigurationItem: { symbol: SymbolKind.Variable, token: 'variable', completion: CompletionItemKind.Variable },
    CiClass: { symbol: SymbolKind.Class, token: 'class', completion: CompletionItemKind.Class },
    AttributeDeclaration: { symbol: SymbolKind.Property, token: 'property', completion: CompletionItemKind.Property },
    Calendar: { symbol: SymbolKind.Event, token: 'event', completion: CompletionItemKind.Event },
    HolidayList: { symbol: SymbolKind.Event, token: 'event', completion: CompletionItemKind.Event },
    PriorityMatrix: { symbol: SymbolKind.Enum, token: 'enum', completion: CompletionItemKind.Enum },
    PriorityLevel: { symbol: SymbolKind.EnumMember, token: 'enumMember', completion: CompletionItemKind.EnumMember },
    UrgencyLevel: { symbol: SymbolKind.EnumMember, token: 'enumMember', completion: CompletionItemKind.EnumMember },
    ImpactRow: { symbol: SymbolKind.EnumMember, token: 'enumMember', completion: CompletionItemKind.EnumMember },
    Workflow: { symbol: SymbolKind.Struct, token: 'function', completion: CompletionItemKind.Struct },
    State: { symbol: SymbolKind.EnumMember, token: 'enumMember', completion: CompletionItemKind.EnumMember },
    ContinuityPlan: { symbol: SymbolKind.File, token: 'struct', completion: CompletionItemKind.File },
    Kpi: { symbol: SymbolKind.Constant, token: 'variable', completion: CompletionItemKind.Constant },
    RequestItem: { symbol: SymbolKind.Method, token: 'function', completion: CompletionItemKind.Method },
};

const FALLBACK: DefinitionKind = { symbol: SymbolKind.Field, token: 'variable', completion: CompletionItemKind.Reference };

/** The kind of a named node, by its AST type (`Service`, `State` …). */
export function definitionKind(type: string): DefinitionKind {
    return KINDS[type] ?? FALLBACK;
}

/** Whether nodes of this AST type carry a name the editor treats as a definition. */
export function isNamedKind(type: string): boolean {
    return type in KINDS;
}

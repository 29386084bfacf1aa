/**
 * The ITSM language server's own requests, beyond LSP: names, parameters and
 * results. Shared by the server's handlers and the VS Code extension (which
 * imports this file only; it must stay free of Langium and of `vscode`).
 *
 * - `itsm/dependencyGraph`: services, CIs (and optionally teams) and their
 *   relationships for one file, or around one definition (upstream, downstream
 *   or both, to a depth), optionally laid out by ELK.
 * - `itsm/generate`: validates the workspace and writes a generator target's
 *   files into a folder.
 * - `itsm/validateWorkspace`: validates every document again and counts the
 *   findings per severity.
 * - `itsm/targets`, `itsm/rules`: what the extension offers in quick picks.
 * - `itsm/diff`: the semantic diff (language/diff/) of a workspace folder
 *   as the editors have it against a git revision (default HEAD).
 */
import type { Range } from 'vscode-languageserver-types';
import type { DiffChange } from '../../diff/changes.js';

export const ItsmRequests = {
    dependencyGraph: 'itsm/dependencyGraph',
    generate: 'itsm/generate',
    validateWorkspace: 'itsm/validateWorkspace',
    targets: 'itsm/targets',
    rules: 'itsm/rules',
    diff: 'itsm/diff',
} as const;

export interface SourceLocation {
    uri: string;
    /** The range of the definition's name (or of the reference, for an edge). */
    range: Range;
}

/**
 * `down` follows what the focus needs (its dependencies, what realises it,
 * what it runs on); `up` follows what needs the focus (the impact of its
 * failure); `both` does each from the focus (never down then up).
 */
export type GraphDirection = 'up' | 'down' | 'both';

export interface DependencyGraphParams {
    /** The file whose services and CIs are shown when there is no focus. */
    uri: string;
    /** The qualified name of a service or CI (`acme.it.Email`) to show the impact graph around. */
    focus?: string;
    direction?: GraphDirection;
    /** How many relationships away from the focus; unlimited when left out. */
    depth?: number;
    /** Also show owner and support teams (as leaves). */
    includeTeams?: boolean;
    /** Also lay the graph out (ELK, layered); the extension asks for it, tests of the model need not. */
    layout?: boolean;
}

export type GraphNodeKind = 'service' | 'ci' | 'team';

export type GraphEdgeKind =
    | 'depends-on' | 'realized-by' | 'runs-on' | 'hosted-on' | 'connects-to' | 'member-of' | 'owned-by' | 'supported-by';

export interface GraphNode {
    /** `service:acme.it.Email`, `ci:acme.shared.ad01`, `team:acme.it.Messaging` (a duplicate name gets `#2`, …). */
    id: string;
    kind: GraphNodeKind;
    /** The qualified name. */
    name: string;
    /** The simple name, as drawn. */
    label: string;
    /** A second line: `business service`, `Server · production`. */
    detail?: string;
    /** Lifecycle: a service's `pipeline | live | retired`, a CI's `planned | operational | …`. */
    status?: string;
    location: SourceLocation;
    /** Defined in another file than the one asked about (file scope), or the focus itself (focus scope). */
    external?: boolean;
    focus?: boolean;
}

export interface GraphEdge {
    id: string;
    kind: GraphEdgeKind;
    /** Node ids: `from` depends on / is realised by / runs on … `to`. */
    from: string;
    to: string;
    /** `depends on`, `realized by`, `runs on`, … */
    label: string;
    /** The id of the redundancy group (`any of (…)`, several hosts) the edge belongs to. */
    group?: string;
    /** Where the relationship is written. */
    location: SourceLocation;
}

/** Edges of which one is enough: `depends on any of (A, B)`, `runs on mx01, mx02`. */
export interface GraphGroup {
    id: string;
    /** The node the group belongs to. */
    owner: string;
    label: string;
    edges: string[];
}

export interface NodeLayout { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

export interface GraphLayout {
    width: number;
    height: number;
    nodes: Record<string, NodeLayout>;
    /** Each edge's route from its source to its target, bend points included. */
    edges: Record<string, Point[]>;
    /** Where each edge's label goes (its box). */
    edgeLabels: Record<string, NodeLayout>;
}

export interface DependencyGraph {
    /** `file` when drawing a file's definitions, `focus` around one definition. */
    scope: 'file' | 'focus';
    /** A readable title: `services.itsm`, `acme.it.Email (downstream, depth 2)`. */
    title: string;
    nodes: GraphNode[];
    edges: GraphEdge[];
    groups: GraphGroup[];
    /** Every service and CI of the workspace, to choose a focus from. */
    candidates: Array<{ name: string; kind: GraphNodeKind }>;
    /** Set when the focus was not found (the graph is then empty). */
    problem?: string;
    layout?: GraphLayout;
}

export interface GenerateParams {
    target: string;
    /** An absolute path; nothing is written outside it. */
    outputFolder: string;
    /** The workspace folder (a path or a file URI); source paths in the output are relative to it. */
    workspaceFolder?: string;
    /** Generate even when validation finds errors. */
    force?: boolean;
}

export type GenerateResult =
    | { ok: true; target: string; outputFolder: string; files: string[]; errors: number }
    | { ok: false; reason: 'unknown-target' | 'validation-errors' | 'output-error'; message: string; errors: number };

export interface SeverityCounts {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export interface TargetInfo { name: string; description: string }

export interface RuleInfo {
    code: string;
    /** The level in force (the config file's, else the default). */
    level: string;
    category: string;
    description: string;
    docsUrl: string;
}

/** The label drawn on an edge: `depends on`, `runs on · any of`. */
export function edgeLabelText(edge: Pick<GraphEdge, 'label' | 'group'>): string {
    return edge.group ? `${edge.label} · any of` : edge.label;
}

export interface DiffParams {
    /** The folder (a path or a file URI) whose `.itsm` files are compared; its git repository's revision is the base. */
    workspaceFolder: string;
    /** A git revision (default `HEAD`). */
    base?: string;
}

/** A change with where its definition is: the head side's file, or the base side's when it was removed. */
export interface DiffChangeAt extends DiffChange {
    location?: { uri: string; line: number };
}

export interface DiffSide { label: string; files: number; errors: number; warnings: number }

export type DiffResult =
    | { ok: true; base: DiffSide; head: DiffSide; changes: DiffChangeAt[] }
    | { ok: false; message: string };

/**
 * Scopes of the ITSM language.
 *
 * - Local names are looked up in their container: workflow states in the
 *   workflow, priorities in the agreement's matrix, attributes in the CI's class.
 * - Every other name is global and resolved against the `DefinitionIndex` in
 *   the order a reader expects: the file's own package, its imports, and
 *   finally the name as fully qualified. Each candidate is one map look-up, so
 *   linking stays linear in the number of references.
 */
import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream,
    type AstNode, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream,
} from 'langium';
import {
    AttributeValue, ImpactRow, KpiMeasure, PriorityMatrix, PriorityTarget, Transition,
    isConfigurationItem, isModel, isPriorityMatrix, isWorkflow,
    type AttributeDeclaration, type CiClass, type Model, type PriorityLevel,
} from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import type { DefinitionIndex } from './definition-index.js';
import { simpleName } from './qualified-names.js';

/** What a file can see without qualification: its package and its imports. */
export interface FileNamespace {
    packageName?: string;
    /** `import a.b.*` -> `a.b` */
    wildcardImports: string[];
    /** `import a.b.X` -> `X` => `a.b.X` */
    singleImports: Map<string, string>;
}

const namespaces = new WeakMap<Model, FileNamespace>();

export function fileNamespace(model: Model): FileNamespace {
    let namespace = namespaces.get(model);
    if (!namespace) {
        namespace = { packageName: model.package?.name, wildcardImports: [], singleImports: new Map() };
        for (const imp of model.imports ?? []) {
            if (!imp.target) continue;
            if (imp.target.endsWith('.*')) namespace.wildcardImports.push(imp.target.slice(0, -2));
            // The first import of a simple name wins; a second one is reported by `import-conflict`.
            else if (!namespace.singleImports.has(simpleName(imp.target))) namespace.singleImports.set(simpleName(imp.target), imp.target);
        }
        namespaces.set(model, namespace);
    }
    return namespace;
}

/** The qualified names a reference text may stand for, most specific first. */
export function candidateNames(name: string, namespace: FileNamespace): string[] {
    const candidates: string[] = [];
    const first = name.split('.', 1)[0];
    if (namespace.packageName) candidates.push(`${namespace.packageName}.${name}`);
    const imported = namespace.singleImports.get(first);
    if (imported) candidates.push(imported + name.slice(first.length));
    for (const pkg of namespace.wildcardImports) candidates.push(`${pkg}.${name}`);
    candidates.push(name);
    return candidates;
}

export class ItsmScopeProvider extends DefaultScopeProvider {
    private readonly definitions: DefinitionIndex;

    constructor(services: ItsmServices) {
        super(services);
        this.definitions = services.references.DefinitionIndex;
    }

    override getScope(context: ReferenceInfo): Scope {
        const container = context.container;
        switch (container.$type) {
            case Transition.$type: {
                const workflow = AstUtils.getContainerOfType(container, isWorkflow);
                return workflow ? this.localScope(workflow, workflow.states) : EMPTY_SCOPE;
            }
            case ImpactRow.$type: {
                const matrix = AstUtils.getContainerOfType(container, isPriorityMatrix);
                return matrix ? this.localScope(matrix, matrix.levels) : EMPTY_SCOPE;
            }
            case PriorityTarget.$type: {
                const matrix = ((container as PriorityTarget).$container as { matrix?: { ref?: PriorityMatrix } }).matrix?.ref;
                if (matrix) return this.localScope(matrix, matrix.levels);
                return this.createScopeForNodes(this.prioritiesFor(container as PriorityTarget));
            }
            case KpiMeasure.$type: {
                // `resolution within Gold P1`: the priorities of Gold's matrix (the agreement itself is global).
                if (context.property !== 'priority') break;
                const agreement = (container as KpiMeasure).agreement?.ref;
                return this.createScopeForNodes(agreement?.matrix?.ref?.levels ?? []);
            }
            case AttributeValue.$type: {
                const ci = container.$container;
                const ciClass = isConfigurationItem(ci) ? ci.ciClass?.ref : undefined;
                return this.createScopeForNodes(ciClass ? attributesOf(ciClass) : []);
            }
        }
        const model = AstUtils.findRootNode(container);
        if (!isModel(model)) return EMPTY_SCOPE;
        return new GlobalScope(this.definitions, fileNamespace(model), this.reflection.getReferenceType(context), this.reflection);
    }

    /**
     * One scope per workflow or matrix, shared by all its references and those
     * of every agreement naming the matrix, instead of a new list of
     * descriptions per reference. Keyed by the node: a new parse makes new nodes.
     */
    private readonly localScopes = new WeakMap<AstNode, Scope>();

    private localScope(owner: AstNode, nodes: AstNode[]): Scope {
        let scope = this.localScopes.get(owner);
        if (!scope) {
            scope = new LocalScope(this.createScopeForNodes(nodes).getAllElements().toArray());
            this.localScopes.set(owner, scope);
        }
        return scope;
    }

    /** The priorities an agreement's targets may name: those of its matrix, else of every matrix. */
    private prioritiesFor(target: PriorityTarget): PriorityLevel[] {
        const agreement = target.$container as { matrix?: { ref?: PriorityMatrix } };
        const matrix = agreement.matrix?.ref;
        if (matrix) return matrix.levels;
        const levels: PriorityLevel[] = [];
        for (const description of this.definitions.all()) {
            if (description.type === PriorityMatrix.$type && isPriorityMatrix(description.node)) {
                levels.push(...description.node.levels);
            }
        }
        return levels;
    }
}

/** Attributes a CI of this class may set, its own first, then inherited ones. */
export function attributesOf(ciClass: CiClass): AttributeDeclaration[] {
    const result: AttributeDeclaration[] = [];
    const seen = new Set<CiClass>();
    for (let current: CiClass | undefined = ciClass; current && !seen.has(current); current = current.superClass?.ref) {
        seen.add(current);
        result.push(...current.attributes);
    }
    return result;
}

/** A fixed list of local names; the first of a name wins, as in Langium's `StreamScope`. */
class LocalScope implements Scope {
    private readonly byName = new Map<string, AstNodeDescription>();

    constructor(private readonly elements: AstNodeDescription[]) {
        for (const element of elements) if (!this.byName.has(element.name)) this.byName.set(element.name, element);
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.elements).filter(element => element.name === name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.elements);
    }
}

export class GlobalScope implements Scope {
    constructor(
        private readonly definitions: DefinitionIndex,
        private readonly namespace: FileNamespace,
        private readonly referenceType: string,
        private readonly reflection: { isSubtype(subtype: string, supertype: string): boolean },
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        if (this.ambiguousImports(name).length > 1) return undefined; // the linker reports the ambiguity
        for (const candidate of candidateNames(name, this.namespace)) {
            const found = this.definitions.lookup(candidate).find(d => this.fits(d));
            if (found) return found;
        }
        return undefined;
    }

    /**
     * The definitions a name could mean through wildcard imports, when neither
     * the file's own package nor a single import decides: more than one is an
     * ambiguity the writer must resolve with a qualified name.
     */
    ambiguousImports(name: string): AstNodeDescription[] {
        const { packageName, singleImports, wildcardImports } = this.namespace;
        if (wildcardImports.length < 2) return [];
        const first = name.split('.', 1)[0];
        if (singleImports.has(first)) return [];
        if (packageName && this.definitions.lookup(`${packageName}.${name}`).some(d => this.fits(d))) return [];
        return wildcardImports.flatMap(pkg => this.definitions.lookup(`${pkg}.${name}`).filter(d => this.fits(d)));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = candidateNames(name, this.namespace).flatMap(c => this.definitions.lookup(c).filter(d => this.fits(d)));
        return stream(found);
    }

    /** For completion: every definition of the right kind, under the shortest name that reaches it. */
    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.definitions.allOfType(this.referenceType)).map(d => renamed(d, this.shortestName(d.name)));
    }

    /** Fully qualified names of every definition of the right kind (for suggestions on qualified text). */
    qualifiedNames(): Stream<string> {
        return stream(this.definitions.all()).filter(d => this.fits(d)).map(d => d.name);
    }

    private fits(description: AstNodeDescription): boolean {
        return this.reflection.isSubtype(description.type, this.referenceType);
    }

    /** `pkg.` for the file's package and each wildcard import, made once per scope, not per candidate. */
    private prefixes?: string[];

    private shortestName(qualifiedName: string): string {
        const { packageName, wildcardImports, singleImports } = this.namespace;
        this.prefixes ??= [packageName, ...wildcardImports].filter((p): p is string => !!p).map(p => p + '.');
        for (const prefix of this.prefixes) {
            if (qualifiedName.startsWith(prefix)) return qualifiedName.slice(prefix.length);
        }
        for (const [short, full] of singleImports) {
            if (qualifiedName === full) return short;
            if (qualifiedName.startsWith(full + '.')) return short + qualifiedName.slice(full.length);
        }
        return qualifiedName;
    }
}

/**
 * The description under another name. Not `{ ...d, name }`: a spread reads
 * Langium's lazy `nameSegment` getter, a search of the CST for every candidate.
 */
function renamed(description: AstNodeDescription, name: string): AstNodeDescription {
    if (name === description.name) return description;
    return {
        node: description.node,
        name,
        get nameSegment() {
            return description.nameSegment;
        },
        selectionSegment: description.selectionSegment,
        type: description.type,
        documentUri: description.documentUri,
        path: description.path,
    };
}

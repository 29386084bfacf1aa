/**
 * Qualified names: `acme.it.Email` for a definition `Email` in `package acme.it`,
 * `acme.it.Email.EmailStandard` for an offering nested in it.
 */
import type { AstNode } from 'langium';
import { isModel, isOffering, isService, type Model } from '../generated/ast.js';

export function packageOf(node: AstNode): string | undefined {
    let current: AstNode | undefined = node;
    while (current && !isModel(current)) current = current.$container;
    return (current as Model | undefined)?.package?.name;
}

export function qualify(packageName: string | undefined, name: string): string {
    return packageName ? `${packageName}.${name}` : name;
}

/** The qualified name of a definition (or offering), undefined for nodes without a global name. */
export function qualifiedNameOf(node: AstNode & { name?: string }): string | undefined {
    if (!node.name) return undefined;
    if (isOffering(node) && isService(node.$container)) {
        const service = qualifiedNameOf(node.$container);
        return service ? `${service}.${node.name}` : undefined;
    }
    if (isModel(node.$container)) {
        return qualify(packageOf(node), node.name);
    }
    return undefined;
}

/** The last segment of a qualified name. */
export function simpleName(qualifiedName: string): string {
    const dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? qualifiedName : qualifiedName.slice(dot + 1);
}

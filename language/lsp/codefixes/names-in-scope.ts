/**
 * Names a fix can write into a file: the definitions a reference at some
 * place could name, as the file writes them (simple names first), so that a
 * placeholder (`owner Messaging`) resolves as soon as it is inserted.
 */
import { AstUtils, type AstNode, type Reference, type ReferenceInfo } from 'langium';
import type { ItsmServices } from '../../itsm-module.js';

/**
 * The names a reference in property `property` of a `containerType` node in
 * the file of `anywhere` can resolve (`'Service', 'owner'`: the teams),
 * simple names first, each once.
 */
export function namesInScope(services: ItsmServices, anywhere: AstNode, containerType: string, property: string): string[] {
    const container = { $type: containerType, $container: AstUtils.findRootNode(anywhere) } as AstNode;
    const info = { reference: { $refText: '' } as Reference, container, property } as ReferenceInfo;
    let names: string[];
    try {
        names = services.references.ScopeProvider.getScope(info).getAllElements().map(d => d.name).toArray();
    } catch {
        return [];
    }
    const unique = [...new Set(names)];
    return [...unique.filter(n => !n.includes('.')), ...unique.filter(n => n.includes('.'))];
}

/** The first team a file can name without qualification, if any. */
export function firstTeam(services: ItsmServices, anywhere: AstNode): string | undefined {
    return namesInScope(services, anywhere, 'Service', 'owner')[0];
}

/**
 * Lifecycle words shared by the catalogue rules. A service is live or retired
 * only when its `status` says so: a service without a `status` has no declared
 * lifecycle stage, and the rules about live (or retired) services leave it
 * alone rather than guess. A CI is retired when it is `decommissioned`.
 */
import { isConfigurationItem, isService, type Realizer, type Service } from '../../../generated/ast.js';

export function isLive(service: Service): boolean {
    return service.status === 'live';
}

export function isRetired(service: Service): boolean {
    return service.status === 'retired';
}

/** A retired service or a decommissioned CI, described for a message ("Fax, which is retired"); undefined otherwise. */
export function retirement(target: Realizer | undefined): string | undefined {
    if (isService(target) && isRetired(target)) return `${target.name}, which is retired`;
    if (isConfigurationItem(target) && target.status === 'decommissioned') return `${target.name}, a decommissioned CI`;
    return undefined;
}

/** "any of (Dns, DnsSecondary)" for a group's source text, by the names as written. */
export function groupText(names: readonly string[]): string {
    return `any of (${names.join(', ')})`;
}

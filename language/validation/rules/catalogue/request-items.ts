/** Helpers of the request-item rules: the SLAs whose hours a fulfilment target is counted in. */
import type { Offering, Sla } from '../../../generated/ast.js';
import type { ItsmServices } from '../../../itsm-module.js';
import { serviceWideSlas } from './service-agreements.js';

/**
 * The SLA nodes covering an offering: those it lists, else its service's
 * service-wide SLAs. Undefined when a listed SLA does not resolve (the linker
 * reports it, and its hours are unknown).
 */
export function coveringSlaNodes(offering: Offering, services: ItsmServices): Sla[] | undefined {
    if (offering.slas.length === 0) return serviceWideSlas(offering.$container, services);
    const slas = offering.slas.map(r => r.ref);
    return slas.every(sla => sla !== undefined) ? slas as Sla[] : undefined;
}

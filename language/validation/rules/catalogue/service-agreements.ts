/**
 * Which SLAs apply to a service's offerings, computed once per build: the
 * SLAs naming each service in `service`, and the SLAs some offering lists in
 * `sla`. An SLA that names a service but that no offering lists is a
 * service-wide agreement: it covers every offering of that service.
 */
import { isService, isSla, type Offering, type Service, type Sla } from '../../../generated/ast.js';
import type { ItsmServices } from '../../../itsm-module.js';

interface Agreements {
    slasByService: Map<Service, Sla[]>;
    listedByOfferings: Set<Sla>;
}

function agreements(services: ItsmServices): Agreements {
    return services.validation.AnalysisCache.get('catalogue-agreements', () => {
        const slasByService = new Map<Service, Sla[]>();
        for (const sla of services.references.DefinitionIndex.nodesOfType('Sla', isSla)) {
            const service = sla.service?.ref;
            if (!service) continue;
            const list = slasByService.get(service);
            if (list) list.push(sla);
            else slasByService.set(service, [sla]);
        }
        const listedByOfferings = new Set<Sla>();
        for (const service of services.references.DefinitionIndex.nodesOfType('Service', isService)) {
            for (const offering of service.offerings) {
                for (const reference of offering.slas) if (reference.ref) listedByOfferings.add(reference.ref);
            }
        }
        return { slasByService, listedByOfferings };
    });
}

/** The SLAs whose `service` is this service. */
export function slasNaming(service: Service, services: ItsmServices): readonly Sla[] {
    return agreements(services).slasByService.get(service) ?? [];
}

/** The SLAs that name the service and that no offering lists: they cover all of its offerings. */
export function serviceWideSlas(service: Service, services: ItsmServices): Sla[] {
    const listed = agreements(services).listedByOfferings;
    return slasNaming(service, services).filter(sla => !listed.has(sla));
}

/** The SLAs covering an offering: those it lists (resolved or not, by name), else its service's service-wide SLAs. */
export function slasCovering(offering: Offering, services: ItsmServices): string[] {
    if (offering.slas.length > 0) return offering.slas.map(r => r.$refText);
    return serviceWideSlas(offering.$container, services).map(sla => sla.name);
}

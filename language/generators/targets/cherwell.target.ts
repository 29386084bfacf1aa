/**
 * `cherwell`: the catalogue as Cherwell Service Management (Ivanti) REST API
 * request bodies, plus `manifest.json` saying in which order to send them:
 * services, then CIs (one batch per CI class, each its own Config Item
 * business object), then SLAs, their target times (saved as related
 * business objects of each SLA), and last the links between the records.
 * IDs come from a CherwellMapping; without one the names stand in and the
 * manifest's `warnings` say so. See docs/targets/cherwell.md.
 */
import type { CanonicalModel } from '../canonical-model.js';
import { safeSegment } from '../output-writer.js';
import { jsonFile, type GeneratedFile, type GeneratorTarget } from '../target.js';
import { cherwellMappingSchema, DEFAULT_CHERWELL_MAPPING, MappingResolver, type CherwellMapping } from './cherwell/mapping.js';
import { RecordBuilder, SERVICE, SLA, SLA_TARGET_TIME } from './cherwell/records.js';
import { batchSaveRequestSchema, linksSchema, manifestSchema, relatedSaveRequestsSchema } from './cherwell/schemas.js';

export type { CherwellMapping } from './cherwell/mapping.js';

export const MANIFEST_FILE = 'manifest.json';

export const CONVENTIONS = {
    batches: 'A batch-save step\'s file is one BatchSaveRequest: POST it whole. stopOnError is true, so the first failing record stops the batch. The response lists one SaveResponse per saveRequest, in order: keep each busObRecId by the record\'s ItsmName field.',
    relatedSaves: 'A related-save step\'s file is an array of RelatedSaveRequest: POST each element. parentBusObPublicId is the parent SLA\'s name; where the SLA\'s public ID is not its name, replace it with parentBusObRecId from the SLA batch response.',
    links: 'A link step\'s file lists links between saved records: for each, GET /api/V1/linkrelatedbusinessobject/parentbusobid/{parent.busObId}/parentbusobrecid/{parent record ID}/relationshipid/{relationshipId}/busobid/{child.busObId}/busobrecid/{child record ID}, the record IDs found by itsmName in the save responses (or by publicId with GET /api/V1/getbusinessobject/busobid/{busobid}/publicid/{publicid}).',
    create: 'Save requests carry no busObRecId or busObPublicId, so each run creates records; to update instead, add the record ID (or public ID) to each save request.',
    notLoaded: 'notLoaded lists what this target does not save: teams and calendars are referenced by name (create them first, as Teams and Business Hours), priority matrices, change authorities and change workflows (states listed) are set up in CSM Administrator.',
    values: 'Field values are text, as the API takes them: numbers in decimal, durations in minutes, references to teams, calendars (Business Hours), services and SLAs by name.',
};

interface Step {
    order: number;
    file: string;
    kind: 'batch-save' | 'related-save' | 'link';
    method: 'POST' | 'GET';
    endpoint: string;
    businessObjects: string[];
    records: number;
}

/** The files for a model and a mapping of names to the IDs of one Cherwell instance. */
export function cherwellFiles(model: CanonicalModel, mapping: CherwellMapping = DEFAULT_CHERWELL_MAPPING): GeneratedFile[] {
    const ids = new MappingResolver(mapping);
    const build = new RecordBuilder(model, ids);
    const planned: Array<{ file: GeneratedFile; step: Omit<Step, 'order'> }> = [];
    const batch = (path: string, busObs: string[], requests: ReturnType<RecordBuilder['service']>[]) => {
        if (requests.length === 0) return;
        planned.push({
            file: jsonFile(path, { saveRequests: requests, stopOnError: true }),
            step: { file: path, kind: 'batch-save', method: 'POST', endpoint: '/api/V1/savebusinessobjectbatch', businessObjects: busObs, records: requests.length },
        });
    };

    batch('services.json', [SERVICE], model.services.map(s => build.service(s)));
    const classes = [...new Set(model.cis.map(c => c.class))].sort();
    for (const ciClass of classes) {
        batch(`cis/${safeSegment(ciClass)}.json`, [build.ciBusOb(ciClass)], model.cis.filter(c => c.class === ciClass).map(c => build.ci(c)));
    }
    batch('slas.json', [SLA], model.agreements.map(a => build.agreement(a)));
    for (const agreement of model.agreements) {
        const requests = build.targetTimes(agreement);
        if (requests.length === 0) continue;
        const path = `sla-target-times/${safeSegment(agreement.name)}.json`;
        planned.push({
            file: jsonFile(path, requests),
            step: { file: path, kind: 'related-save', method: 'POST', endpoint: '/api/V1/saverelatedbusinessobject', businessObjects: [SLA_TARGET_TIME], records: requests.length },
        });
    }
    const links = build.links();
    if (links.length > 0) {
        const busObs = [...new Set(links.flatMap(l => [l.parent.busObName, l.child.busObName]))].sort();
        planned.push({
            file: jsonFile('links.json', { links }),
            step: {
                file: 'links.json', kind: 'link', method: 'GET',
                endpoint: '/api/V1/linkrelatedbusinessobject/parentbusobid/{parentbusobid}/parentbusobrecid/{parentbusobrecid}/relationshipid/{relationshipid}/busobid/{busobid}/busobrecid/{busobrecid}',
                businessObjects: busObs, records: links.length,
            },
        });
    }

    const manifest = {
        target: 'cherwell',
        generator: model.generator,
        mapping: ids.provided ? 'provided' : 'default',
        conventions: CONVENTIONS,
        warnings: ids.warnings(),
        steps: planned.map((p, index): Step => ({ order: index + 1, ...p.step })),
        notLoaded: {
            calendars: model.calendars.map(c => c.name),
            teams: model.teams.map(t => t.name),
            priorityMatrices: model.priorityMatrices.map(m => m.name),
            changeAuthorities: model.changeAuthorities.map(a => a.name),
            workflows: model.workflows.map(w => ({ name: w.name, ...(w.type ? { type: w.type } : {}), states: w.states.map(s => s.name) })),
        },
    };
    return [jsonFile(MANIFEST_FILE, manifest), ...planned.map(p => p.file)];
}

export function cherwellSchemaFor(path: string): object | undefined {
    if (path === MANIFEST_FILE) return manifestSchema;
    if (path === 'links.json') return linksSchema;
    if (path === 'services.json' || path === 'slas.json' || /^cis\/[^/]+\.json$/.test(path)) return batchSaveRequestSchema;
    if (/^sla-target-times\/[^/]+\.json$/.test(path)) return relatedSaveRequestsSchema;
    return undefined;
}

export const cherwellTarget: GeneratorTarget = {
    name: 'cherwell',
    description: 'Cherwell Service Management (Ivanti): REST API batch-save bodies for services, CIs (one Config Item business object per class) and SLAs, SLA target times, links, and manifest.json with the load order and the IDs still to fill in.',
    generate: (model, mapping) => cherwellFiles(model, (mapping as CherwellMapping | undefined) ?? DEFAULT_CHERWELL_MAPPING),
    mappingSchema: cherwellMappingSchema,
    schemaFor: cherwellSchemaFor,
};

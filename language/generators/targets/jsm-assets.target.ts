/**
 * `jsm-assets`: Jira Service Management Assets external import. Two files:
 * `schema-and-mapping.json` (the object schema, statuses and mapping, PUT to
 * the import source's `mapping` link) and `data.json` (the data chunk POSTed
 * to an execution's `submitResults` link). See docs/targets/jsm-assets.md.
 */
import type { CanonicalModel } from '../canonical-model.js';
import { jsonFile, type GeneratorTarget } from '../target.js';
import { catalogueTypes } from './jsm-assets/catalogue-types.js';
import { ciTypes } from './jsm-assets/ci-types.js';
import { dataChunk, schemaAndMapping } from './jsm-assets/document.js';
import { dataSchema, schemaAndMappingSchema } from './jsm-assets/json-schemas.js';
import type { ObjectTypeSpec } from './jsm-assets/spec.js';

export const SCHEMA_AND_MAPPING_FILE = 'schema-and-mapping.json';
export const DATA_FILE = 'data.json';

/** Every object type, roots first in a fixed order, CI class types after their grouping type. */
export function assetsObjectTypes(model: CanonicalModel): ObjectTypeSpec[] {
    const cis = ciTypes(model);
    return [...catalogueTypes(model, cis), cis.root, ...cis.classes];
}

export const jsmAssetsTarget: GeneratorTarget = {
    name: 'jsm-assets',
    description: 'Jira Service Management Assets external import: schema-and-mapping.json and data.json.',
    generate: model => {
        const types = assetsObjectTypes(model);
        return [
            jsonFile(SCHEMA_AND_MAPPING_FILE, schemaAndMapping(model, types)),
            jsonFile(DATA_FILE, dataChunk(types)),
        ];
    },
    schemaFor: path => (path === SCHEMA_AND_MAPPING_FILE ? schemaAndMappingSchema : path === DATA_FILE ? dataSchema : undefined),
};

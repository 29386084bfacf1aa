/** `json`: the canonical model itself, one file, for tools that are not listed as targets. */
import { canonicalModelSchema } from '../canonical-schema.js';
import { jsonFile, type GeneratorTarget } from '../target.js';

export const jsonTarget: GeneratorTarget = {
    name: 'json',
    description: 'The canonical resolved model (catalogue.json), with a versioned JSON Schema.',
    generate: model => [jsonFile('catalogue.json', model)],
    schemaFor: path => (path === 'catalogue.json' ? canonicalModelSchema : undefined),
};

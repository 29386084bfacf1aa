/**
 * The editor-facing services of the language (outline, symbols, folding,
 * highlighting, rename, completion, hover, code actions …), injected into
 * the language's services by itsm-module.ts. Each provider lives in its own
 * file in this folder and is registered here once.
 */
import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { ItsmServices } from '../itsm-module.js';

export const ItsmLspModule: Module<ItsmServices, PartialLangiumServices> = {
    lsp: {},
};

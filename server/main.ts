/**
 * The ITSM language server. Started by the VS Code extension over IPC, or by
 * any LSP client with `--stdio` (or `--node-ipc`, `--socket=<port>`): the
 * transport is chosen from the command line by vscode-languageserver.
 */
import '../language/polyfills.js';
import { NodeFileSystem } from 'langium/node';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createItsmServices } from '../language/itsm-module.js';
import { registerItsmRequests } from '../language/lsp/requests/register.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createItsmServices({ connection, ...NodeFileSystem });
registerItsmRequests(shared);
startLanguageServer(shared);

-- A second, real LSP client: Debian's neovim (0.7.x, vim.lsp.start_client) drives the ITSM language
-- server over --stdio on a copy of examples/acme and asserts what it answers.
-- Usage (see e2e/neovim-check.sh): ITSM_SERVER=out/server.cjs ITSM_WS=<copy of examples/acme> \
--   nvim --headless --clean -c 'luafile e2e/neovim-check.lua'
-- Prints one PASS/FAIL line per check and 'neovim: N passed, N failed'; exits non-zero on a failure.
local server = assert(os.getenv('ITSM_SERVER'), 'ITSM_SERVER not set')
local ws = assert(os.getenv('ITSM_WS'), 'ITSM_WS not set')
local node = os.getenv('ITSM_NODE') or 'node'
local passed, failed = 0, 0
local t0 = vim.loop.hrtime()
local function ms(since) return math.floor((vim.loop.hrtime() - since) / 1e6) end
local function out(s) io.stdout:write(s .. '\n') end

local function check(name, fn)
  local t = vim.loop.hrtime()
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    out(('PASS  nvim: %s (%d ms)'):format(name, ms(t)))
  else
    failed = failed + 1
    out(('FAIL  nvim: %s (%d ms): %s'):format(name, ms(t), tostring(err)))
  end
end

local function read_lines(file)
  local lines = {}
  for line in io.lines(file) do lines[#lines + 1] = line end
  return lines
end

vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/services.itsm'))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'itsm'
local original = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
-- where the checks act, found in the files' text by e2e/lib/acme-anchors.mjs (1-based lines; 0-based below)
local anchors = vim.fn.json_decode(table.concat(vim.fn.readfile(assert(os.getenv('ITSM_ANCHORS'), 'ITSM_ANCHORS not set')), '\n'))
local OWNER_LINE = anchors.ownerLine - 1  -- '  owner Messaging' in service Email
assert(original[OWNER_LINE + 1] == '  owner Messaging', ('services.itsm line %d is %s'):format(OWNER_LINE + 1, tostring(original[OWNER_LINE + 1])))

local id = vim.lsp.start_client({
  name = 'itsm',
  cmd = { node, server, '--stdio' },
  root_dir = ws,
  workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'acme' } },
})
assert(id, 'the language server did not start')
local client = vim.lsp.get_client_by_id(id)
vim.lsp.buf_attach_client(buf, id)

local function request(method, params, bufnr)
  local response, err = client.request_sync(method, params, 15000, bufnr or buf)
  assert(response, ('%s: no answer (%s)'):format(method, tostring(err)))
  assert(not response.err, ('%s: error %s'):format(method, vim.inspect(response.err)))
  return response.result
end

local function messages(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do list[#list + 1] = ('%d:%d %s'):format(d.lnum + 1, d.col + 1, d.message) end
  return list
end

local TYPO = "Unknown team 'Mesaging'. Did you mean 'Messaging'?"

check('diagnostic for a typo appears, and goes when it is fixed', function()
  local started = vim.wait(20000, function() return client.initialized end, 20)
  assert(started, 'server did not initialize in 20 s')
  vim.api.nvim_buf_set_lines(buf, OWNER_LINE, OWNER_LINE + 1, false, { '  owner Mesaging' })
  local seen = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.message == TYPO and d.lnum == OWNER_LINE and d.col == 8 then return true end
    end
    return false
  end, 20)
  assert(seen, ('no diagnostic %q at 39:9; diagnostics: %s'):format(TYPO, vim.inspect(messages(buf))))
  vim.api.nvim_buf_set_lines(buf, OWNER_LINE, OWNER_LINE + 1, false, { '  owner Messaging' })
  local cleared = vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  assert(cleared, 'diagnostics left after the fix: ' .. vim.inspect(messages(buf)))
end)

check("completion after 'owner ' offers the teams and nothing else", function()
  vim.api.nvim_buf_set_lines(buf, OWNER_LINE, OWNER_LINE + 1, false, { '  owner ' })
  local result = request('textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = OWNER_LINE, character = 8 },
  })
  local items = result and (result.items or result) or {}
  local labels = {}
  for _, item in ipairs(items) do labels[item.label] = true end
  vim.api.nvim_buf_set_lines(buf, OWNER_LINE, OWNER_LINE + 1, false, { '  owner Messaging' })
  local names = vim.tbl_keys(labels); table.sort(names)
  for _, team in ipairs({ 'Messaging', 'Infrastructure', 'ServiceDesk' }) do
    assert(labels[team], ('team %s not offered; offered: %s'):format(team, table.concat(names, ', ')))
  end
  for _, other in ipairs({ 'Email', 'Directory', 'Gold', 'Always' }) do
    assert(not labels[other], ('%s (not a team) offered; offered: %s'):format(other, table.concat(names, ', ')))
  end
end)

check('go to definition of a team jumps to people.itsm', function()
  local result = request('textDocument/definition', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = OWNER_LINE, character = 10 },
  })
  assert(result and not vim.tbl_isempty(result), ('no definition for Messaging at %d:11'):format(OWNER_LINE + 1))
  local loc = result[1] or result
  local uri = loc.targetUri or loc.uri
  local range = loc.targetSelectionRange or loc.range
  assert(uri:match('/people%.itsm$'), 'definition in ' .. uri .. ', not people.itsm')
  assert(range.start.line == anchors.teamMessagingLine - 1 and range.start.character == 5,
    ('definition at %d:%d, not %d:6 (team Messaging)'):format(range.start.line + 1, range.start.character + 1, anchors.teamMessagingLine))
end)

check('hover on a team shows its documentation comment', function()
  -- '  support ServiceDesk' in services.itsm
  local result = request('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = anchors.supportLine - 1, character = 12 },
  })
  local text = result and result.contents and (result.contents.value or vim.inspect(result.contents)) or ''
  assert(text:find('First line: takes every call, around the clock.', 1, true), 'hover text: ' .. vim.inspect(text))
end)

check('formatting restores broken indentation', function()
  local file = ws .. '/people.itsm'
  local want = read_lines(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local pbuf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(pbuf, id)
  -- team ServiceDesk's first property gets 8 spaces instead of 2, its third none
  local a, b = anchors.teamServiceDeskLine + 1, anchors.teamServiceDeskLine + 3
  vim.api.nvim_buf_set_lines(pbuf, a - 1, a, false, { '        ' .. vim.trim(want[a]) })
  vim.api.nvim_buf_set_lines(pbuf, b - 1, b, false, { vim.trim(want[b]) })
  assert(not vim.deep_equal(vim.api.nvim_buf_get_lines(pbuf, 0, -1, false), want), 'the indentation was not broken')
  local edits = request('textDocument/formatting', {
    textDocument = { uri = vim.uri_from_bufnr(pbuf) },
    options = { tabSize = 2, insertSpaces = true },
  }, pbuf)
  assert(edits and #edits > 0, 'the server answered no edits')
  vim.lsp.util.apply_text_edits(edits, pbuf, client.offset_encoding or 'utf-16')
  local got = vim.api.nvim_buf_get_lines(pbuf, 0, -1, false)
  for i = 1, math.max(#got, #want) do
    assert(got[i] == want[i], ('line %d after formatting is %q, want %q'):format(i, tostring(got[i]), tostring(want[i])))
  end
end)

out(('neovim: %d passed, %d failed (%d ms, %s)'):format(passed, failed, ms(t0), ('nvim %d.%d.%d'):format(vim.version().major, vim.version().minor, vim.version().patch)))
vim.lsp.stop_client(id, true)
vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')

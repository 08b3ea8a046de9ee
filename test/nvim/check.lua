-- Neovim (0.7+) as a second real LSP client: starts the built `kube-guide-ls --stdio` with the
-- built-in client, opens the examples, and checks a diagnostic, a hover and a clean shutdown.
-- Run by test/nvim/run.mjs:
--   KUBE_GUIDE_SERVER=dist/server.js KUBE_GUIDE_EXAMPLES=examples KUBE_GUIDE_TAP=out.tap \
--     nvim --headless --clean -c 'luafile test/nvim/check.lua'
-- Results are TAP lines in $KUBE_GUIDE_TAP (tap.lua); the exit code is the number of failures.

local server = assert(os.getenv('KUBE_GUIDE_SERVER'), 'KUBE_GUIDE_SERVER is not set')
local examples = assert(os.getenv('KUBE_GUIDE_EXAMPLES'), 'KUBE_GUIDE_EXAMPLES is not set')
local node = os.getenv('KUBE_GUIDE_NODE') or 'node'

local t = dofile(os.getenv('KUBE_GUIDE_NVIM_DIR') .. '/tap.lua')
local check, eq, wait_for, TIMEOUT = t.check, t.eq, t.wait_for, t.TIMEOUT

local stderr = {}
local client_id = vim.lsp.start_client({
  name = 'kube-guide-ls',
  cmd = { node, server, '--stdio' },
  root_dir = examples,
  handlers = {
    -- Keep the log quiet in a headless run; the server logs nothing that matters here.
    ['window/logMessage'] = function() end,
  },
  on_stderr = function(_, data) table.insert(stderr, data) end,
})

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(examples .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'yaml'
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

check('starts kube-guide-ls and initializes', function()
  assert(client_id, 'vim.lsp.start_client returned nil')
  wait_for('initialize', function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end)
  local c = vim.lsp.get_client_by_id(client_id)
  local caps = c.server_capabilities or c.resolved_capabilities
  assert(caps.hoverProvider, 'the server does not announce hover')
end)

check('publishes the YAML syntax error of broken.yaml on its exact range', function()
  local buf = open('broken.yaml')
  wait_for('diagnostics', function() return #vim.diagnostic.get(buf) > 0 end)
  -- The unclosed quote: from `"` to the end of its line (0-based; ASCII, so bytes = UTF-16 units).
  local row, col
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find('"broken', 1, true)
    if s then row, col = i - 1, s - 1 end
  end
  local line = vim.api.nvim_buf_get_lines(buf, row, row + 1, false)[1]
  local d = vim.diagnostic.get(buf)
  eq(#d, 1, 'number of diagnostics')
  eq({ d[1].lnum, d[1].col, d[1].end_lnum, d[1].end_col }, { row, col, row, #line }, 'range')
  eq(d[1].severity, vim.diagnostic.severity.ERROR, 'severity')
  eq(d[1].source, 'Kube Guide', 'source')
  eq(d[1].message, 'YAML syntax error: Missing closing "quote', 'message')
end)

check('answers a hover on kind', function()
  local buf = open('web.yaml')
  local row
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if line:match('^kind: Deployment') then row = i - 1; break end
  end
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = row, character = 1 } }
  local results = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, TIMEOUT)
  local r = results and results[client_id]
  assert(r and r.result, 'no hover result: ' .. vim.inspect(results))
  eq(r.result.contents.kind, 'markdown', 'hover kind')
  local text = r.result.contents.value
  assert(text:find('**kind** `string`', 1, true), 'hover text: ' .. text)
  assert(text:find('This document: `apps/v1` `Deployment`', 1, true), 'hover text: ' .. text)
  eq(r.result.range, { start = { line = row, character = 0 }, ['end'] = { line = row, character = 4 } }, 'hover range')
end)

check('says nothing on a key that has no doc', function()
  local buf = open('web.yaml')
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 0, character = 3 } }
  local results = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, TIMEOUT)
  local r = results and results[client_id]
  assert(r and not r.err, 'hover failed: ' .. vim.inspect(results))
  eq(r.result, nil, 'hover on a comment')
end)

check('shuts down cleanly', function()
  vim.lsp.stop_client(client_id)
  wait_for('the server to stop', function() return vim.lsp.client_is_stopped(client_id) end)
  local errors = table.concat(stderr, '')
  eq(errors, '', 'server stderr')
end)

t.finish()

-- Runs after README.md's Neovim snippet was loaded as init.lua (test/nvim/run.mjs extracts it),
-- with `kube-guide-ls` on PATH and examples/broken.yaml opened: the snippet alone must attach the
-- server, which then publishes the syntax error and answers a hover.
local t = dofile(os.getenv('KUBE_GUIDE_NVIM_DIR') .. '/tap.lua')

t.check("README's Neovim snippet attaches kube-guide-ls to a YAML buffer", function()
  t.eq(vim.bo.filetype, 'yaml', 'filetype')
  t.wait_for('a client on the buffer', function() return #vim.lsp.buf_get_clients(0) > 0 end)
  local names = {}
  for _, c in pairs(vim.lsp.buf_get_clients(0)) do table.insert(names, c.name) end
  t.eq(names, { 'kube-guide-ls' }, 'clients')
end)

t.check('through it, the YAML error of broken.yaml shows as a diagnostic', function()
  t.wait_for('diagnostics', function() return #vim.diagnostic.get(0) > 0 end)
  local d = vim.diagnostic.get(0)
  t.eq(#d, 1, 'number of diagnostics')
  t.eq({ d[1].source, d[1].severity, d[1].lnum }, { 'Kube Guide', vim.diagnostic.severity.ERROR, 4 }, 'source, severity, line')
end)

t.check('and a Dockerfile opened next attaches to the same server', function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('KUBE_GUIDE_EXAMPLES') .. '/Dockerfile'))
  t.eq(vim.bo.filetype, 'dockerfile', 'filetype')
  t.wait_for('the client on the Dockerfile', function() return #vim.lsp.buf_get_clients(0) > 0 end)
  t.eq(vim.tbl_keys(vim.lsp.buf_get_clients(0)), { vim.g.kube_guide_client }, 'client ids')
end)

t.check('the server stops when asked', function()
  vim.lsp.stop_client(vim.g.kube_guide_client)
  t.wait_for('the server to stop', function() return vim.lsp.client_is_stopped(vim.g.kube_guide_client) end)
end)

t.finish()

-- TAP output for the Neovim checks: `check(name, fn)` records ok / not ok lines in $KUBE_GUIDE_TAP,
-- `finish()` writes the counts and quits Neovim with the number of failures as its exit code.
local M = {}
M.TIMEOUT = 15000

local tap = assert(io.open(assert(os.getenv('KUBE_GUIDE_TAP'), 'KUBE_GUIDE_TAP is not set'), 'w'))
local n, passed, failed = 0, 0, 0

function M.check(name, fn)
  n = n + 1
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    tap:write(('ok %d - %s\n'):format(n, name))
  else
    failed = failed + 1
    tap:write(('not ok %d - %s\n'):format(n, name))
    for line in tostring(err):gmatch('[^\n]+') do tap:write(('  # %s\n'):format(line)) end
  end
  tap:flush()
end

function M.eq(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(('%s: expected %s, got %s'):format(what, vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

function M.wait_for(what, cond)
  if not vim.wait(M.TIMEOUT, cond, 20) then error('timed out waiting for ' .. what, 2) end
end

function M.finish()
  tap:write(('1..%d\n# pass %d\n# fail %d\n'):format(n, passed, failed))
  tap:close()
  vim.cmd(failed > 0 and ('cquit ' .. failed) or 'qall!')
end

return M

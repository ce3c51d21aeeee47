-- wrk script for scripts/bench-protocol.sh: one MCP request per call, unique JSON-RPC ids.
-- Environment:
--   BENCH_MODE      legacy | modern
--   BENCH_METHOD    tools/list | tools/call (tools/call calls echo {message: "hello"})
--   BENCH_SESSIONS  legacy only: file with one Mcp-Session-Id per line; requests rotate over them
-- done() prints one line: RESULT requests=N seconds=S rps=R p50_ms=X p99_ms=Y errors=E
local mode = os.getenv("BENCH_MODE") or "legacy"
local method = os.getenv("BENCH_METHOD") or "tools/list"
local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local sessions = {}
local next_session = 1
local next_id = 0
errors = 0 -- global: done() reads it with thread:get
local path, headers, params_prefix

function init(args)
  errors = 0
  path = wrk.path
  headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json, text/event-stream",
  }
  local params
  if method == "tools/call" then
    params = '"name":"echo","arguments":{"message":"hello"}'
  else
    params = nil
  end
  if mode == "modern" then
    headers["MCP-Protocol-Version"] = "2026-07-28"
    headers["Mcp-Method"] = method
    if method == "tools/call" then headers["Mcp-Name"] = "echo" end
    local meta = '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
      .. '"io.modelcontextprotocol/clientCapabilities":{},'
      .. '"io.modelcontextprotocol/clientInfo":{"name":"bench","version":"1.0.0"}}'
    params_prefix = params and (params .. "," .. meta) or meta
  else
    headers["MCP-Protocol-Version"] = "2025-11-25"
    params_prefix = params or ""
    local file = assert(io.open(os.getenv("BENCH_SESSIONS"), "r"))
    local index = 0
    -- Each thread takes every n-th session so that no two threads share one.
    for line in file:lines() do
      if line ~= "" then
        if index % tonumber(os.getenv("BENCH_THREADS") or "1") == thread_index then
          table.insert(sessions, line)
        end
        index = index + 1
      end
    end
    file:close()
    assert(#sessions > 0, "no sessions for this thread")
  end
  next_id = thread_index * 1000000000
end

function request()
  next_id = next_id + 1
  local body = '{"jsonrpc":"2.0","id":' .. next_id .. ',"method":"' .. method
    .. '","params":{' .. params_prefix .. '}}'
  if mode == "legacy" then
    headers["Mcp-Session-Id"] = sessions[next_session]
    next_session = next_session % #sessions + 1
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, response_headers, body)
  if status ~= 200 or not string.find(body, '"result"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  -- Non-200 statuses are counted by response(), together with bodies carrying no result.
  local total_errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do
    total_errors = total_errors + (thread:get("errors") or 0)
  end
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, total_errors))
end

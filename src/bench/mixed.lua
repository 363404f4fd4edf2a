-- wrk script for the long-tail workload: each request is a path drawn at random from the
-- file named by MIXED_URLS (one path a line, written by CorpusGenerator), so that an answer
-- cache sees about as many different requests as real readers make. Each wrk thread draws
-- from its own seeded sequence, so runs are repeatable.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

local paths = {}

function init(args)
  local file = os.getenv("MIXED_URLS")
  for line in io.lines(file) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. tostring(file)) end
  math.randomseed(seed * 7919)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

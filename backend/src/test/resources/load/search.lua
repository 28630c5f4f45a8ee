-- wrk script: each request searches one of these texts, picked at random per request (plain,
-- phrase, typo, faceted, place in the text, place parameter). SearchHttpLoadTests adds the judged
-- dev queries at the marked line.
local queries = {
  "q=logeeropvang", "q=kinderthuiszorg", "q=oudervereniging%20autisme", "q=pgb", "q=brussen",
  "q=jeugdhulp%20huisarts", "q=thuiszorg%20voor%20kinderen", "q=samen%201%20plan", "q=logeerhuys",
  "q=Palizaeus", "q=logeren&kind=provision", "q=ondersteuning%20ouders&age=8",
  "q=logeeropvang%20bij%20Nijmegen", "q=jeugdhulp&place=Hilversum&radiusKm=20",
  -- dev queries
}
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
init = function(args)
  math.randomseed(seed or 1)
end
request = function()
  return wrk.format("GET", "/api/v1/search?" .. queries[math.random(#queries)])
end

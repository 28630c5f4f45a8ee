-- wrk script: each request searches one of these texts in turn (plain, phrase, typo, faceted, place).
local queries = {
  "q=logeeropvang", "q=kinderthuiszorg", "q=oudervereniging%20autisme", "q=pgb", "q=brussen",
  "q=jeugdhulp%20huisarts", "q=thuiszorg%20voor%20kinderen", "q=samen%201%20plan", "q=logeerhuys",
  "q=Palizaeus", "q=logeren&kind=provision", "q=ondersteuning%20ouders&age=8",
  "q=logeeropvang%20bij%20Nijmegen", "q=jeugdhulp&place=Hilversum&radiusKm=20"
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", "/api/v1/search?" .. queries[i])
end

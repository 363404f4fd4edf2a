#!/usr/bin/env python3
# Where an ingest's CPU samples went, phase by phase: the JFR samples (`jfr print --events
# jdk.ExecutionSample --stack-depth 200 rec.jfr > samples.txt`) of a full ingest counted
# by thread and by the frames that mark startup, the sync (extraction, the store's writer
# thread) and the search index catch-up (reading the store, tokenizing, stemming, stored
# fields, the term hash). On a loaded machine JFR takes fewer samples, so compare two
# recordings by ratios (index / extract), not by counts.
#
#   python3 src/bench/jfr-ingest-phases.py samples.txt
import re,collections,sys
samples=[];cur=None
for line in open(sys.argv[1]):
    s=line.strip()
    if s.startswith('jdk.ExecutionSample'):
        cur={'t':None,'f':[]};samples.append(cur)
    elif s.startswith('sampledThread') and cur: cur['t']=s.split('"')[1] if '"' in s else s
    elif cur is not None and re.match(r'^[\w$.<>/]+\(',s): cur['f'].append(re.sub(r'\s+line:.*','',s))
def n(rx,t=None): return sum(1 for x in samples if (t is None or x['t']==t) and any(re.search(rx,f) for f in x['f']))
print('total',len(samples))
# search-index: the catch-up's threads; search-index-sync: the batches the sync hands over.
for thread in ('search-index','search-index-sync'):
    print(thread+' thread',sum(1 for x in samples if x['t']==thread))
    for lab,rx in [('load','StoredArticlesToIndex.load'),('hibernate','org.hibernate'),('tokenizer','StandardTokenizerImpl'),('stem','CachedStemFilter'),('stored','StoredFields|LZ4'),('termhash','BytesRefHash'),('invert','invertTokenStream')]:
        print('  ',lab, n(rx,thread))
print('catchUp on main',n('ArticleIndex.catchUp','main'))
print('sync on main',n('CorpusSync.sync','main'),'extract all threads',n('ArticleExtractor.extract'))
print('corpus-store',sum(1 for x in samples if x['t']=='corpus-store'))
print('startup (refresh)',n('refreshContext|AbstractApplicationContext.refresh','main'))
print('hibernate all',n('org.hibernate'))

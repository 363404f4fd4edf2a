#!/usr/bin/env python3
"""Where a request's CPU or allocation goes, by layer, from a JFR recording of a load.

    jfr print --events jdk.ExecutionSample --stack-depth 200 rec.jfr >cpu.txt
    python3 src/bench/jfr-layers.py cpu <cpu.txt
    jfr print --events jdk.ObjectAllocationSample --stack-depth 200 rec.jfr >alloc.txt
    python3 src/bench/jfr-layers.py alloc <alloc.txt

A sample under the search index (io.broadsheet.search) is the index's, split into the
snippets (PageHighlighter) and the rest. Any other sample goes to the layer of the frame
nearest its top that names one (the JSON writer, the summaries, the filters, Tomcat ...),
so that a JDK frame (a HashMap lookup, a string copy) counts for the layer that called
it, and each sample is counted once. Allocation samples are weighted by their bytes. For
each of the largest layers the top frames follow. HISTORY.md, search33, has a table made
with it.
"""
import collections
import re
import sys

INDEX_SNIPPETS = 'index: snippets (PageHighlighter)'
INDEX_REST = 'index: matching, counting, ranking'

# Checked in this order against each frame, from the top of the stack down.
LAYERS = [
    ('summaries (ArticleSummaries, PackedSummaries)',
     r'io\.broadsheet\.article\.(ArticleSummaries|PackedSummaries|ArticleSummary)'),
    ('query and filter (ArticleQuery, ArticleFilter)', r'io\.broadsheet\.article\.(ArticleQuery|ArticleFilter)'),
    ('binding and validation', r'ParameterObjectResolver|org\.hibernate\.validator|jakarta\.validation'),
    ('unknown-parameter check', r'UnknownParameterInterceptor'),
    ('ETag and conditional requests', r'ConditionalRequests'),
    ('Link and X-Total-Count', r'PaginationHeadersAdvice'),
    ('JSON writing (Jackson)', r'tools\.jackson|com\.fasterxml\.jackson'),
    ('answer cache aspect', r'org\.springframework\.cache\.'),
    ('response cache filter', r'ResponseCachingFilter'),
    ('security headers filter', r'SecurityHeadersFilter'),
    ('malformed request filter', r'MalformedRequestFilter'),
    ('observation and metrics', r'io\.micrometer|ServerHttpObservationFilter'),
    ('logging', r'ch\.qos\.logback|org\.slf4j'),
    ('compression', r'GzipOutputFilter|Deflater|CompressionConfig'),
    ('Spring Boot loader (JIT-attributed lookups)', r'org\.springframework\.boot\.loader'),
    ('Spring MVC and the rest of Spring', r'org\.springframework\.'),
    ('Broadsheet, other', r'io\.broadsheet\.'),
    ('Tomcat', r'org\.apache\.(coyote|tomcat|catalina)'),
]
COMPILED = [(label, re.compile(rx)) for label, rx in LAYERS]
UNITS = {'bytes': 1, 'kB': 1024, 'MB': 1024 ** 2, 'GB': 1024 ** 3}


def layer_of(frames, thread):
    if any('io.broadsheet.search.PageHighlighter' in f for f in frames):
        return INDEX_SNIPPETS
    if any('io.broadsheet.search.' in f for f in frames):
        return INDEX_REST
    for frame in frames:
        for label, rx in COMPILED:
            if rx.search(frame):
                return label
    return 'other threads and frames (' + (thread or '?')[:24] + ')'


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else 'cpu'
    event = 'jdk.ExecutionSample' if kind == 'cpu' else 'jdk.ObjectAllocationSample'
    layers = collections.Counter()
    tops = collections.defaultdict(collections.Counter)
    threads = collections.Counter()
    total = 0.0
    frames, thread, weight = [], None, 1.0

    def flush():
        nonlocal total
        if not frames:
            return
        label = layer_of(frames, thread)
        total += weight
        layers[label] += weight
        tops[label][frames[0]] += weight
        threads[thread] += weight

    for line in sys.stdin:
        s = line.strip()
        if s.startswith(event):
            flush()
            frames, thread, weight = [], None, 1.0
        elif s.startswith('sampledThread') or s.startswith('eventThread'):
            thread = s.split('"')[1] if '"' in s else s
        elif s.startswith('weight'):
            m = re.match(r'weight = ([\d.]+) (\w+)', s)
            weight = float(m.group(1)) * UNITS[m.group(2)]
        elif re.match(r'^[\w$.<>/]+\(', s):
            frames.append(re.sub(r'\s+line:.*', '', s))
    flush()
    if not total:
        sys.exit('no ' + event + ' in the input')
    print(f'{kind}: {total:.0f} {"samples" if kind == "cpu" else "bytes sampled"}')
    print('-- threads')
    for name, n in threads.most_common(8):
        print(f'{n * 100 / total:5.1f} % {name}')
    print('-- layers')
    for label, n in layers.most_common():
        print(f'{n * 100 / total:5.1f} % {label}')
    for label, _ in layers.most_common(10):
        print('--', label)
        for frame, n in tops[label].most_common(8):
            print(f'   {n * 100 / total:5.2f} % {frame[:150]}')


if __name__ == '__main__':
    main()

#!/usr/bin/env bash
# What the benchmark scripts share; they source it.

# The JVM flags the README recommends for a large corpus on a small machine (Memory and
# startup): a heap sized for the store rather than for the machine (the JVM's default is a
# quarter of the RAM, which it fills before collecting much); G1 rather than the serial
# collector, whose back-to-back full collections at 100k articles stall every request; and
# no class unloading in G1's remark pause. That unloading walks every loaded class and all
# compiled code (some 24,000 classes here) at the end of each concurrent cycle, and was
# 90-97 % of every remark pause (28-132 ms) under a search load; the application loads no
# classes once warm, so there is nothing for it to find (HISTORY.md, cache16). A full
# collection still unloads classes.
RECOMMENDED_HEAP=-Xmx256m
RECOMMENDED_GC_FLAGS="-XX:+UseG1GC -XX:-ClassUnloadingWithConcurrentMark"

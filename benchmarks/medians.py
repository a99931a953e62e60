#!/usr/bin/env python3
"""Medians of JMH results: `benchmarks/medians.py results/*.json`.

JMH prints the mean and a 99.9% error; on this shared 2-core machine a single slow iteration
moves the mean, so docs/benchmarks.md quotes the median of the measurement iterations (all forks)
with JMH's mean and error beside it. Secondary metrics (e.g. gc.alloc.rate.norm) are shown as
medians too.
"""
import json
import statistics
import sys


def median(raw):
    values = [v for fork in raw for v in fork]
    return statistics.median(values), min(values), max(values), len(values)


for path in sys.argv[1:]:
    for run in json.load(open(path)):
        name = run["benchmark"].replace("io.stage7.bench.", "")
        params = ",".join(f"{k}={v}" for k, v in run.get("params", {}).items())
        metric = run["primaryMetric"]
        med, low, high, n = median(metric["rawData"])
        line = (f"{name:45} {params:28} median {med:14.3f} {metric['scoreUnit']:8} "
                f"(min {low:.3f}, max {high:.3f}, n={n}; mean {metric['score']:.3f} ± {metric['scoreError']:.3f}, "
                f"threads={run['threads']})")
        norm = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        if norm:
            line += f"  alloc {median(norm['rawData'])[0]:.1f} B/op"
        print(line)

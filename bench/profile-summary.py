#!/usr/bin/env python3
"""Summarises `perf script -F pid,ip,sym,dso` (recorded with -g) per process of the suite.

Reads the stacks on stdin and a file of "pid name" lines (argv[1]). For each process: its samples,
the share of them in which each part of the stack shows up anywhere (inclusive: a sample of EF Core
calling SQLite counts for both), the share of leaf samples per library, and the hottest leaf symbols.
"""
import collections
import re
import sys

# (part, pattern on "symbol (library)"): a sample counts once for each part found in its stack.
PARTS = [
    ("JIT compiler", r"libclrjit"),
    ("GC", r"gc_heap|GCHeap|WKS::|SVR::"),
    ("SQLite (native)", r"e_sqlite3"),
    ("Microsoft.Data.Sqlite", r"Microsoft\.Data\.Sqlite"),
    ("EF Core", r"Microsoft\.EntityFrameworkCore"),
    ("MassTransit", r"MassTransit"),
    ("RabbitMQ.Client", r"RabbitMQ\.Client"),
    ("System.Text.Json", r"System\.Text\.Json"),
    ("tracing (Activity, OpenTelemetry)", r"System\.Diagnostics\.Activity|OpenTelemetry|DiagnosticSource|DiagnosticListener"),
    ("metrics (System.Diagnostics.Metrics)", r"System\.Diagnostics\.Metrics"),
    ("logging", r"Microsoft\.Extensions\.Logging"),
    ("dependency injection", r"Microsoft\.Extensions\.DependencyInjection"),
    ("gRPC", r"Grpc\."),
    ("ASP.NET Core, Kestrel", r"Microsoft\.AspNetCore"),
    ("tokens (IdentityModel)", r"IdentityModel"),
    ("sockets", r"System\.Net\.Sockets"),
    ("the suite's code (Mc2cm.*)", r"Mc2cm\."),
    ("kernel", r"kernel\.kallsyms"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in PARTS]
FRAME = re.compile(r"^\s+([0-9a-f]+)\s+(.*?)\s+\((.*)\)\s*$")


def main():
    names = dict(line.split(None, 1) for line in open(sys.argv[1]) if line.strip())
    names = {pid: name.strip() for pid, name in names.items()}
    samples = collections.Counter()
    parts = collections.defaultdict(collections.Counter)
    leaf_dso = collections.defaultdict(collections.Counter)
    leaf_sym = collections.defaultdict(collections.Counter)
    pid, stack = None, []

    def flush():
        if pid is None or not stack:
            return
        samples[pid] += 1
        text = [f"{sym} ({dso})" for sym, dso in stack]
        for name, pattern in COMPILED:
            if any(pattern.search(t) for t in text):
                parts[pid][name] += 1
        sym, dso = stack[0]
        leaf_dso[pid][dso.rsplit("/", 1)[-1]] += 1
        leaf_sym[pid][sym if sym != "[unknown]" else f"[unknown] in {dso.rsplit('/', 1)[-1]}"] += 1

    for line in sys.stdin:
        match = FRAME.match(line)
        if match:
            stack.append((match.group(2), match.group(3)))
        elif line.strip():
            flush()
            pid, stack = line.split()[0], []
    flush()

    for pid, count in samples.most_common():
        print(f"== {names.get(pid, pid)} (pid {pid}): {count} samples")
        print("   in the stack (inclusive):")
        for name, n in parts[pid].most_common():
            print(f"     {100 * n / count:5.1f} %  {name}")
        print("   leaf library:")
        for dso, n in leaf_dso[pid].most_common(8):
            print(f"     {100 * n / count:5.1f} %  {dso}")
        print("   leaf symbols:")
        for sym, n in leaf_sym[pid].most_common(15):
            print(f"     {100 * n / count:5.1f} %  {sym[:150]}")
        print()


if __name__ == "__main__":
    main()

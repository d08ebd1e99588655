#!/usr/bin/env python3
"""`make graph`: the dependency graph of the package's own targets, read from Package.swift
(`swift package dump-package`), as a Mermaid diagram in the README between the graph markers.

  scripts/graph.py          rewrites the README's diagram
  scripts/graph.py --check  fails when the README's diagram is not the package's (scripts/test.sh)

Edges implied by others are left out (a transitive reduction), so the picture shows the layers.
Test targets are left out; the capability list (Assembly/CapabilityList.swift) is listed
below the diagram in the order an instance is assembled from it."""
import json, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- graph:begin (make graph) -->", "<!-- graph:end -->"


def targets():
    out = subprocess.run(["swift", "package", "dump-package"], cwd=ROOT, capture_output=True, text=True, check=True)
    package = json.loads(out.stdout)
    graph = {}
    for target in package["targets"]:
        if target["type"] == "test":
            continue
        deps = [d["byName"][0] for d in target["dependencies"] if "byName" in d]
        deps += [d["target"][0] for d in target["dependencies"] if "target" in d]
        graph[target["name"]] = sorted(set(deps))
    return graph


def reduced(graph):
    def reach(node, seen):
        for d in graph.get(node, []):
            if d not in seen:
                seen.add(d)
                reach(d, seen)
        return seen
    edges = []
    for node, deps in graph.items():
        for d in deps:
            implied = any(d in reach(other, set()) for other in deps if other != d)
            if not implied:
                edges.append((node, d))
    return sorted(edges)


def capabilities():
    text = (ROOT / "Sources/HuiwuServer/Assembly/CapabilityList.swift").read_text(encoding="utf-8")
    return re.findall(r"^\s+(\w+)Capability\(\),$", text, re.M)


def diagram():
    lines = [BEGIN, "```mermaid", "graph TD"]
    lines += [f"    {a} --> {b}" for a, b in reduced(targets())]
    lines += ["```", "", "Capabilities, in the order an instance is assembled from them: "
              + " · ".join(capabilities()) + ".", END]
    return "\n".join(lines)


def main():
    text = README.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    fresh = text[:start] + diagram() + text[end:]
    if "--check" in sys.argv:
        if fresh != text:
            sys.exit("README.md's dependency graph is not the package's: run `make graph`")
        print("README.md's dependency graph is the package's")
        return
    README.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    main()

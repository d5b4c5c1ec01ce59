"""Validates a SKOS export against the vendored NL-SBB SHACL profile with pySHACL.

Usage: python validate.py DATA_FILE [FORMAT]   (FORMAT: turtle or json-ld; default from the suffix)

Runs pySHACL as Geonovum's profile is meant to be run: advanced SHACL features (the profile's
SPARQL-based constraints) on, RDFS inference over the data graph, the profile itself as the
shapes graph, every result reported (no abort on the first), and any result, of any severity,
making the graph not conform. Prints one JSON object on standard
output: {"conforms": bool, "results": [{"severity", "focus", "path", "value", "message",
"shape", "component"}...]}, sorted, and exits 0; any other exit code is a failure to run.
"""

import json
import pathlib
import sys

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

SH = Namespace("http://www.w3.org/ns/shacl#")
HERE = pathlib.Path(__file__).resolve().parent


def short(node):
    return None if node is None else str(node)


def main():
    data_path = pathlib.Path(sys.argv[1])
    fmt = sys.argv[2] if len(sys.argv) > 2 else (
        "json-ld" if data_path.suffix == ".jsonld" else "turtle")
    data = Graph().parse(data_path, format=fmt)
    shapes = Graph().parse(HERE / "skos-ap-nl.ttl", format="turtle")
    conforms, report, _ = validate(
        data,
        shacl_graph=shapes,
        inference="rdfs",
        advanced=True,
        abort_on_first=False,
    )
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def value(p):
            return short(report.value(result, p))
        results.append({
            "severity": value(SH.resultSeverity).rsplit("#", 1)[-1],
            "focus": value(SH.focusNode),
            "path": value(SH.resultPath),
            "value": value(SH.value),
            "message": value(SH.resultMessage),
            "shape": value(SH.sourceShape),
            "component": value(SH.sourceConstraintComponent),
        })
    results.sort(key=lambda r: json.dumps(r, sort_keys=True))
    json.dump({"conforms": bool(conforms), "triples": len(data), "results": results},
              sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

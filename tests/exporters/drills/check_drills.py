#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks `stackdraft-cli export drills` with independent tools.

- Every Chaos Toolkit experiment validates against the experiment format (a JSON Schema written
  here from chaostoolkit.org/reference/api/experiment: title, description, method, activities with
  type/name/provider, http probes with url, process providers with path, a tolerance per hypothesis
  probe), and every ${name} it uses is declared in its configuration.
- Every availability zone and region the design draws has a drill, and the plan names it.
- A drill whose steady state holds probes only what is predicted to keep working: none of its probed
  components is among the predicted failed or unreachable ones.
- AWS zones get a FIS template filtered to that zone; fis/ passes validate-terraform --strict and
  terraform fmt.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

PROVIDER = {
    "type": "object",
    "required": ["type"],
    "properties": {"type": {"enum": ["python", "http", "process"]}},
    "allOf": [
        {"if": {"properties": {"type": {"const": "http"}}}, "then": {"required": ["url"]}},
        {"if": {"properties": {"type": {"const": "process"}}}, "then": {"required": ["path"],
                                                                       "properties": {"arguments": {"type": ["array", "string"]}}}},
        {"if": {"properties": {"type": {"const": "python"}}}, "then": {"required": ["module", "func"]}},
    ],
}
ACTIVITY = {
    "type": "object",
    "required": ["type", "name", "provider"],
    "properties": {"type": {"enum": ["action", "probe"]}, "name": {"type": "string", "minLength": 1}, "provider": PROVIDER,
                   "pauses": {"type": "object", "properties": {"before": {"type": "number"}, "after": {"type": "number"}},
                              "additionalProperties": False}},
}
EXPERIMENT = {
    "type": "object",
    "required": ["title", "description", "method"],
    "properties": {
        "version": {"type": "string"},
        "title": {"type": "string", "minLength": 1},
        "description": {"type": "string", "minLength": 1},
        "tags": {"type": "array", "items": {"type": "string"}},
        "configuration": {"type": "object", "additionalProperties": {
            "anyOf": [{"type": "string"}, {"type": "object", "required": ["type", "key"],
                                           "properties": {"type": {"const": "env"}, "key": {"type": "string"}}}]}},
        "steady-state-hypothesis": {"type": "object", "required": ["title", "probes"], "properties": {
            "title": {"type": "string"},
            "probes": {"type": "array", "minItems": 1, "items": {"allOf": [ACTIVITY, {"required": ["tolerance"]}]}}}},
        "method": {"type": "array", "minItems": 1, "items": ACTIVITY},
        "rollbacks": {"type": "array", "items": ACTIVITY},
        "extensions": {"type": "array", "items": {"type": "object", "required": ["name"]}},
    },
    "additionalProperties": False,
}

failures = []


def fail(design, message):
    failures.append(f"{os.path.basename(design)}: {message}")


def check(cli, design_path, validate_terraform):
    design = yaml.safe_load(open(design_path, encoding="utf-8"))
    out = tempfile.mkdtemp(prefix="sd-drills-")
    try:
        r = subprocess.run([cli, "export", "drills", design_path, "-o", out], capture_output=True, text=True)
        if r.returncode != 0:
            fail(design_path, f"export failed: {r.stderr}")
            return
        plan = open(os.path.join(out, "GAMEDAY.md"), encoding="utf-8").read()
        experiments = os.path.join(out, "experiments")
        drills = {f[:-5]: json.load(open(os.path.join(experiments, f), encoding="utf-8")) for f in sorted(os.listdir(experiments))}
        for drill, exp in drills.items():
            try:
                jsonschema.validate(exp, EXPERIMENT)
            except jsonschema.ValidationError as e:
                fail(design_path, f"{drill}.json: {e.message} at {list(e.absolute_path)}")
                continue
            declared = set(exp.get("configuration", {}))
            for used in re.findall(r"\$\{([A-Za-z0-9_]+)\}", json.dumps(exp)):
                if used not in declared:
                    fail(design_path, f"{drill}.json uses ${{{used}}} but its configuration does not declare it")
            if f'<a id="{drill}"></a>' not in plan or f"experiments/{drill}.json" not in plan:
                fail(design_path, f"GAMEDAY.md has no section for {drill}")
            ext = next(e for e in exp["extensions"] if e["name"] == "stackdraft")
            predicted = ext["predicted"]
            down = set(predicted["fails"]) | set(predicted["unreachable"])
            probes = exp.get("steady-state-hypothesis", {}).get("probes", [])
            if ext["expected_outcome"] == "completed":
                if not probes:
                    fail(design_path, f"{drill}: expected to complete but checks nothing")
                for p in probes:
                    who = p["name"].rsplit(" is ready", 1)[0]
                    if who in down:
                        fail(design_path, f"{drill}: probes {who}, which the prediction says is down")
            elif not predicted["broken_entry_points"]:
                fail(design_path, f"{drill}: expected to deviate although no entry point breaks")
        for z in design.get("zones", []):
            kind = {"availability-zone": "zone", "region": "region"}.get(z["kind"])
            if kind and f"{kind}-{z['id']}" not in drills:
                fail(design_path, f"{z['kind']} {z['id']} has no drill")
        # AWS zones: one FIS template each, filtered to the zone.
        fis = os.path.join(out, "fis")
        aws_zones = [z["id"] for z in design.get("zones", []) if z["kind"] == "availability-zone"
                     and any(p["kind"] == "cloud" and p.get("properties", {}).get("provider", "aws") == "aws"
                             for p in ancestors(design, z))]
        if aws_zones:
            tf = open(os.path.join(fis, "main.tf"), encoding="utf-8").read()
            for zid in aws_zones:
                zone = next(z for z in design["zones"] if z["id"] == zid).get("properties", {}).get("zone", zid)
                if f'values = ["{zone}"]' not in tf:
                    fail(design_path, f"fis/main.tf has no template filtered to {zone}")
            if not os.access(validate_terraform, os.X_OK):
                print(f"skipped for {design_path}: validate-terraform is not at {validate_terraform} "
                      "(the shared tools beside the project); fis/ is not checked by HashiCorp's parser")
            else:
                r = subprocess.run([validate_terraform, "--strict", fis], capture_output=True, text=True)
                if r.returncode != 0:
                    fail(design_path, f"validate-terraform fis/: {r.stdout}{r.stderr}")
            if shutil.which("terraform"):
                r = subprocess.run(["terraform", "fmt", "-check", "-diff", fis], capture_output=True, text=True)
                if r.returncode != 0:
                    fail(design_path, f"terraform fmt fis/: {r.stdout}")
        elif os.path.exists(fis):
            fail(design_path, "fis/ written for a design without AWS zones")
        print(f"{os.path.basename(design_path)}: {len(drills)} drills, {len(aws_zones)} AWS zones checked")
    finally:
        shutil.rmtree(out)


def ancestors(design, zone):
    byid = {z["id"]: z for z in design.get("zones", [])}
    z = zone
    while z.get("parent"):
        z = byid[z["parent"]]
        yield z


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--validate-terraform", required=True)
    parser.add_argument("designs", nargs="+")
    args = parser.parse_args()
    for d in args.designs:
        check(args.cli, d, args.validate_terraform)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

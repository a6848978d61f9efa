#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks `stackdraft-cli export monitoring` as an operator would, with independent tools.

For every design: promtool check config (and through it every rule file) and promtool check rules;
amtool check-config on the Alertmanager file; promtool test rules on the generated unit tests, and
the same tests against deliberately broken rules (thresholds turned round) must fail, so the tests
can fail. Then, from the parsed files (PyYAML, json) and the design and catalog read here:
- every component of a kind the catalog's monitoring data lists has rules, a dashboard and a runbook;
- every alert has a test that fires it and a healthy case where it stays quiet;
- only user-facing symptoms page (the catalog's `severity: symptom` signals); causes ticket;
- the pages and tickets reach the alerting vendor the design draws, with keys from files only;
- each alert's runbook exists with its heading, and the blast radius names the component;
- every scrape target the rules read has a scrape job; every dashboard query reads a recorded series;
- the Grafana dashboards have the fields Grafana requires (a structural check of the dashboard model).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

failures = []


def fail(design, message):
    failures.append(f"{os.path.basename(design)}: {message}")


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def check_dashboard(design, path, board, records_by_job):
    for key, kind in (("uid", str), ("title", str), ("schemaVersion", int), ("panels", list), ("tags", list),
                      ("time", dict), ("templating", dict), ("version", int)):
        if not isinstance(board.get(key), kind):
            fail(design, f"{path}: dashboard field {key} missing or not a {kind.__name__}")
            return
    if not 1 <= len(board["uid"]) <= 40 or not re.fullmatch(r"[A-Za-z0-9_-]+", board["uid"]):
        fail(design, f"{path}: uid {board['uid']!r} is not 1-40 of [A-Za-z0-9_-]")
    ids = set()
    for panel in board["panels"]:
        pid = panel.get("id")
        if not isinstance(pid, int) or pid in ids:
            fail(design, f"{path}: panel id {pid!r} missing or repeated")
        ids.add(pid)
        for key in ("type", "title"):
            if not isinstance(panel.get(key), str) or not panel[key]:
                fail(design, f"{path}: panel {pid} has no {key}")
        grid = panel.get("gridPos", {})
        if not all(isinstance(grid.get(k), int) for k in "xywh") or grid["x"] + grid["w"] > 24 or grid["w"] < 1 or grid["h"] < 1:
            fail(design, f"{path}: panel {pid} gridPos {grid} is not inside Grafana's 24 columns")
        for target in panel.get("targets", []):
            if not target.get("refId") or not target.get("expr"):
                fail(design, f"{path}: panel {pid} target without refId or expr")
                continue
            m = re.fullmatch(r'([a-zA-Z_:][a-zA-Z0-9_:]*)\{job="([^"]+)"\}', target["expr"])
            if not m or m.group(1) not in records_by_job.get(m.group(2), set()):
                fail(design, f"{path}: panel {pid} reads {target['expr']}, which no recording rule writes")
    # Panels must not overlap.
    cells = set()
    for panel in board["panels"]:
        g = panel.get("gridPos", {})
        for x in range(g.get("x", 0), g.get("x", 0) + g.get("w", 0)):
            for y in range(g.get("y", 0), g.get("y", 0) + g.get("h", 0)):
                if (x, y) in cells:
                    fail(design, f"{path}: panel {panel.get('id')} overlaps another")
                    break
                cells.add((x, y))


def check_design(cli, catalog, design_path, amtool):
    design = load_yaml(design_path)
    out = tempfile.mkdtemp(prefix="sd-monitoring-")
    try:
        r = run([cli, "export", "monitoring", design_path, "-o", out])
        if r.returncode != 0:
            fail(design_path, f"export failed: {r.stderr}")
            return
        prom = os.path.join(out, "prometheus")
        r = run(["promtool", "check", "config", "prometheus.yml"], cwd=prom)
        if r.returncode != 0:
            fail(design_path, f"promtool check config: {r.stdout}{r.stderr}")
        rule_files = sorted(os.listdir(os.path.join(prom, "rules")))
        r = run(["promtool", "check", "rules"] + [os.path.join("rules", f) for f in rule_files], cwd=prom)
        if r.returncode != 0:
            fail(design_path, f"promtool check rules: {r.stdout}{r.stderr}")
        if amtool:
            r = run([amtool, "check-config", os.path.join(out, "alertmanager", "alertmanager.yml")])
            if r.returncode != 0:
                fail(design_path, f"amtool check-config: {r.stdout}{r.stderr}")
        tests = sorted(os.path.join("tests", f) for f in os.listdir(os.path.join(prom, "tests")))
        r = run(["promtool", "test", "rules"] + tests, cwd=prom)
        if r.returncode != 0:
            fail(design_path, f"promtool test rules: {r.stdout[-3000:]}{r.stderr}")

        # The tests must catch broken rules: turn every threshold comparison round.
        broken = tempfile.mkdtemp(prefix="sd-monitoring-broken-")
        shutil.copytree(prom, os.path.join(broken, "prometheus"))
        turned = 0
        for f in rule_files:
            p = os.path.join(broken, "prometheus", "rules", f)
            text = open(p, encoding="utf-8").read()
            text, n = re.subn(r'(expr: "job:\S*\}) (>|<) ', lambda m: m.group(1) + (" < " if m.group(2) == ">" else " > "), text)
            turned += n
            open(p, "w", encoding="utf-8").write(text)
        if turned != sum(len([1 for line in open(os.path.join(prom, "rules", f), encoding="utf-8") if line.strip().startswith("- alert:")])
                         for f in rule_files):
            fail(design_path, f"turned {turned} thresholds round, not every alert's")
        r = run(["promtool", "test", "rules"] + tests, cwd=os.path.join(broken, "prometheus"))
        shutil.rmtree(broken)
        if r.returncode == 0:
            fail(design_path, "promtool test rules passed on rules with their thresholds turned round: the tests cannot fail")

        kinds = catalog["kinds"]
        signals = catalog["signals"]
        symptoms = {s["alert"] for s in signals.values() if s.get("severity") == "symptom"}
        watched = [c for c in design.get("components", []) if c["kind"] in kinds]
        config = load_yaml(os.path.join(prom, "prometheus.yml"))
        jobs = {j["job_name"] for j in config["scrape_configs"]}
        records_by_job = {}
        alerts_by_job = {}
        for c in watched:
            cid = c["id"]
            path = os.path.join(prom, "rules", f"{cid}.yml")
            if not os.path.exists(path):
                fail(design_path, f"{cid} ({c['kind']}) has no rule file")
                continue
            if cid not in jobs:
                fail(design_path, f"{cid} has rules but no scrape job")
            groups = load_yaml(path)["groups"]
            rules = [rule for g in groups for rule in g["rules"]]
            records_by_job[cid] = {rule["record"] for rule in rules if "record" in rule}
            alerts = [rule for rule in rules if "alert" in rule]
            alerts_by_job[cid] = alerts
            for rule in rules:
                if "record" in rule and f'job="{cid}-probe"' in rule["expr"] and f"{cid}-probe" not in jobs:
                    fail(design_path, f"{cid}: {rule['record']} reads a probe job that is not scraped")
            for a in alerts:
                labels, notes = a["labels"], a["annotations"]
                if labels.get("component") != cid:
                    fail(design_path, f"{cid}: {a['alert']} is labelled component={labels.get('component')}")
                if labels["severity"] == "page" and a["alert"] not in symptoms:
                    fail(design_path, f"{cid}: {a['alert']} pages but is a cause, not a symptom users notice")
                if labels["severity"] not in ("page", "ticket"):
                    fail(design_path, f"{cid}: {a['alert']} has severity {labels['severity']}")
                if c.get("name", cid) not in notes.get("blast_radius", ""):
                    fail(design_path, f"{cid}: {a['alert']}'s blast radius does not name the component")
                book, _, anchor = notes["runbook"].partition("#")
                book_path = os.path.join(out, book)
                if not os.path.exists(book_path) or f"### {a['alert']}" not in open(book_path, encoding="utf-8").read() \
                        or anchor != a["alert"].lower():
                    fail(design_path, f"{cid}: {a['alert']}'s runbook {notes['runbook']} has no such section")
            # Every alert fires in some test and stays quiet in the healthy one.
            test_path = os.path.join(prom, "tests", f"{cid}.test.yml")
            if alerts and not os.path.exists(test_path):
                fail(design_path, f"{cid} has alerts but no unit test")
                continue
            fired, quiet = set(), set()
            for case in (load_yaml(test_path)["tests"] if alerts else []):
                for check in case["alert_rule_test"]:
                    (fired if check["exp_alerts"] else quiet).add(check["alertname"])
            for a in alerts:
                if a["alert"] not in fired or a["alert"] not in quiet:
                    fail(design_path, f"{cid}: {a['alert']} is not both fired and kept quiet by the unit tests")

        # Routing: pages reach the drawn alerting component's vendor; keys only from files.
        am = load_yaml(os.path.join(out, "alertmanager", "alertmanager.yml"))
        drawn = [c for c in design.get("components", []) if c["kind"] == "alerting"]
        vendor = (drawn[0].get("properties", {}).get("vendor", "pagerduty") if drawn else "other")
        key = {"pagerduty": "pagerduty_configs", "opsgenie": "opsgenie_configs"}.get(vendor, "webhook_configs")
        routes = {r["matchers"][0]: r["receiver"] for r in am["route"]["routes"]}
        receivers = {r["name"]: r for r in am["receivers"]}
        for severity in ("page", "ticket"):
            name = routes.get(f'severity="{severity}"')
            if name not in receivers or key not in receivers[name]:
                fail(design_path, f"severity={severity} does not reach a {key} receiver")
        text = open(os.path.join(out, "alertmanager", "alertmanager.yml"), encoding="utf-8").read()
        if re.search(r"^\s*(routing_key|service_key|api_key|credentials):", text, re.M):
            fail(design_path, "alertmanager.yml holds a key instead of reading it from a file")
        if drawn and any(a["labels"]["severity"] == "page" for alerts in alerts_by_job.values() for a in alerts) is False:
            fail(design_path, "nothing pages the on-call the design draws")

        # Dashboards: the overview has a panel per watched component; each component has its own.
        boards = os.path.join(out, "grafana", "dashboards")
        uids = set()
        for f in sorted(os.listdir(boards)):
            board = json.load(open(os.path.join(boards, f), encoding="utf-8"))
            check_dashboard(design_path, f, board, records_by_job)
            if board.get("uid") in uids:
                fail(design_path, f"{f}: uid {board.get('uid')} is used twice")
            uids.add(board.get("uid"))
        overview = json.load(open(os.path.join(boards, "overview.json"), encoding="utf-8"))
        if len(overview["panels"]) != len(watched):
            fail(design_path, f"overview has {len(overview['panels'])} panels for {len(watched)} watched components")
        for c in watched:
            if not os.path.exists(os.path.join(boards, f"{c['id']}.json")):
                fail(design_path, f"{c['id']} has no dashboard")
        print(f"{os.path.basename(design_path)}: {len(watched)} components, "
              f"{sum(len(a) for a in alerts_by_job.values())} alerts checked")
    finally:
        shutil.rmtree(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--catalog", required=True, help="resources/catalog/exports/monitoring.yaml")
    parser.add_argument("designs", nargs="+")
    args = parser.parse_args()
    if not shutil.which("promtool"):
        print("SKIP: promtool is not installed (Debian package prometheus; scripts/install-deps.sh)")
        return 77
    amtool = shutil.which("amtool")
    if not amtool:
        print("note: amtool is not installed (Debian package prometheus-alertmanager); the Alertmanager file is not checked")
    catalog = load_yaml(args.catalog)
    for d in args.designs:
        check_design(args.cli, catalog, d, amtool)
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

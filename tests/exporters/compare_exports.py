#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Proves that two builds of stackdraft-cli export the same bytes (for restructurings).

    compare_exports.py OLD_CLI NEW_CLI [--keep DIR]

Exports every bundled example (Terraform with --provider all, aws, gcp and azure; Kubernetes;
compose), a design per provider holding every kind of the catalog, a design per provider
holding every value of every enum property of every kind (inside and outside a cluster, in
two regions, wired to each other), and a generated 1,000-component design, with both
programs, then compares the two trees file by file. Prints what differs; exits 1 when
anything does. Not a ctest entry: it needs a second build.
"""
import argparse
import filecmp
import os
import random
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATALOG = os.path.join(ROOT, 'resources', 'catalog')
EXAMPLES = os.path.join(ROOT, 'resources', 'examples')

PROVIDERS = {
    'aws': ('eu-west-1', ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], 'us-east-2'),
    'gcp': ('europe-west1', ['europe-west1-b', 'europe-west1-c'], 'europe-west4'),
    'azure': ('westeurope', ['westeurope-1', 'westeurope-2', 'westeurope-3'], 'northeurope'),
}


def catalog_kinds():
    kinds = []
    traits = yaml.safe_load(open(os.path.join(CATALOG, 'traits.yaml')))['traits']
    for name in sorted(os.listdir(CATALOG)):
        if not name.endswith('.yaml') or name == 'traits.yaml':
            continue
        data = yaml.safe_load(open(os.path.join(CATALOG, name)))
        if not isinstance(data, dict) or 'kinds' not in data:
            continue
        for kind in data['kinds']:
            props = []
            for t in kind.get('traits', []):
                props += traits[t]
            props += kind.get('properties', []) or []
            kind['allProperties'] = props
            kinds.append(kind)
    return kinds


def zones_for(provider, two_regions):
    region, azs, second = PROVIDERS[provider]
    zones = [{'id': 'cloud', 'kind': 'cloud', 'name': provider, 'position': [0, 0], 'size': [4000, 4000],
              'properties': {'provider': provider}},
             {'id': 'r1', 'kind': 'region', 'name': region, 'parent': 'cloud', 'position': [10, 10],
              'size': [3000, 3000], 'properties': {'region': region}},
             {'id': 'net1', 'kind': 'network', 'name': 'Main network', 'parent': 'r1', 'position': [20, 20],
              'size': [2800, 2800], 'properties': {'cidr': '10.20.0.0/16'}}]
    for i, az in enumerate(azs):
        zones.append({'id': 'az%d' % i, 'kind': 'availability-zone', 'name': az, 'parent': 'net1',
                      'position': [30 + i * 300, 30], 'size': [280, 200], 'properties': {'zone': az}})
    zones.append({'id': 'k8s', 'kind': 'kubernetes-cluster', 'name': 'Apps cluster', 'parent': 'net1',
                  'position': [30, 400], 'size': [1000, 1000]})
    if two_regions:
        zones.append({'id': 'r2', 'kind': 'region', 'name': second, 'parent': 'cloud', 'position': [3100, 10],
                      'size': [800, 800], 'properties': {'region': second}})
    return zones


def component(cid, kind, zone, props=None):
    c = {'id': cid, 'kind': kind['id'], 'name': '%s %s' % (kind['displayName'], cid), 'position': [0, 0]}
    if zone:
        c['zone'] = zone
    if props:
        c['properties'] = props
    return c


def all_kinds_design(provider, kinds):
    comps = [component('k%02d' % i, k, 'r1') for i, k in enumerate(kinds) if not k.get('container')]
    ids = [c['id'] for c in comps]
    conns = []
    rnd = random.Random(7)
    for i, a in enumerate(ids):
        for b in rnd.sample(ids, 3):
            if a != b:
                conns.append({'id': 'c%d-%s-%s' % (i, a, b), 'from': a, 'to': b})
    return {'formatVersion': 2, 'name': 'All kinds on %s' % provider, 'zones': zones_for(provider, False),
            'components': comps, 'connections': conns}


def variants_design(provider, kinds, seed):
    """Every value of every enum property of every kind, some in the cluster, some in a second region."""
    region, _, second = PROVIDERS[provider]
    comps = []
    n = 0
    places = ['r1', 'k8s', 'az0', 'r2', 'az1', None]  # None: outside every cloud
    for kind in kinds:
        if kind.get('container'):
            continue
        variants = [{}]
        for p in kind['allProperties']:
            if p['type'] == 'enum':
                variants += [{p['key']: v} for v in p['values']]
            elif p['type'] == 'bool':
                variants.append({p['key']: not p['default']})
        for v in variants:
            props = dict(v)
            keys = {p['key'] for p in kind['allProperties']}
            if 'replicas' in keys and n % 3 == 0:
                props['replicas'] = 3
            if 'crossRegionReplica' in keys and n % 4 == 1:
                props['crossRegionReplica'] = True
                props['replicaRegion'] = second
            if 'autoscaling' in keys and n % 5 == 2:
                props['autoscaling'] = True
                props['minReplicas'] = 2
                props['maxReplicas'] = 6
            if 'image' in keys and n % 2 == 0:
                props['image'] = 'registry.example.com/t/%s:1.2.3' % kind['id']
            comps.append(component('v%03d' % n, kind, places[n % len(places)], props))
            n += 1
    ids = [c['id'] for c in comps]
    rnd = random.Random(seed)
    conns = []
    protocols = ['https', 'grpc', 'http', 'postgresql', 'kafka', 'amqp', '']
    for i, a in enumerate(ids):
        for b in rnd.sample(ids, 2):
            if a != b:
                c = {'id': 'x%d-%s-%s' % (i, a, b), 'from': a, 'to': b}
                proto = protocols[rnd.randrange(len(protocols))]
                if proto:
                    c['protocol'] = proto
                if rnd.random() < 0.3:
                    c['port'] = rnd.choice([443, 8443, 5432, 9092, 6379])
                conns.append(c)
    return {'formatVersion': 2, 'name': 'Variants on %s' % provider, 'zones': zones_for(provider, True),
            'components': comps, 'connections': conns}


def run(cli, args, cwd, log):
    # Relative output paths, so that the messages of both programs name the same paths.
    p = subprocess.run([cli] + args, capture_output=True, text=True, cwd=cwd)
    with open(os.path.join(cwd, log), 'w') as f:
        f.write('exit %d\n--- stdout\n%s--- stderr\n%s' % (p.returncode, p.stdout, p.stderr))


def export_all(cli, designs, out):
    jobs = []
    for name, path in designs:
        for provider in ['all', 'aws', 'gcp', 'azure']:
            jobs.append(('%s/terraform-%s' % (name, provider), ['export', 'terraform', path, '--provider', provider]))
        jobs.append(('%s/kubernetes' % name, ['export', 'kubernetes', path]))
        jobs.append(('%s/kubernetes-single' % name, ['export', 'kubernetes', path, '--single-file']))
        jobs.append(('%s/compose' % name, ['export', 'compose', path]))
    for rel, args in jobs:
        os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
        dest = rel + ('.yaml' if 'compose' in rel or 'single' in rel else '')
        run(cli, args + ['-o', dest], out, rel + '.log')
    return len(jobs)


def compare(a, b):
    differences = []

    def walk(cmp, rel):
        for name in cmp.left_only:
            differences.append('only in old: ' + os.path.join(rel, name))
        for name in cmp.right_only:
            differences.append('only in new: ' + os.path.join(rel, name))
        for name in cmp.diff_files:
            differences.append('differs: ' + os.path.join(rel, name))
        for name in cmp.funny_files:
            differences.append('cannot compare: ' + os.path.join(rel, name))
        for name, sub in cmp.subdirs.items():
            walk(sub, os.path.join(rel, name))

    walk(filecmp.dircmp(a, b, ignore=[]), '')
    # dircmp compares by stat signature first; compare contents of every common file for certain.
    files = 0
    for dirpath, _, names in os.walk(a):
        for n in names:
            pa = os.path.join(dirpath, n)
            pb = os.path.join(b, os.path.relpath(pa, a))
            if os.path.exists(pb):
                files += 1
                if open(pa, 'rb').read() != open(pb, 'rb').read():
                    d = 'differs: ' + os.path.relpath(pa, a)
                    if d not in differences:
                        differences.append(d)
    return differences, files


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('old_cli')
    ap.add_argument('new_cli')
    ap.add_argument('--keep', help='folder to keep the designs and both trees in')
    args = ap.parse_args()
    args.old_cli, args.new_cli = os.path.abspath(args.old_cli), os.path.abspath(args.new_cli)
    work = args.keep or tempfile.mkdtemp(prefix='compare-exports-')
    os.makedirs(work, exist_ok=True)
    designs_dir = os.path.join(work, 'designs')
    os.makedirs(designs_dir, exist_ok=True)
    designs = [(f.split('.')[0], os.path.join(EXAMPLES, f)) for f in sorted(os.listdir(EXAMPLES)) if f.endswith('.stackdraft.yaml')]
    for extra in ['in-cluster', 'engines']:
        designs.append((extra, os.path.join(ROOT, 'tests', 'exporters', 'kubernetes', 'data', extra + '.stackdraft.yaml')))
    kinds = catalog_kinds()
    for i, provider in enumerate(PROVIDERS):
        for name, design in [('all-kinds-' + provider, all_kinds_design(provider, kinds)),
                             ('variants-' + provider, variants_design(provider, kinds, 11 + i))]:
            path = os.path.join(designs_dir, name + '.stackdraft.yaml')
            with open(path, 'w') as f:
                yaml.safe_dump(design, f, sort_keys=False)
            designs.append((name, path))
    generated = os.path.join(designs_dir, 'generated-1k.stackdraft.yaml')
    subprocess.run([args.new_cli, 'generate', '--components', '1000', '--seed', '1', '-o', generated], check=True)
    designs.append(('generated-1k', generated))
    old_tree, new_tree = os.path.join(work, 'old'), os.path.join(work, 'new')
    jobs = export_all(args.old_cli, designs, old_tree)
    export_all(args.new_cli, designs, new_tree)
    differences, files = compare(old_tree, new_tree)
    print('%d designs, %d exports each, %d files compared (logs with exit code, stdout and stderr included)'
          % (len(designs), jobs, files))
    for d in differences:
        print(d)
    print('identical' if not differences else '%d differences' % len(differences))
    return 1 if differences else 0


if __name__ == '__main__':
    sys.exit(main())

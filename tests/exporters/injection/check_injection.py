#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 14, defects 2 and 3 and 8: what the input smuggles in never reaches the output.

Runs stackdraft-cli as a user does on hostile variants of a bundled example and reads every
exported file with independent parsers: PyYAML for Kubernetes and compose, HashiCorp's HCL parser
(the shared validate-terraform) for Terraform. Also checks that shaped values (region, zone, CIDR,
domain, image, health path) and ids with a trailing newline are refused at load with file:line.

Usage: check_injection.py --cli CLI --example DESIGN [--validate-terraform TOOL]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import yaml

HOSTILE_NAME = ('Shop\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\n'
                'metadata: {name: pwned}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\n'
                'subjects: [{kind: Group, name: "system:authenticated", apiGroup: rbac.authorization.k8s.io}]\n'
                'include: [evil.yaml]\n'
                ' \r a \u2028 b \u2029 c \u0085 d ${file("/etc/hostname")} %{ if true }x%{ endif } "quoted" \\ end')

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print('FAIL:', message)


def yaml_double_quoted(text):
    out = '"'
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out += '\\"'
        elif ch == '\\':
            out += '\\\\'
        elif code < 0x20 or code in (0x85, 0x2028, 0x2029, 0x7f):
            out += '\\u%04x' % code
        else:
            out += ch
    return out + '"'


def run(cli, *args):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=300)


def with_name(example_text, name):
    """The example with its design name and the first component's name replaced."""
    text = re.sub(r'^name: .*$', lambda m: 'name: ' + yaml_double_quoted(name), example_text, count=1, flags=re.M)
    return re.sub(r'^(    name: ).*$', lambda m: m.group(1) + yaml_double_quoted(name), text, count=3, flags=re.M)


def yaml_files(root):
    for folder, _, files in os.walk(root):
        for f in files:
            if f.endswith(('.yaml', '.yml')):
                yield os.path.join(folder, f)


def check_yaml_export(path, allowed_top_level=None):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    try:
        documents = [d for d in yaml.safe_load_all(text) if d is not None]
    except yaml.YAMLError as e:
        check(False, '%s: PyYAML cannot read it: %s' % (path, str(e).splitlines()[0]))
        return
    for d in documents:
        check(not (isinstance(d, dict) and d.get('kind') == 'ClusterRoleBinding'), '%s: a ClusterRoleBinding was smuggled in' % path)
        if allowed_top_level is not None and isinstance(d, dict):
            extra = set(d) - allowed_top_level
            check(not extra, '%s: unexpected top-level keys %s' % (path, sorted(extra)))
    for line in text.split('\n'):
        check(not line.startswith(('kind: ClusterRoleBinding', 'include:')), '%s: a smuggled line starts a line: %r' % (path, line))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--example', required=True)
    parser.add_argument('--validate-terraform')
    args = parser.parse_args()
    with open(args.example, encoding='utf-8') as f:
        example = f.read()

    with tempfile.TemporaryDirectory() as tmp:
        design = os.path.join(tmp, 'hostile.stackdraft.yaml')
        with open(design, 'w', encoding='utf-8') as f:
            f.write(with_name(example, HOSTILE_NAME))
        r = run(args.cli, 'check', design)
        check(r.returncode == 0, 'the hostile names are legal names, the design must load: ' + r.stderr)

        # Defect 2: YAML comments and scalars.
        k8s = os.path.join(tmp, 'k8s')
        r = run(args.cli, 'export', 'kubernetes', design, '-o', k8s)
        check(r.returncode == 0, 'kubernetes export failed: ' + r.stderr)
        files = list(yaml_files(k8s))
        check(len(files) > 3, 'kubernetes export wrote only %d YAML files' % len(files))
        for path in files:
            check_yaml_export(path)
        compose = os.path.join(tmp, 'docker-compose.yaml')
        r = run(args.cli, 'export', 'compose', design, '-o', compose)
        check(r.returncode == 0, 'compose export failed: ' + r.stderr)
        if r.returncode == 0:
            check_yaml_export(compose, {'name', 'services', 'volumes', 'networks', 'secrets', 'configs'})
            with open(compose, encoding='utf-8') as f:
                check('Shop' in f.read(), 'the design name is gone from the compose file')

        # Defect 3: HCL strings and templates.
        tf = os.path.join(tmp, 'tf')
        r = run(args.cli, 'export', 'terraform', design, '-o', tf)
        check(r.returncode == 0, 'terraform export failed: ' + r.stderr)
        for folder, _, names in os.walk(tf):
            for name in names:
                if not name.endswith('.tf'):
                    continue
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    for number, line in enumerate(f, 1):
                        code = line.split('#', 1)[0] if not line.lstrip().startswith('#') else ''
                        check(not re.search(r'(?<!\$)\$\{file\(', code), '%s:%d: an unescaped ${file(...)} template: %s' % (name, number, line.strip()))
                        check(not re.search(r'(?<!%)%\{ if', code), '%s:%d: an unescaped %%{ directive: %s' % (name, number, line.strip()))
        if args.validate_terraform and not os.path.exists(args.validate_terraform):
            print(f'skipped: {args.validate_terraform} is absent (the shared tools beside the project), '
                  'so the hostile export is not read by HashiCorp\'s parser')
        if args.validate_terraform and os.path.exists(args.validate_terraform) and r.returncode == 0:
            v = subprocess.run([args.validate_terraform, '--no-schema', '-q', tf], capture_output=True, text=True, timeout=600)
            check(v.returncode == 0, 'HashiCorp\'s HCL parser rejects the export:\n' + v.stdout + v.stderr)

        # Defect 3 and 8: shaped values and ids are refused at load, with file and line.
        lines = example.split('\n')
        cases = [
            ('region: us-east-1', 'region: "eu-west-1${file(\\"/etc/hostname\\")}"', "'region' must be a region name"),
            ('zone: us-east-1a', 'zone: "us-east-1a\\" , evil = \\"x"', "'zone' must be a zone name"),
            ('image: registry.example.com/shop/auth:1.8.0', 'image: "registry.example.com/shop/auth:1.8.0\\nkind: Secret"', "'image' must be an image reference"),
        ]
        for original, hostile, expected in cases:
            index = next((i for i, l in enumerate(lines) if l.strip() == original), None)
            check(index is not None, 'the example has no line %r' % original)
            if index is None:
                continue
            changed = list(lines)
            changed[index] = lines[index].replace(original, hostile)
            bad = os.path.join(tmp, 'bad.stackdraft.yaml')
            with open(bad, 'w', encoding='utf-8') as f:
                f.write('\n'.join(changed))
            r = run(args.cli, 'check', bad)
            check(r.returncode != 0, '%s was accepted' % hostile)
            check(('%s:%d:' % (bad, index + 1)) in r.stderr and expected in r.stderr,
                  'no file:line error for %s: %s' % (hostile, r.stderr.strip()))
        first_id = next(i for i, l in enumerate(lines) if l.startswith('  - id: '))
        changed = list(lines)
        changed[first_id] = '  - id: "%s\\n"' % lines[first_id].split(': ', 1)[1]
        bad = os.path.join(tmp, 'badid.stackdraft.yaml')
        with open(bad, 'w', encoding='utf-8') as f:
            f.write('\n'.join(changed))
        r = run(args.cli, 'check', bad)
        check(r.returncode != 0 and ('%s:%d:' % (bad, first_id + 1)) in r.stderr, 'the id with a trailing newline was accepted: ' + r.stderr)

    print('%d problem(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 18: our HCL parser against HashiCorp's (hcl2json, from the shared validators) on every .tf
file the project has: the Terraform exporter's golden exports, the importer's fixtures, and the
validators' good samples and the bad ones that are still valid HCL. For each file both must agree on
whether it parses, on the top-level blocks (type and labels, in order), on the names in each block's
body, and every reference our parser reports for an attribute must stand in HashiCorp's text of it.

Usage: hcl_differential.py --dump HCL_DUMP --tools SHARED_TOOLS_DIR --root PROJECT_DIR"""
import argparse, json, os, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'exporters', 'terraform', 'wiring'))
from tfmodel import node_dir, require_tools  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DUMP_JS = os.path.join(HERE, '..', 'exporters', 'terraform', 'wiring', 'hcl2json-dump.js')


def tf_files(root, tools):
    folders = [os.path.join(root, 'tests', 'exporters', 'terraform', 'golden'),
               os.path.join(root, 'tests', 'importers', 'data'),
               os.path.join(tools, 'samples', 'terraform')]
    for folder in folders:
        for dirpath, _, names in os.walk(folder):
            for n in sorted(names):
                if n.endswith('.tf'):
                    yield os.path.join(dirpath, n)


def hashicorp_one(node, path):
    """hcl2json of one file, or None when HashiCorp's parser refuses it."""
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, 'f.tf'))
        out = subprocess.run(['node', DUMP_JS, node, d], capture_output=True, text=True)
        if out.returncode != 0:
            return None
        return json.loads(out.stdout)['f.tf']


def hashicorp(node, paths):
    """hcl2json of every file in one run; a file it refuses (its stderr names it) is None and the
    others run again."""
    result, left = {}, list(paths)
    while left:
        with tempfile.TemporaryDirectory() as d:
            for i, path in enumerate(left):
                os.makedirs(os.path.join(d, str(i)))
                shutil.copy(path, os.path.join(d, str(i), 'f.tf'))
            out = subprocess.run(['node', DUMP_JS, node, d], capture_output=True, text=True)
            if out.returncode == 0:
                parsed = json.loads(out.stdout)
                result.update({path: parsed[os.path.join(str(i), 'f.tf')] for i, path in enumerate(left)})
                return result
            refused = [i for i in range(len(left)) if os.path.join(d, str(i), 'f.tf') + ':' in out.stderr]
            if not refused:
                return {**result, **{path: hashicorp_one(node, path) for path in left}}
            for i in refused:
                result[left[i]] = None
            left = [p for i, p in enumerate(left) if i not in refused]
    return result


def flatten(tree):
    """hcl2json's nesting of labels ({"resource": {"t": {"n": [body]}}}) as [(path, body)], in order."""
    blocks = []

    def walk(node, path):
        if isinstance(node, list):
            for body in node:
                blocks.append((path, body))
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + [k])
    for block_type, node in tree.items():
        walk(node, [block_type])
    return blocks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dump', required=True)
    ap.add_argument('--tools', required=True)
    ap.add_argument('--root', required=True)
    args = ap.parse_args()
    require_tools(args.tools)
    node = node_dir(args.tools)
    files = list(tf_files(args.root, args.tools))
    ours = json.loads(subprocess.run([args.dump] + files, capture_output=True, text=True, check=True).stdout)
    problems, compared = [], 0
    all_theirs = hashicorp(node, files)
    for path in files:
        theirs = all_theirs[path]
        mine = ours[path]
        rel = os.path.relpath(path, args.root)
        if theirs is None:
            if 'error' not in mine:
                problems.append(f'{rel}: HashiCorp refuses it, ours parses it')
            continue
        if 'error' in mine:
            problems.append(f'{rel}: ours refuses it: {mine["error"]}')
            continue
        compared += 1
        their_blocks = flatten(theirs)
        # hcl2json groups blocks by type and labels; compare as sorted lists of paths.
        mine_paths = sorted(json.dumps(b['path']) for b in mine['blocks'])
        their_paths = sorted(json.dumps(p) for p, _ in their_blocks)
        if mine_paths != their_paths:
            problems.append(f'{rel}: blocks differ: ours {len(mine_paths)}, HashiCorp {len(their_paths)}')
            continue
        by_path = {}
        for p, body in their_blocks:
            by_path.setdefault(json.dumps(p), []).append(body)
        seen = {}
        for b in mine['blocks']:
            key = json.dumps(b['path'])
            body = by_path[key][seen.get(key, 0)]
            seen[key] = seen.get(key, 0) + 1
            if sorted(set(b['keys'])) != sorted(body.keys()):
                problems.append(f'{rel}: {"/".join(b["path"])}: names differ: ours {sorted(set(b["keys"]))}, HashiCorp {sorted(body.keys())}')
            for attr, refs in b['refs'].items():
                text = json.dumps(body.get(attr))
                for r in refs:
                    if '[?]' in r or '[*]' in r:
                        continue
                    if r.split('[')[0] not in text:
                        problems.append(f'{rel}: {"/".join(b["path"])}.{attr}: reference {r} not in HashiCorp\'s {text[:120]}')
    for p in problems:
        print(p)
    print(f'{len(files)} files, {compared} compared block by block, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

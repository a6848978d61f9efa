"""A Terraform module as HashiCorp's HCL parser reads it, for wiring tests.

Wiring tests follow each drawn connection of a design through the generated files. They read the
files with an independent parser (HashiCorp's HCL, through @cdktf/hcl2json from the shared
validators), never with the exporter's own code, and work on resources and the references between
them, never on text.

    m = Module.load('/tmp/out/aws')
    for lb in m.resources('aws_lb'): ...
    m.refs_of(r)        # addresses that resource r refers to ("aws_lb.edge", "var.x", ...)
    m.referrers('aws_lb.edge', 'aws_lb_listener')   # listeners that point at it
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
_REF = re.compile(r'\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*|var\.[A-Za-z_][A-Za-z0-9_]*|'
                  r'local\.[A-Za-z_][A-Za-z0-9_]*|module\.[A-Za-z_][A-Za-z0-9_]*)')
_NOT_RESOURCES = {'each', 'count', 'self', 'path', 'terraform', 'jsonencode'}


SKIP = 77  # ctest's SKIP_RETURN_CODE for these scripts


def require_tools(tools_dir):
    """Skips the whole check, with the reason, when the shared validators are not beside the project
    (a clone made elsewhere): they are the independent HCL parser every check here reads through."""
    if not os.path.isfile(os.path.join(tools_dir, 'lib', 'ensure-deps.sh')):
        print(f'SKIP: the shared validators are not in {tools_dir} (beside the project); '
              'HashiCorp\'s HCL parser is needed to read the export independently')
        sys.exit(SKIP)


def node_dir(tools_dir):
    """Installs (once) and returns the validators' npm folder, the way their wrappers do."""
    cache = os.environ.get('STACKDRAFT_VALIDATORS_CACHE') or os.path.join(
        os.environ.get('XDG_CACHE_HOME', os.path.expanduser('~/.cache')), 'stackdraft-validators')
    script = f'source "{tools_dir}/lib/ensure-deps.sh" && av_ensure_deps wiring-test && echo "$AV_NODE_DIR"'
    out = subprocess.run(['bash', '-c', script], capture_output=True, text=True,
                         env=dict(os.environ, STACKDRAFT_VALIDATORS_CACHE=cache))
    if out.returncode != 0:
        raise RuntimeError('cannot install the validators: ' + out.stderr)
    return out.stdout.strip().splitlines()[-1]


class Resource:
    def __init__(self, kind, type_, name, body, file):
        self.kind, self.type, self.name, self.body, self.file = kind, type_, name, body, file

    @property
    def address(self):
        return f'data.{self.type}.{self.name}' if self.kind == 'data' else f'{self.type}.{self.name}'

    def __repr__(self):
        return self.address

    def get(self, *path, default=None):
        """body['a'][0]['b'] style access through blocks, which hcl2json gives as lists."""
        value = self.body
        for key in path:
            if isinstance(value, list):
                value = value[0] if value else None
            if not isinstance(value, dict) or key not in value:
                return default
            value = value[key]
        return value

    def blocks(self, name):
        value = self.body.get(name, [])
        return value if isinstance(value, list) else [value]


def strings(value):
    """Every string inside a parsed value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def references(value):
    """Addresses referred to inside a parsed value: 'aws_lb.edge', 'data.aws_iam_policy_document.x', 'var.y'."""
    found = set()
    for text in strings(value):
        for expr in re.findall(r'\$\{(.*?)\}', text, re.S) if '${' in text else []:
            for m in _REF.finditer(expr):
                ref = m.group(1)
                head = ref.split('.')[0]
                if head in _NOT_RESOURCES:
                    continue
                if head == 'data':
                    parts = ref.split('.')
                    tail = expr[m.end():]
                    nxt = re.match(r'\.([A-Za-z_][A-Za-z0-9_-]*)', tail)
                    if nxt:
                        ref = f'data.{parts[1]}.{nxt.group(1)}'
                found.add(ref)
    return found


class Module:
    def __init__(self, files):
        self.files = files
        self._all = []
        for file, doc in files.items():
            for kind in ('resource', 'data'):
                for type_, named in doc.get(kind, {}).items():
                    for name, bodies in named.items():
                        for body in bodies:
                            self._all.append(Resource(kind, type_, name, body, file))
        self._by_address = {r.address: r for r in self._all}
        self.variables = {n: b[0] for doc in files.values() for n, b in doc.get('variable', {}).items()}
        self.outputs = {n: b[0] for doc in files.values() for n, b in doc.get('output', {}).items()}
        self.locals = {}
        for doc in files.values():
            for block in doc.get('locals', []):
                self.locals.update(block)

    @classmethod
    def load(cls, module_dir, tools_dir):
        out = subprocess.run(['node', os.path.join(HERE, 'hcl2json-dump.js'), node_dir(tools_dir), module_dir],
                             capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
        return cls(json.loads(out.stdout))

    def resources(self, type_=None):
        return [r for r in self._all if r.kind == 'resource' and (type_ is None or r.type == type_)]

    def data(self, type_=None):
        return [r for r in self._all if r.kind == 'data' and (type_ is None or r.type == type_)]

    def find(self, address):
        return self._by_address.get(address)

    def refs_of(self, resource):
        return references(resource.body)

    def referrers(self, address, type_=None):
        """Resources whose bodies refer to `address` (optionally of one type)."""
        return [r for r in self._all if (type_ is None or r.type == type_) and
                any(ref == address or ref.startswith(address + '.') for ref in self.refs_of(r))]


def env_name(cid):
    """The environment-variable stem of a component id, as the exporters write it (k8s::envName)."""
    return re.sub(r'[^A-Z0-9]+', '_', cid.upper()).strip('_')


def identifier_for(name, fallback=''):
    """The Terraform name the export derives from a component name (identifierFor() in tfmodule.cpp)."""
    def cleaned(text):
        return re.sub(r'[^a-z0-9]+', '_', text.lower()).strip('_')
    ident = cleaned(name) or cleaned(fallback) or 'item'
    return (('c_' + ident) if ident[0].isdigit() else ident)[:48]


def load_manifests(folder):
    """Every YAML document of a Kubernetes export folder, as PyYAML reads it (empty documents dropped)."""
    docs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith('.yaml'):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                docs += [d for d in yaml.safe_load_all(f) if isinstance(d, dict)]
    return docs


class Failures(list):
    """What a wiring test found wrong, one line each, and how many checks it made."""
    checked = 0

    def check(self, ok, *message):
        self.checked += 1
        if not ok:
            self.append(': '.join(str(part) for part in message))
        return ok

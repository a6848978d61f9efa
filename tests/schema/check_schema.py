#!/usr/bin/env python3
"""Checks Stackdraft design files with an implementation independent of Stackdraft's own reader.

For every design given on the command line (a file, or a folder of *.yaml / *.json files):
  1. the published JSON Schema (--schema), with python jsonschema;
  2. the component catalog (--catalog DIR: the category files plus traits.yaml, format in
     docs/catalog-format.md): every kind exists and sits in the right list (zones or components),
     every property key belongs to the kind, every value has the kind's type and lies in range;
     ids are unique, and zone, parent, from and to name items that exist;
  3. the saved form (docs/file-format.md), unless --no-saved-form: fixed key order, lists sorted
     by id, and no keys with default values (mode: sync, pinned: false, empty maps, the kind's
     default size, properties equal to the catalog default).
Files given with --expect-invalid must be rejected by checks 1 and 2.

Each problem is printed as `file: path: message`. Exit status 0 when every file is valid and
every --expect-invalid file is rejected, 1 otherwise, 2 for usage errors.
"""
import argparse
import glob
import json
import os
import sys

import jsonschema
import yaml

TOP_KEYS = ['formatVersion', 'name', 'description', 'metadata', 'zones', 'components', 'connections', 'notes',
            'questionnaire', 'acceptedFindings']
ZONE_KEYS = ['id', 'kind', 'name', 'parent', 'position', 'size', 'properties']
COMPONENT_KEYS = ['id', 'kind', 'name', 'zone', 'position', 'size', 'pinned', 'properties']
CONNECTION_KEYS = ['id', 'from', 'to', 'protocol', 'port', 'mode', 'label']
NOTE_KEYS = ['id', 'text', 'zone', 'position', 'size', 'colour']
ANSWER_KEYS = ['question', 'value', 'note']
FINDING_KEYS = ['finding', 'justification', 'acceptedBy', 'acceptedOn']


class DesignLoader(yaml.SafeLoader):
    """Safe loader that refuses duplicate keys and keeps dates as text (as Stackdraft does)."""


def _mapping(loader, node, deep=False):
    keys = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in keys:
            raise yaml.constructor.ConstructorError(None, None, 'duplicate key %r' % (key,), key_node.start_mark)
        keys.add(key)
    return loader.construct_mapping(node, deep=deep)


DesignLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
DesignLoader.add_constructor('tag:yaml.org,2002:timestamp', yaml.SafeLoader.construct_yaml_str)


def load(path):
    with open(path, encoding='utf-8') as f:
        if path.endswith('.json'):
            return json.load(f, object_pairs_hook=_json_pairs)
        return yaml.load(f, Loader=DesignLoader)


def _json_pairs(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError('duplicate key %r' % key)
        result[key] = value
    return result


# --- catalog ---------------------------------------------------------------

def load_catalog(folder):
    """Returns {kind id: (kind, {key: property spec})}, traits expanded in order, then properties."""
    with open(os.path.join(folder, 'traits.yaml'), encoding='utf-8') as f:
        traits = yaml.safe_load(f)['traits']
    kinds = {}
    for path in sorted(glob.glob(os.path.join(folder, '*.yaml'))):
        if os.path.basename(path) == 'traits.yaml':
            continue
        with open(path, encoding='utf-8') as f:
            category = yaml.safe_load(f)
        for kind in category.get('kinds') or []:
            props = {}
            for trait in kind.get('traits') or []:
                for p in traits[trait]:
                    props[p['key']] = p
            for p in kind.get('properties') or []:
                props[p['key']] = p
            kinds[kind['id']] = (kind, props)
    if not kinds:
        raise SystemExit('no kinds found in catalog folder %s' % folder)
    return kinds


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def value_problem(spec, value):
    t = spec['type']
    if t == 'int':
        ok = is_int(value) or (isinstance(value, float) and value.is_integer())
    elif t == 'float':
        ok = is_number(value)
    elif t == 'bool':
        ok = isinstance(value, bool)
    elif t == 'enum':
        ok = str(value) in [str(v) for v in spec.get('values') or []]
        if not ok:
            return '%r is not one of %s' % (value, ', '.join(str(v) for v in spec.get('values') or []))
    elif t == 'string':
        ok = isinstance(value, (str, int, float)) and not isinstance(value, bool)  # 1.31 reads as text
    else:
        return 'catalog property has unknown type %r' % t
    if not ok:
        return '%r is not a valid %s' % (value, t)
    if t in ('int', 'float'):
        if 'min' in spec and value < spec['min']:
            return '%r is below the minimum %r' % (value, spec['min'])
        if 'max' in spec and value > spec['max']:
            return '%r is above the maximum %r' % (value, spec['max'])
    return None


def is_default(spec, value):
    default = spec.get('default')
    if spec['type'] in ('string', 'enum'):
        return str(value) == str(default)
    if spec['type'] == 'bool':
        return value is default
    return is_number(value) and is_number(default) and value == default


def catalog_errors(doc, kinds):
    errors = []
    zones = {z.get('id') for z in doc.get('zones') or []}
    components = {c.get('id') for c in doc.get('components') or []}
    seen = set()
    for section, want_container in (('zones', True), ('components', False)):
        for i, item in enumerate(doc.get(section) or []):
            where = '%s/%d' % (section, i)
            if item.get('id') in seen:
                errors.append((where + '/id', 'duplicate id %r' % item.get('id')))
            seen.add(item.get('id'))
            entry = kinds.get(item.get('kind'))
            if not entry:
                errors.append((where + '/kind', 'unknown kind %r' % item.get('kind')))
                continue
            kind, specs = entry
            if bool(kind.get('container')) != want_container:
                errors.append((where + '/kind', '%r is a %s kind; list it under %s' % (
                    item['kind'], 'zone' if kind.get('container') else 'component',
                    'zones' if kind.get('container') else 'components')))
            for key, value in (item.get('properties') or {}).items():
                spec = specs.get(key)
                if not spec:
                    errors.append((where + '/properties/' + key, 'unknown property %r for kind %r' % (key, item['kind'])))
                    continue
                problem = value_problem(spec, value)
                if problem:
                    errors.append((where + '/properties/' + key, problem))
    for i, z in enumerate(doc.get('zones') or []):
        if 'parent' in z and z['parent'] not in zones:
            errors.append(('zones/%d/parent' % i, 'parent %r is not a zone' % z['parent']))
        if z.get('parent') == z.get('id'):
            errors.append(('zones/%d/parent' % i, 'a zone cannot contain itself'))
    for i, c in enumerate(doc.get('components') or []):
        if 'zone' in c and c['zone'] not in zones:
            errors.append(('components/%d/zone' % i, 'zone %r is not a zone' % c['zone']))
    for i, n in enumerate(doc.get('notes') or []):
        if n.get('id') in seen:
            errors.append(('notes/%d/id' % i, 'duplicate id %r' % n.get('id')))
        seen.add(n.get('id'))
        if 'zone' in n and n['zone'] not in zones:
            errors.append(('notes/%d/zone' % i, 'zone %r is not a zone' % n['zone']))
    pairs = set()
    for i, c in enumerate(doc.get('connections') or []):
        for end in ('from', 'to'):
            if c.get(end) not in components:
                errors.append(('connections/%d/%s' % (i, end), '%r is not a component' % c.get(end)))
        if c.get('from') == c.get('to'):
            errors.append(('connections/%d' % i, 'connects %r to itself' % c.get('from')))
        elif (c.get('from'), c.get('to')) in pairs:
            errors.append(('connections/%d' % i, 'repeats the connection %s -> %s' % (c.get('from'), c.get('to'))))
        pairs.add((c.get('from'), c.get('to')))
    return errors


# --- saved form ------------------------------------------------------------

def key_order(errors, where, item, order):
    keys = list(item)
    expected = [k for k in order if k in item]
    if keys != expected:
        errors.append((where, 'keys are in the order %s; the saved form is %s' % (', '.join(keys), ', '.join(expected))))


def sorted_by(errors, where, items, key):
    ids = [i.get(key) for i in items]
    if ids != sorted(ids):
        errors.append((where, 'not sorted by %s' % key))


def saved_form_errors(doc, kinds):
    errors = []
    key_order(errors, '(top)', doc, TOP_KEYS)
    for key in ('metadata', 'zones', 'components', 'connections', 'acceptedFindings'):
        if key in doc and not doc[key]:
            errors.append((key, 'empty; the saved form leaves it out'))
    if 'metadata' in doc and list(doc['metadata'] or {}) != sorted(doc['metadata'] or {}):
        errors.append(('metadata', 'keys not sorted'))
    for section, order in (('zones', ZONE_KEYS), ('components', COMPONENT_KEYS)):
        items = doc.get(section) or []
        sorted_by(errors, section, items, 'id')
        for i, item in enumerate(items):
            where = '%s/%d' % (section, i)
            key_order(errors, where, item, order)
            entry = kinds.get(item.get('kind')) if kinds else None
            if item.get('pinned') is False:
                errors.append((where + '/pinned', 'false is the default; leave it out'))
            if 'properties' in item and not item['properties']:
                errors.append((where + '/properties', 'empty; leave it out'))
            props = item.get('properties') or {}
            if list(props) != sorted(props):
                errors.append((where + '/properties', 'keys not sorted'))
            if not entry:
                continue
            kind, specs = entry
            if 'size' in item and list(item['size']) == list(kind.get('defaultSize') or []):
                errors.append((where + '/size', 'equals the default size of %r; leave it out' % kind['id']))
            for key, value in props.items():
                if key in specs and is_default(specs[key], value):
                    errors.append((where + '/properties/' + key, '%r is the catalog default; leave it out' % (value,)))
    connections = doc.get('connections') or []
    sorted_by(errors, 'connections', connections, 'id')
    for i, c in enumerate(connections):
        key_order(errors, 'connections/%d' % i, c, CONNECTION_KEYS)
        if c.get('mode') == 'sync':
            errors.append(('connections/%d/mode' % i, 'sync is the default; leave it out'))
    notes = doc.get('notes') or []
    if 'notes' in doc and not notes:
        errors.append(('notes', 'empty; the saved form leaves it out'))
    sorted_by(errors, 'notes', notes, 'id')
    for i, n in enumerate(notes):
        key_order(errors, 'notes/%d' % i, n, NOTE_KEYS)
        if n.get('colour') == 'yellow':
            errors.append(('notes/%d/colour' % i, 'yellow is the default; leave it out'))
        if 'size' in n and list(n['size']) == [200, 120]:
            errors.append(('notes/%d/size' % i, 'equals the default size; leave it out'))
    answers = (doc.get('questionnaire') or {}).get('answers') or []
    if 'questionnaire' in doc and not answers:
        errors.append(('questionnaire', 'no answers; the saved form leaves it out'))
    sorted_by(errors, 'questionnaire/answers', answers, 'question')
    for i, a in enumerate(answers):
        key_order(errors, 'questionnaire/answers/%d' % i, a, ANSWER_KEYS)
    findings = doc.get('acceptedFindings') or []
    sorted_by(errors, 'acceptedFindings', findings, 'finding')
    for i, a in enumerate(findings):
        key_order(errors, 'acceptedFindings/%d' % i, a, FINDING_KEYS)
    return errors


# --- driver ----------------------------------------------------------------

def check(path, validator, kinds, saved_form):
    """Returns [(json path, message)] for one file."""
    try:
        doc = load(path)
    except Exception as e:  # a file that does not parse is invalid
        return [('(file)', 'does not parse: %s' % str(e).replace('\n', ' '))]
    errors = [('/'.join(str(p) for p in e.absolute_path) or '(top)', e.message)
              for e in sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])]
    if errors or not isinstance(doc, dict):
        return errors or [('(top)', 'not a mapping')]
    if kinds is not None:
        errors += catalog_errors(doc, kinds)
    if saved_form:
        errors += saved_form_errors(doc, kinds)
    return errors


def files(args):
    for a in args:
        if os.path.isdir(a):
            yield from sorted(glob.glob(os.path.join(a, '*.yaml')) + glob.glob(os.path.join(a, '*.yml'))
                              + glob.glob(os.path.join(a, '*.json')))
        else:
            yield a


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--schema', required=True, help='the JSON Schema for design files')
    ap.add_argument('--catalog', metavar='DIR', help='catalog folder (category files plus traits.yaml)')
    ap.add_argument('--no-saved-form', action='store_true', help='do not check key order, sorting and left-out defaults')
    ap.add_argument('--expect-invalid', metavar='PATH', action='append', default=[],
                    help='file or folder of designs that must be rejected (repeatable)')
    ap.add_argument('paths', nargs='*', metavar='DESIGN', help='design file or folder of designs')
    a = ap.parse_args()
    if not a.paths and not a.expect_invalid:
        ap.error('no designs given')
    with open(a.schema, encoding='utf-8') as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    kinds = load_catalog(a.catalog) if a.catalog else None

    passed = failed = 0
    for path in files(a.paths):
        errors = check(path, validator, kinds, not a.no_saved_form)
        for where, message in errors:
            print('%s: %s: %s' % (path, where, message))
        if errors:
            failed += 1
        else:
            passed += 1
    for path in files(a.expect_invalid):
        errors = check(path, validator, kinds, False)
        if errors:
            passed += 1
            print('%s: rejected as expected (%s: %s)' % (path, errors[0][0], errors[0][1]))
        else:
            print('%s: (top): accepted, but it is invalid' % path)
            failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed or passed == 0 else 0


if __name__ == '__main__':
    sys.exit(main())

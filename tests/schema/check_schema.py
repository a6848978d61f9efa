#!/usr/bin/env python3
"""Checks design files with tools independent of Stackdraft's own reader: the published JSON
Schema (python jsonschema) and the catalog (PyYAML): kinds exist, property keys belong to the
kind, values have the right type and range. Exit 0 when every file is valid and every file in
--expect-invalid folders is rejected."""
import argparse, glob, json, os, sys
import jsonschema, yaml

def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f) if path.endswith('.json') else yaml.safe_load(f)

def load_catalog(folder):
    traits = yaml.safe_load(open(os.path.join(folder, 'traits.yaml')))['traits']
    kinds = {}
    for path in sorted(glob.glob(os.path.join(folder, '*.yaml'))):
        if path.endswith('traits.yaml'):
            continue
        for kind in yaml.safe_load(open(path))['kinds']:
            props = {}
            for t in kind.get('traits') or []:
                for p in traits[t]:
                    props[p['key']] = p
            for p in kind.get('properties') or []:
                props[p['key']] = p
            kinds[kind['id']] = (kind, props)
    return kinds

def catalog_errors(doc, kinds):
    errors = []
    for section, want_container in (('zones', True), ('components', False)):
        for item in doc.get(section) or []:
            kind = kinds.get(item.get('kind'))
            where = '%s/%s' % (section, item.get('id'))
            if not kind:
                errors.append('%s: unknown kind %r' % (where, item.get('kind')))
                continue
            if bool(kind[0].get('container')) != want_container:
                errors.append('%s: kind %r belongs under %s' % (where, item['kind'], 'zones' if not want_container else 'components'))
            for key, value in (item.get('properties') or {}).items():
                spec = kind[1].get(key)
                if not spec:
                    errors.append('%s: unknown property %r' % (where, key))
                    continue
                t = spec['type']
                ok = {'int': isinstance(value, int) and not isinstance(value, bool),
                      'float': isinstance(value, (int, float)) and not isinstance(value, bool),
                      'bool': isinstance(value, bool),
                      'enum': value in (spec.get('values') or []),
                      'string': isinstance(value, str) or (isinstance(value, (int, float)) and not isinstance(value, bool))}[t]
                if not ok:
                    errors.append('%s: %s=%r is not a valid %s' % (where, key, value, t))
                elif t in ('int', 'float') and (('min' in spec and value < spec['min']) or ('max' in spec and value > spec['max'])):
                    errors.append('%s: %s=%r is out of range' % (where, key, value))
    ids = [i['id'] for s in ('zones', 'components') for i in doc.get(s) or []]
    comps = {c['id'] for c in doc.get('components') or []}
    zones = {z['id'] for z in doc.get('zones') or []}
    if len(ids) != len(set(ids)):
        errors.append('duplicate ids')
    for c in doc.get('connections') or []:
        for end in ('from', 'to'):
            if c.get(end) not in comps:
                errors.append('connections/%s: %s %r is not a component' % (c.get('id'), end, c.get(end)))
    for c in doc.get('components') or []:
        if c.get('zone') and c['zone'] not in zones:
            errors.append('components/%s: zone %r does not exist' % (c['id'], c['zone']))
    for z in doc.get('zones') or []:
        if z.get('parent') and z['parent'] not in zones:
            errors.append('zones/%s: parent %r does not exist' % (z['id'], z['parent']))
    return errors

def check(path, validator, kinds):
    try:
        doc = load(path)
    except Exception as e:  # a file that does not parse is invalid
        return ['does not parse: %s' % e]
    errors = ['%s: %s' % ('/'.join(str(p) for p in e.absolute_path) or '(top)', e.message)
              for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))]
    if not errors and kinds:
        errors = catalog_errors(doc, kinds)
    return errors

def files(args):
    for a in args:
        if os.path.isdir(a):
            yield from sorted(glob.glob(os.path.join(a, '*.yaml')) + glob.glob(os.path.join(a, '*.json')))
        else:
            yield a

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--schema', required=True)
    ap.add_argument('--catalog')
    ap.add_argument('--expect-invalid', action='append', default=[])
    ap.add_argument('paths', nargs='+')
    a = ap.parse_args()
    schema = json.load(open(a.schema))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    kinds = load_catalog(a.catalog) if a.catalog else None
    passed = failed = 0
    for path in files(a.paths):
        errors = check(path, validator, kinds)
        for e in errors:
            print('%s: %s' % (path, e))
        passed, failed = (passed + 1, failed) if not errors else (passed, failed + 1)
    for path in files(a.expect_invalid):
        if check(path, validator, kinds):
            passed += 1
        else:
            print('%s: accepted, but it is invalid' % path)
            failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed or passed == 0 else 0

if __name__ == '__main__':
    sys.exit(main())

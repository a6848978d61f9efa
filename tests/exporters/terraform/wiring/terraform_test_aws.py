#!/usr/bin/env python3
"""terraform init / validate / test with a mocked AWS provider on every AWS export (issue 12).

Where terraform and a local AWS provider plugin directory are on the machine, each design's AWS module
is exported into a temporary folder, the provider pin is relaxed to the local plugin's version when
it differs (this image ships 5.100 while the export pins ~> 6.0), and then:

  terraform init -plugin-dir=DIR -backend=false
  terraform validate
  terraform test     (a generated tests/wiring.tftest.hcl with mock_provider "aws")

The test file plans the module against the mocked provider (a plan: mocked ARNs are random strings
the provider would refuse at apply), once as generated and, where the
module waits for the Kubernetes Gateways, once with kubernetes_gateways_ready = true, and asserts
what a user checks once it is applied: no load balancer listener whose default action is a fixed
response, every API gateway route targets an integration, the VPC CNI add-on enforces network
policies, every Pod Identity association names its namespace and service account, the cloud values
for the Kubernetes export are written, and a REST API behind CloudFront carries a web ACL on its stage
that blocks by default and admits exactly the secret header value CloudFront sends. Without terraform or the plugin it prints why and passes
(the shared validators stay the check on every machine).

Usage: terraform_test_aws.py --cli stackdraft-cli --tools ../shared/tools DESIGN...
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tfmodel import Module, references, require_tools  # noqa: E402

EXAMPLE_VALUES = {
    'cluster_admin_role_arn': 'arn:aws:iam::123456789012:role/platform-admin',
    'certificate_arn': 'arn:aws:acm:eu-central-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
    'cdn_certificate_arn': 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000',
}


def plugin_dir():
    for root in ('/opt', '/usr/local/share', '/usr/share', os.path.expanduser('~')):
        for path in glob.glob(os.path.join(root, '**', 'registry.terraform.io'), recursive=True):
            if 'plugins' in path and os.path.isdir(os.path.join(path, 'hashicorp', 'aws')):
                return os.path.dirname(path)
    return None


def value_for(name, var):
    if name in EXAMPLE_VALUES:
        return EXAMPLE_VALUES[name]
    type_ = str(var.get('type', 'string'))
    if 'list' in type_:
        return []
    if 'bool' in type_:
        return False
    if 'number' in type_:
        return 1
    if name.endswith('_endpoint'):
        return 'https://events.example.com/integration/secret'
    if name.endswith('_origin_domain'):
        return 'origin.example.com'
    if name.endswith('_password'):
        return 'a-long-enough-password'
    if name.endswith('_package'):
        return 'package.zip'
    return 'example-' + name.replace('_', '-')


def hcl(value):
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return '[' + ', '.join(hcl(v) for v in value) + ']'
    return '"' + str(value).replace('\\', '\\\\').replace('"', '\\"') + '"'


def test_file(module):
    """The .tftest.hcl: variables, mocks, and one run per phase with the assertions."""
    lines = ['mock_provider "aws" {',
             '  mock_data "aws_availability_zones" {', '    defaults = { names = ["zone-a", "zone-b", "zone-c"] }', '  }',
             '  mock_data "aws_caller_identity" {', '    defaults = { account_id = "123456789012" }', '  }',
             '  mock_data "aws_partition" {', '    defaults = { partition = "aws" }', '  }',
             '  mock_data "aws_lb" {',
             '    defaults = { arn = "arn:aws:elasticloadbalancing:eu-central-1:123456789012:loadbalancer/app/gateway/0123456789abcdef" }', '  }',
             '  mock_data "aws_lb_listener" {',
             '    defaults = { arn = "arn:aws:elasticloadbalancing:eu-central-1:123456789012:listener/app/gateway/0123456789abcdef/0123456789abcdef" }', '  }',
             '  mock_resource "aws_db_instance" {',
             '    defaults = { master_user_secret = [{ secret_arn = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:db", kms_key_id = "k", secret_status = "active" }] }',
             '  }',
             '  mock_resource "aws_mq_broker" {', '    defaults = { instances = [{ endpoints = ["amqps://broker:5671"], console_url = "", ip_address = "" }] }', '  }',
             '}', '']
    # Aliased providers (one per further region) are mocked too.
    aliases = set()
    for doc in module.files.values():
        for block in doc.get('provider', {}).get('aws', []):
            if block.get('alias'):
                aliases.add(block['alias'])
    for alias in sorted(aliases):
        lines += [f'mock_provider "aws" {{', f'  alias = "{alias}"',
                  '  mock_data "aws_availability_zones" {', '    defaults = { names = ["zone-a", "zone-b"] }', '  }',
                  '  mock_data "aws_caller_identity" {', '    defaults = { account_id = "123456789012" }', '  }',
                  '  mock_data "aws_partition" {', '    defaults = { partition = "aws" }', '  }', '}', '']
    lines.append('variables {')
    for name, var in module.variables.items():
        if 'default' not in var:
            lines.append(f'  {name} = {hcl(value_for(name, var))}')
    lines += ['}', '']

    asserts = []
    for r in module.resources('aws_lb_listener'):
        asserts.append((f'{r.address}.default_action[0].type != "fixed-response"',
                        f'{r.address} only answers with a fixed response'))
    for r in module.resources('aws_eks_addon'):
        if r.body.get('addon_name') == 'vpc-cni':
            asserts.append((f'jsondecode({r.address}.configuration_values).enableNetworkPolicy == "true"',
                            'the VPC CNI does not enforce NetworkPolicies'))
    for r in module.resources('aws_eks_pod_identity_association'):
        asserts.append((f'{r.address}.namespace != "" && {r.address}.service_account != ""',
                        f'{r.address} names no service account'))
    for r in module.resources('aws_eks_access_entry'):
        asserts.append((f'{r.address}.principal_arn == var.cluster_admin_role_arn', 'the admin role has no access entry'))
    if 'kubernetes_cloud_values' in module.outputs:
        asserts.append(('length(keys(local.kubernetes_cloud_values)) > 0',
                        'a cloud value of the Kubernetes export is missing'))
    # A REST API behind CloudFront: the web ACL on its stage blocks by default and admits the very value
    # CloudFront sends as its origin header (both read from the one secret at plan time).
    dists = [r.address for r in module.resources('aws_cloudfront_distribution')]
    for a in module.resources('aws_wafv2_web_acl_association'):
        if not any(x.startswith('aws_api_gateway_stage.') for x in references(a.body.get('resource_arn'))):
            continue
        for acl in {'.'.join(x.split('.')[:2]) for x in references(a.body.get('web_acl_arn'))}:
            asserts.append((f'length({acl}.default_action[0].block) == 1', f'{acl} on the API stage admits requests by default'))
            sent = ', '.join(f'[for o in {d}.origin : [for h in o.custom_header : h.value]]' for d in dists)
            wanted = (f'flatten([for r in {acl}.rule : [for st in r.statement : [for b in st.byte_match_statement : b.search_string]]])')
            if dists:
                asserts.append((f'length({wanted}) > 0 && alltrue([for v in {wanted} : contains(flatten([{sent}]), v)])',
                                f'{acl} admits a header value CloudFront does not send'))
    for r in module.resources('aws_api_gateway_integration'):
        asserts.append((f'{r.address}.uri != ""', f'{r.address} integrates nothing'))
    gated_routes = [r for r in module.resources('aws_apigatewayv2_route') if 'count' in r.body]
    routes = [r for r in module.resources('aws_apigatewayv2_route') if 'count' not in r.body]

    def run(name, ready):
        out = [f'run "{name}" {{', '  command = plan']
        if ready is not None:
            out += ['  variables {', f'    kubernetes_gateways_ready = {hcl(ready)}', '  }']
        for cond, msg in asserts:
            out += ['  assert {', f'    condition     = {cond}', f'    error_message = {hcl(msg)}', '  }']
        for r in routes:
            out += ['  assert {', f'    condition     = startswith({r.address}.target, "integrations/")',
                    f'    error_message = {hcl(r.address + " targets nothing")}', '  }']
        if ready:
            for r in gated_routes:
                out += ['  assert {', f'    condition     = length({r.address}) == 1 && startswith({r.address}[0].target, "integrations/")',
                        f'    error_message = {hcl(r.address + " does not route to the Gateway once it is ready")}', '  }']
        out += ['}', '']
        return out

    gated = 'kubernetes_gateways_ready' in module.variables
    lines += run('as_generated', False if gated else None)
    if gated:
        lines += run('gateways_ready', True)
    return '\n'.join(lines) + '\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--tools', required=True)
    ap.add_argument('designs', nargs='+')
    args = ap.parse_args()
    require_tools(args.tools)
    terraform = shutil.which('terraform')
    plugins = plugin_dir()
    if not terraform or not plugins:
        print('SKIP: ' + ('terraform is not installed' if not terraform else 'no local AWS provider plugin directory (…/plugins/registry.terraform.io)'))
        return 0
    versions = sorted(os.listdir(os.path.join(plugins, 'registry.terraform.io', 'hashicorp', 'aws')))
    local = versions[-1]
    env = dict(os.environ, TF_CLI_CONFIG_FILE=os.devnull, TF_IN_AUTOMATION='1', CHECKPOINT_DISABLE='1')
    failures, tested = [], 0
    for path in args.designs:
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run([args.cli, 'export', 'terraform', path, '-o', os.path.join(tmp, 'tf')], capture_output=True, text=True)
            if out.returncode != 0:
                continue  # no cloud component
            folder = os.path.join(tmp, 'tf', 'aws') if os.path.isdir(os.path.join(tmp, 'tf', 'aws')) else os.path.join(tmp, 'tf')
            with open(os.path.join(folder, 'versions.tf'), encoding='utf-8') as f:
                versions_tf = f.read()
            if 'hashicorp/aws' not in versions_tf:
                continue
            tested += 1
            pin = re.search(r'version\s*=\s*"~> (\d+)\.', versions_tf)
            if pin and pin.group(1) != local.split('.')[0]:
                # Only in this temporary copy: the machine's plugin is of another major version.
                versions_tf = re.sub(r'(version\s*=\s*)"~> [0-9.]+"', rf'\1">= {local}"', versions_tf, count=1)
                with open(os.path.join(folder, 'versions.tf'), 'w', encoding='utf-8') as f:
                    f.write(versions_tf)
            module = Module.load(folder, args.tools)
            os.makedirs(os.path.join(folder, 'tests'))
            with open(os.path.join(folder, 'tests', 'wiring.tftest.hcl'), 'w', encoding='utf-8') as f:
                f.write(test_file(module))
            name = os.path.basename(path)
            for step in (['init', f'-plugin-dir={plugins}', '-backend=false', '-input=false', '-no-color'],
                         ['validate', '-no-color'], ['test', '-no-color']):
                r = subprocess.run([terraform] + step, cwd=folder, capture_output=True, text=True, env=env)
                if r.returncode != 0:
                    failures.append(f'{name}: terraform {step[0]} failed:\n{r.stdout[-4000:]}{r.stderr[-4000:]}')
                    break
                if step[0] == 'test':
                    print(f'{name}: ' + (r.stdout.strip().splitlines() or ['?'])[-1])
    print(f'{tested} AWS modules, provider {local}')
    for item in failures:
        print('FAIL', item)
    return 1 if failures or tested == 0 else 0


if __name__ == '__main__':
    sys.exit(main())

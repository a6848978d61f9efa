#!/usr/bin/env python3
"""Runs the steps of the CI files docs/diff.md gives (the GitHub Actions workflow and the GitLab CI
job) on a two-commit repository, with the real stackdraft-cli and git, and fakes only what needs a
server: `gh` and `curl` record what they were asked to post. Checks that the Markdown comment is
posted and that the job fails, as a change that adds error-level findings must.
Usage: run_workflow.py --cli STACKDRAFT_CLI --source SOURCE_DIR"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml


def run(args, cwd, env=None, check=True):
    r = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if check and r.returncode != 0:
        raise SystemExit(f"{args} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def make_repo(root, example):
    """main: the e-commerce example; HEAD (feature): one availability zone, as in the golden comment."""
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null",
               GIT_AUTHOR_NAME="CI", GIT_AUTHOR_EMAIL="ci@example.com",
               GIT_COMMITTER_NAME="CI", GIT_COMMITTER_EMAIL="ci@example.com")
    run(["git", "init", "-q", "-b", "main"], root, env)
    (root / "designs").mkdir()
    design = root / "designs" / "shop.stackdraft.yaml"
    shutil.copy(example, design)
    (root / "README.md").write_text("shop\n")
    run(["git", "add", "-A"], root, env)
    run(["git", "commit", "-q", "-m", "shop"], root, env)
    run(["git", "update-ref", "refs/remotes/origin/main", "HEAD"], root, env)
    run(["git", "checkout", "-q", "-b", "feature"], root, env)
    d = yaml.safe_load(design.read_text())
    d["zones"] = [z for z in d["zones"] if z["id"] != "us-east-1b"]
    for c in d["components"]:
        if c["id"] == "fulfilment":
            c["zone"] = "us-east-1a"
            c["position"] = [40, 120]
        if c["id"] == "orders":
            c["properties"]["replicas"] = 1
        if c["id"] == "shop-db":
            c["properties"]["multiAz"] = False
    design.write_text(yaml.safe_dump(d, sort_keys=False, allow_unicode=True))
    run(["git", "commit", "-q", "-am", "one availability zone is enough for now"], root, env)
    return env


def fake_tools(bin_dir, cli, log):
    bin_dir.mkdir()
    (bin_dir / "stackdraft-cli").symlink_to(cli)
    # gh: there is no earlier comment to edit, so --edit-last fails as on a first run.
    (bin_dir / "gh").write_text(f"""#!/bin/sh
printf '%s\\n' "gh $*" >> '{log}'
case "$*" in *--edit-last*) exit 1;; esac
while [ $# -gt 0 ]; do [ "$1" = --body-file ] && cat "$2" > '{log}.body'; shift; done
""")
    (bin_dir / "curl").write_text(f"""#!/bin/sh
printf '%s\\n' "curl $*" >> '{log}'
while [ $# -gt 0 ]; do case "$1" in --data) cat "${{2#@}}" > '{log}.body';; esac; shift; done
""")
    for tool in ("gh", "curl"):
        (bin_dir / tool).chmod(0o755)


def github(args, tmp):
    repo = tmp / "github"
    repo.mkdir()
    env = make_repo(repo, args.source / "resources/examples/e-commerce.stackdraft.yaml")
    log = tmp / "github.log"
    fake_tools(tmp / "github-bin", args.cli, log)
    runner_temp = tmp / "runner"
    runner_temp.mkdir()
    output = tmp / "github-output"
    output.write_text("")
    workflow = yaml.safe_load((args.source / "docs/ci/github-stackdraft-diff.yml").read_text())
    steps = {s.get("name"): s for s in workflow["jobs"]["diff"]["steps"]}
    contexts = {"${{ github.base_ref }}": "main", "${{ github.token }}": "fake-token",
                "${{ github.event.pull_request.number }}": "7"}
    outputs = {}
    for name in ("Diff the changed designs", "Post the comment", "Fail on new errors"):
        step = steps[name]
        if "if" in step:  # the only condition used: steps.diff.outputs.status != '0'
            assert step["if"] == "steps.diff.outputs.status != '0'", step["if"]
            if outputs.get("status") == "0":
                continue
        step_env = dict(env, PATH=f"{tmp / 'github-bin'}:{env['PATH']}", RUNNER_TEMP=str(runner_temp),
                        GITHUB_OUTPUT=str(output))
        for key, value in (step.get("env") or {}).items():
            for k, v in contexts.items():
                value = str(value).replace(k, v)
            step_env[key] = value
        script = tmp / "step.sh"
        script.write_text(step["run"])
        r = run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], repo, step_env, check=False)
        outputs.update(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
        if name == "Fail on new errors":
            assert r.returncode == 1, f"the job must fail on new errors: {r.stdout}{r.stderr}"
        else:
            assert r.returncode == 0, f"step {name!r} failed: {r.stdout}{r.stderr}"
    comment = (runner_temp / "comment.md").read_text()
    assert outputs.get("status") == "1", outputs
    calls = log.read_text().splitlines()
    assert calls == [f"gh pr comment 7 --edit-last --body-file {runner_temp}/comment.md",
                     f"gh pr comment 7 --body-file {runner_temp}/comment.md"], calls
    posted = Path(f"{log}.body").read_text()
    assert posted == comment
    check_comment(comment)
    print("GitHub Actions workflow: ok")


def gitlab(args, tmp):
    repo = tmp / "gitlab"
    repo.mkdir()
    env = make_repo(repo, args.source / "resources/examples/e-commerce.stackdraft.yaml")
    # The job fetches the target branch from origin: make the repository its own origin.
    run(["git", "remote", "add", "origin", str(repo)], repo, env)
    log = tmp / "gitlab.log"
    fake_tools(tmp / "gitlab-bin", args.cli, log)
    job = yaml.safe_load((args.source / "docs/ci/gitlab-stackdraft-diff.yml").read_text())["stackdraft-diff"]
    job_env = dict(env, PATH=f"{tmp / 'gitlab-bin'}:{env['PATH']}", CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main",
                   CI_API_V4_URL="https://gitlab.example.com/api/v4", CI_PROJECT_ID="42", CI_MERGE_REQUEST_IID="7",
                   STACKDRAFT_NOTE_TOKEN="fake-token")
    # GitLab runs the lines in one shell and stops at the first that fails.
    script = tmp / "job.sh"
    script.write_text("set -e\n" + "\n".join(job["script"]) + "\n")
    r = run(["sh", str(script)], repo, job_env, check=False)
    assert r.returncode != 0, "the job must fail on new errors"
    comment = (repo / "comment.md").read_text()
    calls = log.read_text().splitlines()
    assert len(calls) == 1 and "/projects/42/merge_requests/7/notes" in calls[0] and "PRIVATE-TOKEN: fake-token" in calls[0], calls
    assert json.loads(Path(f"{log}.body").read_text()) == {"body": comment}
    check_comment(comment)
    print("GitLab CI job: ok")


def check_comment(comment):
    assert comment.startswith("### Stackdraft: E-commerce shop\n"), comment[:200]
    for expected in ("`redundancy.single-replica/orders`", "`data.no-standby/shop-db`", "**removed** zone `us-east-1b`",
                     "<details><summary>"):
        assert expected in comment, f"{expected!r} not in the comment:\n{comment}"
    assert comment.count("\n") <= 64, comment.count("\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", type=Path, required=True)
    parser.add_argument("--source", type=Path, required=True)
    args = parser.parse_args()
    args.cli = args.cli.resolve()
    args.source = args.source.resolve()
    if not shutil.which("git"):
        print("git is needed")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        github(args, Path(tmp))
        gitlab(args, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())

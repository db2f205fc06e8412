"""What "publish" does for a site, as a list of steps decided before anything runs (issue 14):

- Hexo with a ``deploy:`` section: ``hexo clean``, ``hexo generate``, ``hexo deploy``;
- Hexo without one: commit the site's changes and push (a CI builds the site);
- Hugo: ``hugo`` (the build must succeed), then commit and push;
- Jekyll: commit and push (GitHub Pages or a CI builds it).

The commit takes the files changed *before* publishing (what the dry run lists), never build
output. A problem that makes the plan impossible (engine or deployer missing, no repository, no
remote) is reported before any step runs (decision 0111).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from postpad.core.engines.parts import PublishRules
from postpad.core.publish.engines import EngineMissingError, engine_command, has_node_package
from postpad.core.site.model import Site
from postpad.core.vcs import GitError, Repo, find_repo
from postpad.core.vcs.message import suggested_message
from postpad.core.vcs.ops import changed_paths, push_args


@dataclass(frozen=True)
class Step:
    """``kind``: "run" (``argv`` in ``cwd``), "commit" (``paths`` with ``message``), "push"."""

    kind: str
    cwd: Path
    argv: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    message: str = ""

    def describe(self) -> str:
        if self.kind == "run":
            return " ".join(
                Path(self.argv[0]).name if i == 0 else a for i, a in enumerate(self.argv)
            )
        if self.kind == "commit":
            return f"git commit {len(self.paths)} file(s): {self.message}"
        return " ".join(("git", *self.argv))


@dataclass(frozen=True)
class Problem:
    """Why the plan cannot run. ``code``: engine-missing, deployer-missing, not-a-repo,
    no-remote, git; ``detail``: the engine's install hint, the package, or git's text."""

    code: str
    detail: str = ""


@dataclass(frozen=True)
class PublishPlan:
    site: Site
    route: str  # "<engine>-deploy" (the engine's own deploy, "hexo-deploy") | "push"
    steps: tuple[Step, ...] = ()
    problems: tuple[Problem, ...] = ()
    repo: Repo | None = field(default=None, compare=False)

    @property
    def ready(self) -> bool:
        return not self.problems


def deploy_types(site: Site) -> list[str]:
    """The ``type`` of each entry of the config's ``deploy:`` (a mapping or a list of them)."""
    deploy = site.config.raw.get("deploy")
    entries = deploy if isinstance(deploy, list) else [deploy]
    return [str(e["type"]) for e in entries if isinstance(e, dict) and e.get("type")]


def plan_publish(site: Site) -> PublishPlan:
    """The steps that publish ``site`` here, or the problems that prevent it."""
    rules = site.engine_spec.publish
    if rules is not None and rules.deploy_verbs and deploy_types(site):
        return _deploy(site, rules)
    problems: list[Problem] = []
    steps: list[Step] = []
    if rules is None:
        problems.append(Problem("engine-missing", site.engine))
    elif rules.build_before_push:
        try:
            steps.append(Step("run", site.root, engine_command(site)()))
        except EngineMissingError as exc:
            problems.append(Problem("engine-missing", exc.hint))
    repo = find_repo(site.root)
    if repo is None:
        return PublishPlan(site, "push", (), (*problems, Problem("not-a-repo")))
    try:
        steps.extend(_commit_and_push(site, repo))
    except GitError as exc:
        problems.append(Problem(exc.kind if exc.kind == "no-remote" else "git", exc.output))
    return PublishPlan(site, "push", tuple(steps), tuple(problems), repo)


def _commit_and_push(site: Site, repo: Repo) -> list[Step]:
    args = push_args(repo)  # raises no-remote / detached before anything is planned
    steps: list[Step] = []
    changed = changed_paths(repo, site.root)
    if changed:
        message = suggested_message([repo.absolute(p) for p in changed]) or "publish"
        steps.append(Step("commit", repo.root, paths=tuple(changed), message=message))
    steps.append(Step("push", repo.root, argv=tuple(args)))
    return steps


def _deploy(site: Site, rules: PublishRules) -> PublishPlan:
    """The engine's own deploy (``hexo clean``, ``generate``, ``deploy`` with its deployers)."""
    route = f"{site.engine}-deploy"
    try:
        engine = engine_command(site)
    except EngineMissingError as exc:
        return PublishPlan(site, route, (), (Problem("engine-missing", exc.hint),))
    problems = tuple(
        Problem("deployer-missing", f"{rules.deployer_prefix}{kind}")
        for kind in deploy_types(site)
        if not has_node_package(site.root, f"{rules.deployer_prefix}{kind}")
    )
    steps = tuple(Step("run", site.root, engine(verb)) for verb in rules.deploy_verbs)
    return PublishPlan(site, route, steps, problems)

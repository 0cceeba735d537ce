"""`make generate`: regenerate every client and wire-model module from specs/*.yaml.

For each spec whose fingerprint (spec bytes + pipeline code + templates + generator versions)
changed, in one process:
  specs/<p>.yaml -> derive_spec (generator-facing copy)
    -> openapi-python-client -> generated/<p>_client/      (project + <p>_client package)
    -> datamodel-code-generator -> generated/giftkit_wire/<p>.py
then one ruff pass over everything written, a do-not-edit header on every file, and the manifest.
Output directories are replaced whole, so stale files never survive. `--check` regenerates into a
temporary directory and reports, per provider, where generated/ differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
TEMPLATES = ROOT / "overlays" / "templates"
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff")
PIPELINE_FILES = ("generate.py", "derive_spec.py", "speclib.py", "template_filters.py")
WIRE = "giftkit_wire"
MANIFEST = "manifest.json"
SPEC_SUFFIX = "_spec"
LINE_LENGTH = "120"
HEADER = "generated from specs/{name}.yaml by `make generate` — do not edit"
WIRE_HEADER = "generated from specs/*.yaml by `make generate` — do not edit"
COMMENT_STYLES = {".md": ("<!-- ", " -->")}
MAX_WORKERS = 2


def generator_versions() -> dict[str, str]:
    return {name: version(name) for name in GENERATORS}


def giftkit_version() -> str:
    """giftkit's version (pyproject.toml): every generated client gets it, so `make dist`
    builds one lock-stepped set of wheels."""
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def pipeline_digest() -> str:
    digest = hashlib.sha256()
    digest.update(f"giftkit=={giftkit_version()}\n".encode())
    for name, ver in sorted(generator_versions().items()):
        digest.update(f"{name}=={ver}\n".encode())
    for path in [SCRIPTS / f for f in PIPELINE_FILES] + sorted(TEMPLATES.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fingerprint(spec_path: Path, pipeline: str) -> str:
    return hashlib.sha256(pipeline.encode() + b"\0" + spec_path.read_bytes()).hexdigest()


def discover(specs_dir: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted(specs_dir.glob("*.yaml")) if not p.name.startswith(".")}


def with_header(path: Path, header: str) -> None:
    opener, closer = COMMENT_STYLES.get(path.suffix, ("# ", ""))
    line = f"{opener}{header}{closer}\n"
    text = path.read_text(encoding="utf-8")
    if not text.startswith(line):
        path.write_text(line + text, encoding="utf-8")


class GenerationFailed(Exception):
    pass


def _opc_project(name: str, derived: dict, out: Path):  # type: ignore[no-untyped-def]
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile(
            project_name_override=f"giftkit-{name.replace('_', '-')}-client",
            package_name_override=f"{name}_client",
            package_version_override=giftkit_version(),
            post_hooks=[],  # one ruff pass for all specs at the end
            literal_enums=False,
        ),
        meta_type=MetaType.UV,
        document_source=Path(f"{name}.yaml"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=out,
    )
    data = GeneratorData.from_dict(derived, config=config)
    if not isinstance(data, GeneratorData):
        raise GenerationFailed(
            f"{name}: openapi-python-client could not read the spec: {data.header} {data.detail or ''}"
        )
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    # what overlays/templates/README.md.jinja reads besides the generator's own data
    project.env.globals.update(giftkit_spec=derived, giftkit_provider=name)
    sys.path.insert(0, str(SCRIPTS))
    from template_filters import filters

    project.env.filters.update(filters(project.openapi.models, derived))
    return project


def generate_one(name: str, spec_path: Path, work: Path) -> tuple[Path, Path]:
    """Write the client project and the wire module for one spec under `work`."""
    import contextlib
    import io

    from datamodel_code_generator import DataModelType, Formatter, InputFileType, PythonVersion
    from datamodel_code_generator import generate as dmcg_generate

    sys.path.insert(0, str(SCRIPTS))
    from derive_spec import derive
    from speclib import load_yaml

    spec = load_yaml(spec_path.read_text(encoding="utf-8"))
    derived = derive(spec)
    client_dir = work / f"{name}_client"
    with contextlib.redirect_stdout(io.StringIO()):
        project = _opc_project(name, derived, client_dir)
        problems = project.build()
    if problems:
        lines = [f"{p.level.value}: {p.header or ''} {p.detail or ''}".strip() for p in problems]
        raise GenerationFailed(f"{name}: openapi-python-client reported:\n  " + "\n  ".join(lines))
    (client_dir / ".gitignore").unlink(missing_ok=True)
    package_dir = client_dir / f"{name}_client"
    (package_dir / "py.typed").write_text("", encoding="utf-8")

    wire_path = work / WIRE / f"{name}.py"
    wire_path.parent.mkdir(parents=True, exist_ok=True)
    import warnings

    # pydantic cannot hold a pattern on a `date`; giftkit validates requests against the spec itself
    warnings.filterwarnings("ignore", message="Pydantic does not take pattern on date")
    dmcg_generate(
        json.dumps(derived),
        input_file_type=InputFileType.OpenAPI,
        output=wire_path,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        field_constraints=True,
        disable_timestamp=True,
        use_annotated=True,
        use_standard_collections=True,
        use_union_operator=True,
        set_default_enum_member=True,
        formatters=[Formatter.BUILTIN],
        custom_file_header=f"# {HEADER.format(name=name)}",
    )
    # the hand-written spec itself (not the derived copy): the overlay's source of operations,
    # servers, security and the exact rules it validates against
    spec_module = work / WIRE / f"{name}{SPEC_SUFFIX}.py"
    # one string literal per line of indented JSON: a spec change is a readable diff
    lines = json.dumps(spec, ensure_ascii=False, indent=1).splitlines(keepends=True)
    literal = "\n".join(f"    {line!r}" for line in lines)
    spec_module.write_text(
        f'"""The hand-written specs/{name}.yaml as data."""\n\n'
        "import json\nfrom typing import Any\n\n"
        f"SPEC: dict[str, Any] = json.loads(\n{literal}\n)\n",
        encoding="utf-8",
    )
    with_header(spec_module, HEADER.format(name=name))
    return client_dir, wire_path


def _generate_one_safely(name: str, spec_path: Path, work: Path) -> tuple[Path, Path] | str:
    try:
        return generate_one(name, spec_path, work)
    except GenerationFailed as exc:
        return str(exc)


def ruff_pass(paths: list[Path]) -> None:
    if not paths:
        return
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    common = ["--isolated", "--line-length", LINE_LENGTH, "--target-version", "py311"]
    targets = [str(p) for p in paths]
    check = subprocess.run(
        [ruff, "check", *common, "--select", "F,I,UP", "--fix", "--quiet", *targets],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        raise GenerationFailed("ruff check on generated code:\n" + check.stdout + check.stderr)
    subprocess.run([ruff, "format", *common, "--quiet", *targets], check=True)


def write_wire_package(out: Path, names: list[str]) -> None:
    wire = out / WIRE
    wire.mkdir(parents=True, exist_ok=True)
    init = f'# {WIRE_HEADER}\n"""Pydantic v2 models of every spec, one module per provider: {", ".join(names)}."""\n'
    (wire / "__init__.py").write_text(init, encoding="utf-8")
    (wire / "py.typed").write_text(f"# {WIRE_HEADER}\n", encoding="utf-8")
    for module in wire.glob("*.py"):
        if module.stem != "__init__" and module.stem.removesuffix(SPEC_SUFFIX) not in names:
            module.unlink()


def generate(specs_dir: Path, out: Path, *, force: bool = False, quiet: bool = False) -> list[str]:
    """Bring `out` up to date with `specs_dir`; return the names regenerated."""
    specs = discover(specs_dir)
    pipeline = pipeline_digest()
    manifest_path = out / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"specs": {}}
    previous = manifest.get("specs", {})
    prints = (lambda *a: None) if quiet else print

    stale = [
        name
        for name, path in specs.items()
        if force
        or previous.get(name, {}).get("fingerprint") != fingerprint(path, pipeline)
        or not (out / f"{name}_client").is_dir()
        or not (out / WIRE / f"{name}.py").is_file()
    ]
    removed = sorted(set(previous) - set(specs)) + sorted(
        p.name[: -len("_client")]
        for p in out.glob("*_client")
        if p.name[: -len("_client")] not in specs
    )
    if not stale and not removed:
        prints(f"generate: {len(specs)} specs up to date")
        return []

    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory(prefix="giftkit-gen-") as tmp:
        work = Path(tmp)
        written: dict[str, tuple[Path, Path]] = {}
        workers = min(len(stale), os.cpu_count() or 1, MAX_WORKERS)
        if workers > 1:  # one worker per core; each imports the generators once
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                futures = {
                    name: pool.submit(_generate_one_safely, name, specs[name], work)
                    for name in stale
                }
                for name, future in futures.items():
                    result = future.result()
                    if isinstance(result, str):
                        failures.append(result)
                    else:
                        written[name] = result
        else:
            for name in stale:
                result = _generate_one_safely(name, specs[name], work)
                if isinstance(result, str):
                    failures.append(result)
                else:
                    written[name] = result
        if failures:
            raise GenerationFailed("\n".join(failures))
        ruff_pass([p for pair in written.values() for p in pair])
        for name, (client_dir, wire_path) in written.items():
            for path in sorted(client_dir.rglob("*")):
                if path.is_file():
                    with_header(path, HEADER.format(name=name))
            target = out / f"{name}_client"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(client_dir, target)
            (out / WIRE).mkdir(exist_ok=True)
            shutil.copyfile(wire_path, out / WIRE / wire_path.name)
            spec_module = wire_path.with_name(f"{name}{SPEC_SUFFIX}.py")
            shutil.copyfile(spec_module, out / WIRE / spec_module.name)
    for name in removed:
        shutil.rmtree(out / f"{name}_client", ignore_errors=True)
    write_wire_package(out, list(specs))

    sys.path.insert(0, str(SCRIPTS))
    from speclib import load_yaml

    manifest = {
        "generators": generator_versions(),
        "specs": {
            name: {
                "fingerprint": fingerprint(path, pipeline),
                "version": str(load_yaml(path.read_text(encoding="utf-8"))["info"]["version"]),
            }
            for name, path in specs.items()
        },
    }
    manifest_path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    prints(
        f"generate: regenerated {', '.join(stale) or 'nothing'}"
        + (f"; removed {', '.join(removed)}" if removed else "")
        + f" in {time.perf_counter() - started:.2f}s"
    )
    return stale


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that are missing, extra or different between two trees."""

    def files(root: Path) -> dict[str, Path]:
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    exp, act = files(expected), files(actual)
    problems = [f"missing  {k}" for k in sorted(exp.keys() - act.keys())]
    problems += [f"extra    {k}" for k in sorted(act.keys() - exp.keys())]
    problems += [
        f"differs  {k}"
        for k in sorted(exp.keys() & act.keys())
        if exp[k].read_bytes() != act[k].read_bytes()
    ]
    return problems


def _manifest_drift(expected: Path, actual: Path) -> list[tuple[str, str]]:
    """Manifest differences, attributed to the provider whose entry differs."""

    def read(path: Path) -> dict:  # type: ignore[type-arg]
        try:
            return json.loads(path.read_text()) if path.exists() else {}
        except json.JSONDecodeError:
            return {}

    exp, act = read(expected), read(actual)
    drift = (
        [("", f"differs  {MANIFEST} (generators)")]
        if exp.get("generators") != act.get("generators")
        else []
    )
    for name in sorted(set(exp.get("specs", {})) | set(act.get("specs", {}))):
        if exp.get("specs", {}).get(name) != act.get("specs", {}).get(name):
            drift.append((name, f"differs  {MANIFEST} (entry {name})"))
    return drift


def check(specs_dir: Path, out: Path) -> int:
    """Exit status 1 with a per-provider summary when `out` is not what the specs produce."""
    specs = discover(specs_dir)
    with tempfile.TemporaryDirectory(prefix="giftkit-check-") as tmp:
        fresh = Path(tmp)
        generate(specs_dir, fresh, force=True, quiet=True)
        problems = diff_trees(fresh, out)
        manifest_drift = _manifest_drift(fresh / MANIFEST, out / MANIFEST)
    by_provider: dict[str, list[str]] = {name: [] for name in specs}
    other: list[str] = []
    for owner, line in manifest_drift:
        by_provider.get(owner, other).append(line)
    for line in problems:
        if line.endswith(f" {MANIFEST}"):
            continue  # attributed entry by entry above
        rel = line.split(maxsplit=1)[1]
        top = rel.split("/", 1)[0]
        owner = (
            top.removesuffix("_client")
            if top.endswith("_client")
            else (Path(rel).stem.removesuffix(SPEC_SUFFIX) if top == WIRE else "")
        )
        by_provider.get(owner, other).append(line)
    width = max([len(n) for n in specs] + [8])
    print(f"{'provider':<{width}}  generated/ drift")
    for name in specs:
        status = "ok" if not by_provider[name] else f"{len(by_provider[name])} file(s) differ"
        print(f"{name:<{width}}  {status}")
        for line in by_provider[name][:20]:
            print(f"{'':<{width}}    {line}")
    if other:
        print(f"{'(other)':<{width}}  {len(other)} file(s) differ")
        for line in other[:20]:
            print(f"{'':<{width}}    {line}")
    drifted = [n for n in specs if by_provider[n]] + (["(other)"] if other else [])
    if drifted:
        print(f"\ngenerated/ differs for: {', '.join(drifted)}")
        print(_fix_hint(drifted, {owner or "(other)" for owner, _ in manifest_drift}))
        return 1
    return 0


def _fix_hint(drifted: list[str], changed_inputs: set[str]) -> str:
    """The command that fixes the drift: `make generate` redoes specs whose inputs changed; a
    hand edit in generated/ leaves the fingerprints alone, so only a forced run undoes it."""
    edited = [n for n in drifted if n not in changed_inputs]
    if edited:
        return (
            f"generated/ was edited by hand for: {', '.join(edited)} (`make generate` keeps it: "
            "the specs did not change) — run `make regenerate` and commit the result."
        )
    return "the specs changed since generated/ was written — run `make generate` and commit the result."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--force", action="store_true", help="regenerate every spec")
    parser.add_argument(
        "--check", action="store_true", help="fail if --out differs from what the specs produce"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    try:
        if args.check:
            return check(args.specs, args.out)
        generate(args.specs, args.out, force=args.force)
    except GenerationFailed as exc:
        print(f"generate: FAILED\n{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

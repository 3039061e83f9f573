"""A static sweep for the NFC boundary (reliability §9): every service or import
function that takes text and writes it to the database must pass it through
domain.text.clean / clean_line / clean_optional (or nfc), directly or through
any function that does.

Rules, applied to public functions and public methods of public classes:

* text parameters: annotated with ``str`` anywhere in the annotation, a
  ``**kwargs`` catch-all, or a dataclass (by annotation name, resolved in the
  module) that has ``str`` fields;
* writes: constructs a model class from persistence.models, calls
  ``add``/``add_all``/``merge``/``bulk_*`` or SQL ``insert``/``update``,
  assigns to an attribute or calls ``setattr`` - in its own body or in a
  private function of the same module that it calls;
* cleans: calls, directly or through any chain of functions of the package
  (matched by name across modules, so ``data.cleaned()`` counts when some
  ``cleaned`` method cleans), one of the boundary functions;
* imports modules: a public function that reads outside text (``iter_rows``,
  ``load_workbook``, ``json.loads`` ...) must clean too.

A function may be exempted with a module-level ``NFC_EXEMPT = {"name": "reason"}``
(``"Class.method"`` for methods); reasons must not be empty.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
from dataclasses import dataclass
from pathlib import Path

BOUNDARY = {"clean", "clean_line", "clean_optional", "nfc"}
WRITE_CALL_ATTRS = {"add", "add_all", "merge", "bulk_save_objects", "bulk_insert_mappings", "bulk_update_mappings"}
SQL_WRITES = {"insert", "update"}
READS_OUTSIDE_TEXT = {
    "iter_rows",
    "load_workbook",
    "loads",
    "load",
    "read_sheet_rows",
    "read_package",
    "read_package_contents",
    "read_text",
    "reader",
    "DictReader",
}
MODELS_MODULE = "vnhr_desktop.persistence.models"


@dataclass(frozen=True)
class Violation:
    module: str
    function: str
    reason: str

    def __str__(self) -> str:
        return f"{self.module}.{self.function}: {self.reason}"


def _called_names(node: ast.AST) -> set[str]:
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            if isinstance(sub.func, ast.Name):
                names.add(sub.func.id)
            elif isinstance(sub.func, ast.Attribute):
                names.add(sub.func.attr)
    return names


def _functions(tree: ast.Module):
    """(qualified name, node, is_public) for module functions and class methods."""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node, not node.name.startswith("_")
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    public = not node.name.startswith("_") and not item.name.startswith("_")
                    yield f"{node.name}.{item.name}", item, public


def cleaning_names(sources: dict[str, str]) -> set[str]:
    """Names of all functions (in the given module sources) that reach a
    boundary function, by fixed point over the call graph matched by name."""
    calls: dict[str, set[str]] = {}
    for source in sources.values():
        for qual, node, _public in _functions(ast.parse(source)):
            calls.setdefault(qual.rsplit(".", 1)[-1], set()).update(_called_names(node))
    cleaning = set(BOUNDARY)
    changed = True
    while changed:
        changed = False
        for name, called in calls.items():
            if name not in cleaning and called & cleaning:
                cleaning.add(name)
                changed = True
    return cleaning


def _model_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to model classes, and aliases of the models module."""
    classes, modules = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == MODELS_MODULE:
            classes.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "vnhr_desktop.persistence":
            modules.update(a.asname or a.name for a in node.names if a.name == "models")
        elif isinstance(node, ast.Import):
            modules.update(a.asname or a.name for a in node.names if a.name == MODELS_MODULE)
    return classes, modules


def _writes(node: ast.AST, classes: set[str], modules: set[str]) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            if isinstance(func, ast.Name) and (func.id in classes or func.id in SQL_WRITES or func.id == "setattr"):
                return True
            if isinstance(func, ast.Attribute):
                if func.attr in WRITE_CALL_ATTRS:
                    return True
                if isinstance(func.value, ast.Name) and func.value.id in modules:
                    return True
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
            if any(isinstance(t, ast.Attribute) for t in targets):
                return True
    return False


def _is_text_dataclass(annotation: ast.AST, module_globals: dict) -> bool:
    name = annotation.id if isinstance(annotation, ast.Name) else getattr(annotation, "attr", None)
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        name = annotation.value
    cls = module_globals.get(name) if name else None
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        return False
    return any("str" in str(f.type) for f in dataclasses.fields(cls))


def _text_params(node: ast.FunctionDef, module_globals: dict) -> list[str]:
    found = []
    args = node.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg in ("self", "cls") or arg.annotation is None:
            continue
        ann = arg.annotation
        mentions_str = any(isinstance(n, ast.Name) and n.id == "str" for n in ast.walk(ann))
        if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
            mentions_str = "str" in ann.value.replace("|", " ").split()
        if mentions_str or _is_text_dataclass(ann, module_globals):
            found.append(arg.arg)
    if args.kwarg is not None:
        found.append("**" + args.kwarg.arg)
    return found


def _reach(node: ast.AST, local: dict[str, ast.AST], seen: set[str] | None = None) -> list[ast.AST]:
    """The function and the private functions of the same module it calls, transitively."""
    seen = seen if seen is not None else set()
    bodies = [node]
    for name in _called_names(node):
        if name.startswith("_") and name in local and name not in seen:
            seen.add(name)
            bodies.extend(_reach(local[name], local, seen))
    return bodies


def module_exemptions(tree: ast.Module) -> dict[str, str]:
    """The literal ``NFC_EXEMPT = {...}`` of a module, if any."""
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id == "NFC_EXEMPT" for t in targets) and node.value is not None:
            return dict(ast.literal_eval(node.value))
    return {}


def sweep_source(
    module: str,
    source: str,
    cleaning: set[str],
    module_globals: dict | None = None,
    is_import_module: bool = False,
    extra_exempt: dict[str, str] | None = None,
) -> list[Violation]:
    module_globals = module_globals or {}
    tree = ast.parse(source)
    exempt = {**module_exemptions(tree), **(extra_exempt or {})}
    violations = [
        Violation(module, name, "NFC_EXEMPT entry without a reason")
        for name, reason in exempt.items()
        if not str(reason).strip()
    ]
    classes, modules = _model_names(tree)
    local = {qual.rsplit(".", 1)[-1]: node for qual, node, _p in _functions(tree)}
    for qual, node, public in _functions(tree):
        if not public or qual in exempt:
            continue
        bodies = _reach(node, local)
        cleans = any(_called_names(b) & cleaning for b in bodies)
        if cleans:
            continue
        params = _text_params(node, module_globals)
        if params and any(_writes(b, classes, modules) for b in bodies):
            violations.append(Violation(module, qual, f"writes text parameters {params} without clean()"))
        elif is_import_module and any(_called_names(b) & READS_OUTSIDE_TEXT for b in bodies):
            violations.append(Violation(module, qual, "reads outside text without clean()"))
    return violations


LAYERS = ("domain", "persistence", "services", "imports", "exports")


def package_sources(package_root: Path) -> dict[str, str]:
    """Source of every module of the layers that services and imports may call
    (not the GUI, the command line or migrations)."""
    sources = {}
    for path in sorted(package_root.rglob("*.py")):
        rel = path.relative_to(package_root.parent).with_suffix("")
        if len(rel.parts) < 3 or rel.parts[1] not in LAYERS or "migrations" in rel.parts:
            continue
        sources[".".join(rel.parts)] = path.read_text(encoding="utf-8")
    return sources


def sweep_package(package_root: Path, exempt_elsewhere: dict[str, str] | None = None) -> list[Violation]:
    """``exempt_elsewhere`` maps "module.function" to a reason, for modules whose
    own NFC_EXEMPT cannot be edited at the moment."""
    exempt_elsewhere = exempt_elsewhere or {}
    sources = package_sources(package_root)
    cleaning = cleaning_names(sources)
    violations = []
    for module, source in sources.items():
        parts = module.split(".")
        if len(parts) != 3 or parts[1] not in ("services", "imports") or parts[2] == "__init__":
            continue
        module_globals = vars(importlib.import_module(module))
        extra = {k[len(module) + 1 :]: v for k, v in exempt_elsewhere.items() if k.startswith(module + ".")}
        violations += sweep_source(
            module, source, cleaning, module_globals, is_import_module=parts[1] == "imports", extra_exempt=extra
        )
    return violations

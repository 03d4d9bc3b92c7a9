"""The layout's rules, read from the code: which app may import which, and where relations point.

Dependency direction: cndh <- partners <- treaties <- reports <- news <- newsletter.
An app imports only from itself and the apps to its left; the root URLconf
(cndh/urls.py) is the one module that names them all. Application code never
imports from tests.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
#: Each app's package, in dependency order.
LAYERS = ["cndh", "partners", "partners.treaties", "reports", "news", "news.newsletter"]
LABELS = ["cndh", "partners", "treaties", "reports", "news", "newsletter"]
#: The root URLconf puts the apps together, so it may import any of them.
EXEMPT = {"cndh.urls"}


def layer_of(module: str) -> int | None:
    """The index in LAYERS of the innermost app package that contains ``module``."""
    best = None
    for index, package in enumerate(LAYERS):
        if module == package or module.startswith(package + "."):
            if best is None or len(package) > len(LAYERS[best]):
                best = index
    return best


def application_modules():
    for package in ("cndh", "partners", "reports", "news"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            yield module, path


def imported_modules(path: Path) -> set[str]:
    """Every module an ``import`` or ``from ... import`` names, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_rules_see_every_app():
    assert {m for m, _path in application_modules()} >= {f"{p}.models" for p in LAYERS if p != "cndh"} | {"cndh.models"}
    assert [apps.get_containing_app_config(f"{p}.models").label for p in LAYERS] == LABELS


@pytest.mark.parametrize(("module", "path"), list(application_modules()), ids=lambda v: str(v))
def test_an_app_imports_only_from_the_apps_below_it(module, path):
    if module in EXEMPT:
        return
    own = layer_of(module)
    upward = sorted(name for name in imported_modules(path) if (layer := layer_of(name)) is not None and layer > own)
    assert upward == [], f"{module} ({LABELS[own]}) imports from an app above it: {upward}"
    assert not any(name == "tests" or name.startswith("tests.") for name in imported_modules(path))


def test_relations_point_down_the_layers_too():
    """A foreign key given as a string ("treaties.ReportingCycle") is a dependency all the same."""
    wrong = []
    for model in apps.get_models():
        if model._meta.app_label not in LABELS:
            continue
        own = LABELS.index(model._meta.app_label)
        for field in model._meta.get_fields():
            if field.is_relation and not field.auto_created and field.related_model is not None:
                target = field.related_model._meta.app_label
                if target in LABELS and LABELS.index(target) > own:
                    wrong.append(f"{model._meta.label}.{field.name} -> {field.related_model._meta.label}")
    assert wrong == []


def test_the_checker_catches_an_upward_import(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text("def f():\n    from reports.models import Chapter\n")
    upward = sorted(
        n for n in imported_modules(module) if layer_of(n) is not None and layer_of(n) > layer_of("partners")
    )
    assert upward == ["reports.models", "reports.models.Chapter"]
    assert layer_of("news.newsletter.services.delivery") == LAYERS.index("news.newsletter")

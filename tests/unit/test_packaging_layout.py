import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "vnhr_desktop").rglob("__init__.py")}
    assert found - listed == set()


def test_top_level_layout():
    allowed = {
        "pyproject.toml",
        "vnhr_desktop",
        "resources",
        "translations",
        "tests",
        "packaging",
        "README.md",
        ".ci",
        ".git",
        ".gitignore",
        ".github",
        ".venv",
        "build",
        "dist",
        ".pytest_cache",
        "wheelhouse",
        "docs",
        ".ruff_cache",
        ".mypy_cache",
        ".pre-commit-config.yaml",
    }
    present = {p.name for p in ROOT.iterdir() if not p.name.endswith(".egg-info")}
    assert present - allowed == set()
    for required in ("pyproject.toml", "vnhr_desktop", "resources", "translations", "tests", "packaging", "README.md"):
        assert (ROOT / required).exists(), required


def test_resources_and_translations_are_found():
    from vnhr_desktop.paths import font_dir, translations_dir

    assert (font_dir() / "LiberationSerif-Regular.ttf").exists()
    assert list(translations_dir().glob("*_vi.qm"))

"""Fixtures of the export tests: the sample plan built once and read back once."""

from __future__ import annotations

import io

import pytest
from export_samples import build_sample_plan


@pytest.fixture(scope="session")
def plan_pdf() -> bytes:
    return build_sample_plan()


@pytest.fixture(scope="session")
def plan_pages(plan_pdf):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(plan_pdf)) as pdf:
        pages = []
        for page in pdf.pages:
            pages.append(
                {
                    "width": page.width,
                    "height": page.height,
                    "chars": page.chars,
                    "lines": page.lines,
                    "text": page.extract_text() or "",
                    "words": page.extract_words(extra_attrs=["fontname", "size"]),
                }
            )
        return pages

"""Sub-items of a plan's sections: seed 004's sections entered as an officer
types them (numbered paragraphs, "-" bullets, lettered points) and printed
with the NĐ30 body indent; points are lettered in the Vietnamese order."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber

from tests.persistence.test_plan_services import D, draft, new_issuer
from vnhr_desktop.domain.plan_sections import next_point_line, section_lines
from vnhr_desktop.services import plans

SEED = next((Path(__file__).parents[2] / "tests" / "plan_import" / "seeds").glob("004_*.txt"))
MM = 72 / 25.4
BODY_LEFT = 30 * MM
INDENT = 10 * MM


def seed_sections() -> dict[str, tuple[str, ...]]:
    """Sections I-III of seed 004 as the editor keeps them: one text per
    numbered paragraph, its "-" lines under it."""
    text = SEED.read_text(encoding="utf-8").replace("*", "")
    names = {"I": "purpose", "II": "content", "III": "organisation"}
    out: dict[str, list[str]] = {v: [] for v in names.values()}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        heading = re.match(r"^(I|II|III)\. [A-ZĐ]", line)
        if heading:
            current = names[heading.group(1)]
            continue
        if line.startswith("Nơi nhận"):
            break
        if current is None or not line:
            continue
        numbered = re.match(r"^\d+\.\s+(.*)", line)
        if numbered:
            out[current].append(numbered.group(1))
        elif line.startswith("-") and out[current]:
            out[current][-1] += "\n" + line
        elif out[current] and current != "organisation":
            out[current][-1] += " " + line  # a line the page broke
    return {k: tuple(v) for k, v in out.items()}


def test_lines_are_told_apart_and_points_lettered_in_vietnamese_order():
    lines = section_lines("Nội dung:\na) một\nb) hai\n- gạch\nc) ba\nd) bốn\ne) năm\nGhi chú")
    assert [(line.kind, line.number) for line in lines] == [
        ("item", 0),
        ("point", 1),
        ("point", 2),
        ("bullet", 0),
        ("point", 3),
        ("point", 4),
        ("point", 5),
        ("text", 0),
    ]
    assert next_point_line("Nội dung:\na) một\nb) hai\nc) ba\nd) bốn") == "đ) "
    assert next_point_line("Nội dung:") == "a) "


def test_seed_004_sections_print_with_their_bullets_and_points(db):
    from vnhr_desktop.services.document_export import render_document

    sections = seed_sections()
    assert len(sections["purpose"]) == 3 and len(sections["content"]) == 6
    assert sections["content"][4].count("\n-") == 8
    content = list(sections["content"])
    content[5] += "\na) Băng rôn, áp phích;\nb) Tờ rơi;\nc) Tin, bài;\nd) Tuyên truyền miệng;\ne) Mạng xã hội."
    with db.session() as s:
        plan_id, _ = plans.save_plan(
            s,
            draft(new_issuer(s), purpose=sections["purpose"], content=tuple(content), organisation=(), targets=()),
            today=D(2024, 11, 1),
        )
    with db.Session() as s:
        assert plans.get_plan(s, plan_id).content[4] == content[4]
        pdf = render_document(s, "plan", plan_id, ".pdf")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = [line for page in doc.pages for line in page.extract_text_lines()]
    starts = {line["text"]: line["x0"] for line in lines}
    bullets = [line for line in lines if line["text"].startswith("- “")]
    assert len(bullets) == 8
    assert bullets[0]["text"].startswith("- “Bảo đảm quyền con người cho tất cả mọi người”;")
    assert bullets[-1]["text"].startswith("- “Việt Nam tích cực hoàn thiện hệ thống pháp luật")
    for line in bullets:
        assert abs(line["x0"] - (BODY_LEFT + INDENT)) < 1.5  # NĐ30: first-line indent 1 cm
    item5 = next(text for text in starts if text.startswith("5. Lựa chọn và tổ chức treo băng rôn"))
    assert abs(starts[item5] - (BODY_LEFT + INDENT)) < 1.5
    texts = [line["text"] for line in lines]
    assert texts.index(item5) < texts.index(bullets[0]["text"])
    points = [t for t in texts if re.match(r"^[a-zđ]\) ", t)]
    assert points == [
        "a) Băng rôn, áp phích;",
        "b) Tờ rơi;",
        "c) Tin, bài;",
        "d) Tuyên truyền miệng;",
        "đ) Mạng xã hội.",
    ]
    for text in points:
        assert abs(starts[text] - (BODY_LEFT + INDENT)) < 1.5

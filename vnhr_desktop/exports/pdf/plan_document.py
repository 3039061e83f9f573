"""The printed Kế hoạch (NĐ30 layout, reference/document-format.md) on the shared
document builder: header block, KẾ HOẠCH and the trích yếu, the "Thực hiện ..."
opening, sections I-III with numbered items, the targets, the tasks by lead
agency, the report deadline, Nơi nhận and the signature; the slogans, when the
plan has any, in an appendix.

    plan_pdf(plan_print(session, plan_id)) -> bytes   # services.plan_print
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from vnhr_desktop.domain.dates import date_words, fmt_date
from vnhr_desktop.domain.plan_data import SECTION_TITLES, PlanDetail, TaskItem, default_opening
from vnhr_desktop.domain.plan_sections import section_lines
from vnhr_desktop.domain.printouts.plan import PlanPrint
from vnhr_desktop.domain.target_units import value_with_unit
from vnhr_desktop.exports.pdf.document import NDDocument
from vnhr_desktop.exports.pdf.labels import attachment_note
from vnhr_desktop.exports.pdf.model import AppendixInfo, Column, HeaderInfo, Signature
from vnhr_desktop.exports.pdf.styles import paragraph_styles

NO_LEAD = "Các cơ quan, đơn vị, địa phương"
QUOTES = ' “”"'


@dataclass
class _Entry:
    """One body paragraph waiting to be laid out (so the last one can end in "./.")."""

    kind: str  # "item", "lead" (an item that introduces points), "point", "bullet", "text"
    label: int | None
    text: str


def target_sentence(description: str, value: float, unit: str) -> str:
    """ "Cán bộ ... được tập huấn: đạt 100 %"; "Treo băng rôn: đạt 120 băng rôn".
    ``unit`` is a shown unit (domain.target_units)."""
    return f"{description.rstrip(' .;:')}: đạt {value_with_unit(value, unit)}"


def _task_tail(task: TaskItem) -> str:
    parts = []
    if task.cooperators:
        parts.append(f"Cơ quan phối hợp: {', '.join(task.cooperators)}")
    if task.due_date:
        parts.append(f"Thời hạn: {date_words(task.due_date)}")
    return "".join(f" {p}." for p in parts)


def tasks_by_agency(plan: PlanDetail) -> list[tuple[str, list[TaskItem]]]:
    """Tasks grouped by lead agency in the order the agencies first appear."""
    groups: dict[str, list[TaskItem]] = {}
    for task in plan.tasks:
        groups.setdefault(task.lead_agency or NO_LEAD, []).append(task)
    return list(groups.items())


def report_sentence(plan: PlanDetail, issuer: str) -> str:
    """Who reports to whom by when, from the two deadline fields:
    "Các cơ quan, đơn vị báo cáo kết quả thực hiện về <us> chậm nhất đến <day>
    để tổng hợp, báo cáo <above> chậm nhất đến <day>." ("" when neither is set)."""
    upward = ""
    if plan.report_to:
        upward = f"báo cáo {plan.report_to}"
        if plan.report_deadline and plan.report_deadline != plan.agencies_report_by:
            upward += f" chậm nhất đến {date_words(plan.report_deadline)}"
    if plan.agencies_report_by:
        to = plan.agencies_report_to or issuer
        text = (
            f"Các cơ quan, đơn vị báo cáo kết quả thực hiện về {to} chậm nhất đến {date_words(plan.agencies_report_by)}"
        )
        return text + (f" để tổng hợp, {upward}." if upward else ".")
    if plan.report_to and plan.report_deadline and issuer:
        return f"{issuer} tổng hợp, {upward.replace('báo cáo ', 'báo cáo kết quả thực hiện về ', 1)}."
    return ""


def _sentence(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", ":", ";", "!", "?", "./.")) else text + "."


class PlanBody:
    """Collects the numbered body of a plan, then writes it into a document."""

    def __init__(self, data: PlanPrint):
        self.data = data
        self.plan = data.plan
        self.entries: list[_Entry | tuple[str, str]] = []

    def _numbered(self, texts: Iterable[str], start: int = 1) -> int:
        """Numbered items with their points a), b) ..., "-" bullets and
        paragraphs, each in the body style of NĐ30 (first-line indent)."""
        number = start
        for text in texts:
            first, *rest = section_lines(text)
            self.entries.append(_Entry("lead" if rest else "item", number, first.text))
            for line in rest:
                self.entries.append(_Entry(line.kind, line.number or None, line.text))
            number += 1
        return number

    def _targets(self, number: int) -> int:
        if not self.plan.targets:
            return number
        self.entries.append(_Entry("lead", number, "Chỉ tiêu cụ thể:"))
        last = len(self.plan.targets) - 1
        for i, t in enumerate(self.plan.targets, start=1):
            end = "." if i - 1 == last else ";"
            self.entries.append(_Entry("point", i, target_sentence(t.description, t.target_value, t.shown_unit) + end))
        return number + 1

    def _tasks(self, number: int) -> int:
        for agency, tasks in tasks_by_agency(self.plan):
            if len(tasks) == 1:
                task = tasks[0]
                self.entries.append(_Entry("item", number, f"{agency}: {_sentence(task.content)}{_task_tail(task)}"))
            else:
                self.entries.append(_Entry("lead", number, f"{agency}:"))
                for i, task in enumerate(tasks, start=1):
                    self.entries.append(_Entry("point", i, f"{_sentence(task.content)}{_task_tail(task)}"))
            number += 1
        return number

    def _report_deadline(self, number: int) -> int:
        sentence = report_sentence(self.plan, self.data.issuer_display)
        if not sentence:
            return number
        written = " ".join(list(self.plan.organisation) + [self.plan.closing])
        first = self.plan.agencies_report_by or self.plan.report_deadline
        assert first is not None  # report_sentence gives "" when neither deadline is set
        if date_words(first) in written or fmt_date(first) in written:
            return number
        self.entries.append(_Entry("item", number, sentence))
        return number + 1

    def collect(self) -> None:
        plan = self.plan
        self.entries.append(_Entry("text", None, plan.opening or default_opening(plan)))
        self.entries.append(("heading", SECTION_TITLES["purpose"]))
        self._targets(self._numbered(plan.purpose))
        self.entries.append(("heading", SECTION_TITLES["content"]))
        self._numbered(plan.content)
        self.entries.append(("heading", SECTION_TITLES["organisation"]))
        number = self._numbered(plan.organisation)
        number = self._tasks(number)
        self._report_deadline(number)
        if plan.closing:
            self.entries.extend(_Entry("text", None, line) for line in plan.closing.split("\n") if line.strip())
        for entry in reversed(self.entries):
            if isinstance(entry, _Entry):
                entry.text = entry.text.rstrip().rstrip(".;,:") + "./."
                break

    def write(self, doc: NDDocument) -> None:
        headings = 0
        for entry in self.entries:
            if isinstance(entry, tuple):
                headings += 1
                doc.heading(entry[1], headings)
            elif entry.kind == "item":
                assert entry.label is not None  # items and points are numbered
                doc.item(entry.label, entry.text)
            elif entry.kind == "lead":  # stays on the page of its first point
                doc.flowable(Paragraph(f"{entry.label}. {escape(entry.text)}", _lead_style()))
            elif entry.kind == "point":
                assert entry.label is not None
                doc.point(entry.label, entry.text)
            elif entry.kind == "bullet":
                doc.bullet(entry.text)
            else:
                doc.paragraph(entry.text)


@lru_cache(maxsize=1)
def _lead_style() -> ParagraphStyle:
    return ParagraphStyle("plan_lead", parent=paragraph_styles()["body"], keepWithNext=1)


def header_of(data: PlanPrint) -> HeaderInfo:
    plan = data.plan
    return HeaderInfo(
        issuing_body=data.issuing_body,
        parent_body=data.parent_body,
        symbol=plan.symbol,
        number=plan.number,
        place=data.place,
        issued_on=plan.issued_on,
        year=plan.document_year,
    )


def build_plan_document(data: PlanPrint) -> NDDocument:
    plan = data.plan
    doc = NDDocument(header_of(data), kind="KẾ HOẠCH", summary=plan.title)
    body = PlanBody(data)
    body.collect()
    body.write(doc)
    signature = Signature.of(plan.signer_authority, plan.signer_title, plan.signer_name)
    doc.signature(signature if signature.lines or signature.name else None, plan.recipients)
    if data.slogans:
        note = attachment_note(
            "Kế hoạch",
            plan.number_symbol if plan.number else "",
            plan.issued_on,
            data.issuer_display,
            plan.document_year,
        )
        doc.appendix(AppendixInfo("Danh mục khẩu hiệu tuyên truyền", attached_to=note))
        doc.table(
            [Column("STT", align="center", width_mm=14), Column("Nội dung khẩu hiệu", 6)],
            [[i, f"“{text.strip(QUOTES)}”"] for i, text in enumerate(data.slogans, start=1)],
            font_size=13,
        )
    return doc


def plan_pdf(data: PlanPrint) -> bytes:
    """The PDF of ``vnhr-desktop export plan PLAN_ID --out FILE.pdf``."""
    return build_plan_document(data).build()

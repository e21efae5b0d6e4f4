"""DOCX text extraction without python-docx: the ZIP is vetted from its central directory
before anything is inflated (zip bombs), and the XML is parsed by a hardened lxml parser
that refuses DTDs, so external or recursive entities can neither be fetched nor expanded.
Runs a reader cannot see are excluded and reported: hidden (w:vanish, w:webHidden), in the
colour of what is behind them, smaller than 2 pt or squashed, once their styles, theme colours
and backgrounds are resolved (``docx_styles``).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, replace

from lxml import etree

from talentsonar.cvs import errors as codes
from talentsonar.cvs.docx_styles import (
    StyleSheet,
    Theme,
    W,
    grey,
    run_props,
    shading_of,
    shape_fill,
)
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractionLimits, HiddenReason, HiddenSpan

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
WPS_SHAPE = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp"
VML_SHAPE = "{urn:schemas-microsoft-com:vml}shape"
DOCUMENT_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"
THEME_PART = "word/theme/theme1.xml"
PAPER = "FFFFFF"
_HEADER_PART = re.compile(r"^word/header\d*\.xml$")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_SKIPPED = frozenset({MC_FALLBACK, f"{W}rPr", f"{W}pPr", f"{W}tblPr", f"{W}tcPr"})
#: Text whose grey level is this close to what is behind it does not show.
_MIN_CONTRAST = 24
#: A run squashed below this width (per cent, ``w:w``) is unreadable.
_MIN_SCALE = 10
#: Small entries compress extremely well (repetitive XML); only larger ones are ratio-checked.
_RATIO_CHECK_MIN_SIZE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocxText:
    text: str
    pages: int
    hidden: list[HiddenSpan]


def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return DOCUMENT_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def extract_docx_text(data: bytes, limits: ExtractionLimits) -> DocxText:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentRejected(codes.CORRUPT_DOCUMENT, "This DOCX file is damaged.") from exc
    with archive:
        _vet_archive(archive, limits)
        hidden: list[HiddenSpan] = []
        sheet = _style_sheet(archive, limits)
        parts = sorted(n for n in archive.namelist() if _HEADER_PART.match(n))
        chunks = [_part_text(archive, name, limits, hidden, sheet) for name in parts]
        chunks.append(_part_text(archive, DOCUMENT_PART, limits, hidden, sheet))
        pages = _declared_pages(archive, limits)
    text = "\n".join(c for c in chunks if c.strip())
    if len(text) > limits.max_chars:
        raise DocumentRejected(
            codes.TOO_MUCH_TEXT, f"This document holds more than {limits.max_chars} characters."
        )
    pages = pages or max(1, len(text) // 3000 + 1)
    if pages > limits.max_pages:
        raise DocumentRejected(
            codes.TOO_MANY_PAGES,
            f"This document has {pages} pages; a CV may have at most {limits.max_pages}.",
            details={"pages": pages, "maxPages": limits.max_pages},
        )
    return DocxText(text=text, pages=pages, hidden=hidden)


def _vet_archive(archive: zipfile.ZipFile, limits: ExtractionLimits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.max_zip_entries:
        raise DocumentRejected(
            codes.ZIP_BOMB, f"This DOCX holds {len(entries)} files; refusing to unpack it."
        )
    total = sum(e.file_size for e in entries)
    if total > limits.max_zip_total_uncompressed:
        raise DocumentRejected(
            codes.ZIP_BOMB,
            "This DOCX would unpack to more than "
            f"{limits.max_zip_total_uncompressed // (1024 * 1024)} MB; refusing to unpack it.",
        )
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise DocumentRejected(codes.ENCRYPTED_DOCUMENT, "This DOCX is encrypted.")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size >= _RATIO_CHECK_MIN_SIZE and ratio > limits.max_zip_entry_ratio:
            raise DocumentRejected(
                codes.ZIP_BOMB,
                f"This DOCX contains a part compressed {ratio:.0f}:1; refusing to unpack it.",
            )


def _read_capped(archive: zipfile.ZipFile, name: str, limits: ExtractionLimits) -> bytes:
    """Read one part, never inflating more than the caps even if the headers lie."""
    info = archive.getinfo(name)
    cap = min(limits.max_zip_total_uncompressed, max(info.file_size, 0))
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise DocumentRejected(codes.CORRUPT_DOCUMENT, "This DOCX file is damaged.") from exc
    if len(data) > cap:
        raise DocumentRejected(codes.ZIP_BOMB, "This DOCX unpacks to more than it declares.")
    return data


def _safe_parse(xml: bytes) -> etree._Element:
    if _DTD.search(xml):
        raise DocumentRejected(
            codes.UNSAFE_DOCUMENT,
            "This DOCX declares XML entities (a known attack); it was not read.",
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
    )
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentRejected(codes.CORRUPT_DOCUMENT, "This DOCX file is damaged.") from exc
    if root is None:
        raise DocumentRejected(codes.CORRUPT_DOCUMENT, "This DOCX file is damaged.")
    return root


def _style_sheet(archive: zipfile.ZipFile, limits: ExtractionLimits) -> StyleSheet:
    names = set(archive.namelist())
    theme_root = styles_root = None
    if THEME_PART in names:
        theme_root = _safe_parse(_read_capped(archive, THEME_PART, limits))
    if STYLES_PART in names:
        styles_root = _safe_parse(_read_capped(archive, STYLES_PART, limits))
    return StyleSheet(styles_root, Theme.parse(theme_root))


@dataclass(frozen=True, slots=True)
class _Context:
    """Where a run sits: the styles around it and what is behind it (None: not known)."""

    sheet: StyleSheet
    limits: ExtractionLimits
    paragraph_style: str | None = None
    table_style: str | None = None
    behind: str | None = PAPER


def _part_text(
    archive: zipfile.ZipFile,
    name: str,
    limits: ExtractionLimits,
    hidden: list[HiddenSpan],
    sheet: StyleSheet,
) -> str:
    root = _safe_parse(_read_capped(archive, name, limits))
    page = root.find(f"{W}background")
    page_colour = (page.get(f"{W}color") or "").upper() if page is not None else ""
    behind = page_colour if len(page_colour) == 6 else PAPER
    out: list[str] = []
    _walk(root, None, _Context(sheet, limits, behind=behind), out, hidden)
    return _tidy("".join(out))


def _walk(
    elem: etree._Element,
    reason: HiddenReason | None,
    context: _Context,
    out: list[str],
    hidden: list[HiddenSpan],
) -> None:
    for child in elem:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{W}r":
            run_reason = reason or _run_hidden_reason(child, context)
            _walk(child, run_reason, context, out, hidden)
        elif tag == f"{W}t":
            text = child.text or ""
            if reason is None:
                out.append(text)
            elif text.strip():
                _add_hidden(hidden, reason, text)
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        else:
            _walk(child, reason, _enter(child, context), out, hidden)
            if tag == f"{W}p":
                out.append("\n")
            elif tag == f"{W}tc":
                out.append("\t")


def _enter(elem: etree._Element, context: _Context) -> _Context:
    """The context inside a table, cell, paragraph or shape."""
    tag = elem.tag
    sheet = context.sheet
    if tag == f"{W}tbl":
        style = elem.find(f"{W}tblPr/{W}tblStyle")
        table_style = style.get(f"{W}val") if style is not None else None
        shading, has = shading_of(elem.find(f"{W}tblPr"), sheet.theme)
        if not has:
            shading, has = sheet.table_shading(table_style)
        return replace(context, table_style=table_style, behind=shading if has else context.behind)
    if tag == f"{W}tc":
        shading, has = shading_of(elem.find(f"{W}tcPr"), sheet.theme)
        return replace(context, behind=shading) if has else context
    if tag == f"{W}p":
        properties = elem.find(f"{W}pPr")
        style = properties.find(f"{W}pStyle") if properties is not None else None
        paragraph_style = style.get(f"{W}val") if style is not None else None
        shading, has = sheet.paragraph_shading(properties, paragraph_style)
        return replace(
            context,
            paragraph_style=paragraph_style,
            behind=shading if has else context.behind,
        )
    if tag == WPS_SHAPE:
        fill, known = shape_fill(elem, sheet.theme)
        return replace(context, paragraph_style=None, behind=fill if known else None)
    if tag == VML_SHAPE:  # a legacy text box: its fill is not looked into
        return replace(context, paragraph_style=None, behind=None)
    return context


def _add_hidden(hidden: list[HiddenSpan], reason: HiddenReason, text: str) -> None:
    if hidden and hidden[-1].reason == reason:
        last = hidden[-1]
        hidden[-1] = HiddenSpan(page=1, reason=reason, text=f"{last.text}{text}")
    else:
        hidden.append(HiddenSpan(page=1, reason=reason, text=text))


def _run_hidden_reason(run: etree._Element, context: _Context) -> HiddenReason | None:
    properties = run.find(f"{W}rPr")
    style = properties.find(f"{W}rStyle") if properties is not None else None
    look = context.sheet.look(
        run_props(properties, context.sheet.theme),
        style.get(f"{W}val") if style is not None else None,
        context.paragraph_style,
        context.table_style,
        context.behind,
    )
    if look.hidden:
        return "vanish"
    if look.size is not None and 0 < look.size < context.limits.min_font_size * 2:
        return "tiny_font"
    if look.scale is not None and 0 < look.scale < _MIN_SCALE:
        return "tiny_font"
    if (
        look.colour is not None
        and look.behind is not None
        and abs(grey(look.colour) - grey(look.behind)) < _MIN_CONTRAST
    ):
        return "background_colour"
    return None


def _declared_pages(archive: zipfile.ZipFile, limits: ExtractionLimits) -> int:
    try:
        archive.getinfo("docProps/app.xml")
    except KeyError:
        return 0
    try:
        root = _safe_parse(_read_capped(archive, "docProps/app.xml", limits))
    except DocumentRejected:
        raise
    for elem in root.iter():
        if isinstance(elem.tag, str) and elem.tag.endswith("}Pages") and elem.text:
            try:
                return int(elem.text.strip())
            except ValueError:
                return 0
    return 0


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

"""DOCX text extraction without python-docx: the ZIP is vetted from its central directory
before anything is inflated (zip bombs), and the XML is parsed by a hardened lxml parser
that refuses DTDs, so external or recursive entities can neither be fetched nor expanded.
Runs a reader cannot see (w:vanish, white text, sub-2pt size) are excluded and reported.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from talentsonar.cvs import errors as codes
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractionLimits, HiddenReason, HiddenSpan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DOCUMENT_PART = "word/document.xml"
_HEADER_PART = re.compile(r"^word/header\d*\.xml$")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_NEAR_WHITE = 235
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
        parts = sorted(n for n in archive.namelist() if _HEADER_PART.match(n))
        chunks = [_part_text(archive, name, limits, hidden) for name in parts]
        chunks.append(_part_text(archive, DOCUMENT_PART, limits, hidden))
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


def _part_text(
    archive: zipfile.ZipFile, name: str, limits: ExtractionLimits, hidden: list[HiddenSpan]
) -> str:
    root = _safe_parse(_read_capped(archive, name, limits))
    out: list[str] = []
    _walk(root, None, out, hidden, limits)
    return _tidy("".join(out))


def _walk(
    elem: etree._Element,
    reason: HiddenReason | None,
    out: list[str],
    hidden: list[HiddenSpan],
    limits: ExtractionLimits,
) -> None:
    for child in elem:
        tag = child.tag
        if not isinstance(tag, str) or tag == MC_FALLBACK or tag == f"{W}rPr" or tag == f"{W}pPr":
            continue
        if tag == f"{W}r":
            _walk(child, _run_hidden_reason(child, limits) or reason, out, hidden, limits)
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
            _walk(child, reason, out, hidden, limits)
            if tag == f"{W}p":
                out.append("\n")
            elif tag == f"{W}tc":
                out.append("\t")


def _add_hidden(hidden: list[HiddenSpan], reason: HiddenReason, text: str) -> None:
    if hidden and hidden[-1].reason == reason:
        last = hidden[-1]
        hidden[-1] = HiddenSpan(page=1, reason=reason, text=f"{last.text}{text}")
    else:
        hidden.append(HiddenSpan(page=1, reason=reason, text=text))


def _on(prop: etree._Element) -> bool:
    value = prop.get(f"{W}val")
    return value is None or value.lower() not in ("0", "false", "off")


def _run_hidden_reason(run: etree._Element, limits: ExtractionLimits) -> HiddenReason | None:
    props = run.find(f"{W}rPr")
    if props is None:
        return None
    for name in ("vanish", "webHidden", "specVanish"):
        prop = props.find(f"{W}{name}")
        if prop is not None and _on(prop):
            return "vanish"
    color = props.find(f"{W}color")
    shading = props.find(f"{W}shd")
    highlight = props.find(f"{W}highlight")
    has_background = (
        shading is not None
        and (shading.get(f"{W}fill") or "auto").lower() not in ("auto", "ffffff")
    ) or (highlight is not None and (highlight.get(f"{W}val") or "none") not in ("none", "white"))
    if color is not None and not has_background and _is_white(color.get(f"{W}val") or ""):
        return "background_colour"
    size = props.find(f"{W}sz")
    if size is not None:
        try:
            half_points = float(size.get(f"{W}val") or "")
        except ValueError:
            half_points = 0.0
        if 0 < half_points < limits.min_font_size * 2:
            return "tiny_font"
    return None


def _is_white(hex_colour: str) -> bool:
    if len(hex_colour) != 6:
        return False
    try:
        channels = [int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return False
    return min(channels) >= _NEAR_WHITE


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

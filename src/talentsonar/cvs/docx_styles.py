"""How a DOCX run looks once its styles are resolved: hidden or not, its colour, size and
width, and the colour of what is behind it.

Word takes a run's formatting from, in order: the document defaults, the table's style, the
paragraph's style (and the styles it is based on), the run's character style (and its
bases), then the run's own properties. Colours may name a theme colour (``background1``:
white in the standard themes) with a tint or a shade. ``vanish``-like properties are toggles:
set in two style levels they cancel out; set on the run they win.

What is behind a run: its highlight or shading, else its paragraph's shading (direct or from
the style), its table cell's, its table style's, the shape it sits in (a text box with a
solid fill), else the page colour (``w:background``) or white.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

_TOGGLES = ("vanish", "webHidden", "specVanish")
#: w:highlight names (ST_HighlightColor) as RGB.
_HIGHLIGHTS = {
    "black": "000000",
    "blue": "0000FF",
    "cyan": "00FFFF",
    "green": "00FF00",
    "magenta": "FF00FF",
    "red": "FF0000",
    "yellow": "FFFF00",
    "white": "FFFFFF",
    "darkBlue": "000080",
    "darkCyan": "008080",
    "darkGreen": "008000",
    "darkMagenta": "800080",
    "darkRed": "800000",
    "darkYellow": "808000",
    "darkGray": "808080",
    "lightGray": "C0C0C0",
}
#: w:themeColor names -> the theme's colour scheme slots.
_THEME_SLOTS = {
    "dark1": "dk1",
    "light1": "lt1",
    "dark2": "dk2",
    "light2": "lt2",
    "text1": "dk1",
    "background1": "lt1",
    "text2": "dk2",
    "background2": "lt2",
    "hyperlink": "hlink",
    "followedHyperlink": "folHlink",
    **{f"accent{i}": f"accent{i}" for i in range(1, 7)},
}
_STANDARD_THEME = {"dk1": "000000", "lt1": "FFFFFF", "dk2": "1F497D", "lt2": "EEECE1"}

#: Formatting set by one properties element (rPr, or a style's): only what it sets.
Props = dict[str, Any]


def _on(prop: etree._Element) -> bool:
    value = prop.get(f"{W}val")
    return value is None or value.lower() not in ("0", "false", "off")


def _hex(value: str | None) -> str | None:
    if value is None or len(value) != 6:
        return None
    try:
        int(value, 16)
    except ValueError:
        return None
    return value.upper()


def _adjust(colour: str, tint: str | None, shade: str | None) -> str:
    """Word's themeTint (towards white) and themeShade (towards black), in RGB."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    try:
        if tint:
            t = int(tint, 16) / 255
            channels = [round(c * t + 255 * (1 - t)) for c in channels]
        if shade:
            s = int(shade, 16) / 255
            channels = [round(c * s) for c in channels]
    except ValueError:
        pass
    return "".join(f"{c:02X}" for c in channels)


def grey(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.299 * r + 0.587 * g + 0.114 * b


@dataclass(slots=True)
class Theme:
    colours: dict[str, str] = field(default_factory=lambda: dict(_STANDARD_THEME))

    @classmethod
    def parse(cls, root: etree._Element | None) -> Theme:
        theme = cls()
        if root is None:
            return theme
        for scheme in root.iter(f"{A}clrScheme"):
            for slot in scheme:
                if not isinstance(slot.tag, str):
                    continue
                name = etree.QName(slot).localname
                for colour in slot:
                    if not isinstance(colour.tag, str):
                        continue
                    value = _hex(colour.get("val") or colour.get("lastClr"))
                    if value:
                        theme.colours[name] = value
            break
        return theme

    def colour(self, name: str | None) -> str | None:
        slot = _THEME_SLOTS.get(name or "")
        return self.colours.get(slot) if slot else None


def _shading_colour(shd: etree._Element, theme: Theme) -> str | None:
    """The colour a ``w:shd`` paints ("auto"/"nil": none)."""
    pattern = (shd.get(f"{W}val") or "clear").lower()
    if pattern == "nil":
        return None
    if pattern == "solid":  # the pattern colour covers everything
        fill = theme.colour(shd.get(f"{W}themeColor")) or _hex(shd.get(f"{W}color"))
        return fill or "000000"
    fill = theme.colour(shd.get(f"{W}themeFill")) or _hex(shd.get(f"{W}fill"))
    if fill and shd.get(f"{W}themeFill"):
        fill = _adjust(fill, shd.get(f"{W}themeFillTint"), shd.get(f"{W}themeFillShade"))
    return fill


def run_props(rpr: etree._Element | None, theme: Theme) -> Props:
    """What one ``w:rPr`` sets."""
    props: Props = {}
    if rpr is None:
        return props
    for name in _TOGGLES:
        prop = rpr.find(f"{W}{name}")
        if prop is not None:
            props[name] = _on(prop)
    colour = rpr.find(f"{W}color")
    if colour is not None:
        value = theme.colour(colour.get(f"{W}themeColor"))
        if value is not None:
            value = _adjust(value, colour.get(f"{W}themeTint"), colour.get(f"{W}themeShade"))
        elif (colour.get(f"{W}val") or "").lower() == "auto":
            value = "auto"
        else:
            value = _hex(colour.get(f"{W}val"))
        if value is not None:
            props["colour"] = value
    for name, key in (("sz", "size"), ("w", "scale")):
        prop = rpr.find(f"{W}{name}")
        if prop is not None:
            with contextlib.suppress(ValueError):
                props[key] = float(prop.get(f"{W}val") or "")
    highlight = rpr.find(f"{W}highlight")
    if highlight is not None and (highlight.get(f"{W}val") or "none") != "none":
        props["highlight"] = _HIGHLIGHTS.get(highlight.get(f"{W}val") or "", "FFFF00")
    shading = rpr.find(f"{W}shd")
    if shading is not None:
        props["shading"] = _shading_colour(shading, theme)
    return props


@dataclass(slots=True)
class _Style:
    kind: str
    based_on: str | None
    run: Props
    shading: str | None  # the paragraph shading (pPr) or cell shading (tcPr) it sets
    sets_shading: bool


@dataclass(frozen=True, slots=True)
class Look:
    """A run as the reader sees it."""

    hidden: bool  # vanish, webHidden or specVanish in effect
    colour: str | None  # RRGGBB; None: automatic (black or white, whichever shows)
    size: float | None  # half-points
    scale: float | None  # per cent of the normal width
    behind: str | None  # RRGGBB of what is behind it; None: not known (a picture, a shape)


class StyleSheet:
    """The styles part (and theme) of one document."""

    def __init__(self, styles: etree._Element | None, theme: Theme) -> None:
        self.theme = theme
        self._styles: dict[str, _Style] = {}
        self.defaults: Props = {}
        self.default_paragraph: str | None = None
        self._chains: dict[tuple[str, str | None], tuple[Props, str | None, bool]] = {}
        if styles is None:
            return
        defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = run_props(defaults, theme)
        for style in styles.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if not style_id:
                continue
            kind = style.get(f"{W}type") or "paragraph"
            based = style.find(f"{W}basedOn")
            shd = style.find(f"{W}pPr/{W}shd")
            if shd is None:
                shd = style.find(f"{W}tcPr/{W}shd")
            self._styles[style_id] = _Style(
                kind=kind,
                based_on=based.get(f"{W}val") if based is not None else None,
                run=run_props(style.find(f"{W}rPr"), theme),
                shading=_shading_colour(shd, theme) if shd is not None else None,
                sets_shading=shd is not None,
            )
            if kind == "paragraph" and _on_attr(style.get(f"{W}default")):
                self.default_paragraph = style_id

    def chain(self, kind: str, style_id: str | None) -> tuple[Props, str | None, bool]:
        """A style's run formatting and shading with its bases' (nearest wins)."""
        key = (kind, style_id)
        cached = self._chains.get(key)
        if cached is not None:
            return cached
        run: Props = {}
        shading: str | None = None
        sets_shading = False
        seen: set[str] = set()
        current = style_id
        while current and current not in seen:
            seen.add(current)
            style = self._styles.get(current)
            if style is None or style.kind != kind:
                break
            for name, value in style.run.items():
                run.setdefault(name, value)
            if style.sets_shading and not sets_shading:
                shading, sets_shading = style.shading, True
            current = style.based_on
        self._chains[key] = result = (run, shading, sets_shading)
        return result

    def look(
        self,
        direct: Props,
        character_style: str | None,
        paragraph_style: str | None,
        table_style: str | None,
        behind: str | None,
    ) -> Look:
        """The run with ``direct`` properties in that context; ``behind`` is what the
        paragraph, cell, shape or page puts behind it."""
        levels = [
            self.chain("table", table_style)[0],
            self.chain("paragraph", paragraph_style or self.default_paragraph)[0],
            self.chain("character", character_style)[0],
        ]
        merged: Props = dict(self.defaults)
        for level in levels:
            merged.update({k: v for k, v in level.items() if k not in _TOGGLES})
        merged.update({k: v for k, v in direct.items() if k not in _TOGGLES})
        hidden = False
        for name in _TOGGLES:
            if name in direct:
                value = bool(direct[name])
            else:
                value = bool(self.defaults.get(name, False))
                for level in levels:
                    if level.get(name):
                        value = not value
            hidden = hidden or value
        colour = merged.get("colour")
        run_behind = merged.get("highlight") or merged.get("shading")
        return Look(
            hidden=hidden,
            colour=None if colour in (None, "auto") else colour,
            size=merged.get("size"),
            scale=merged.get("scale"),
            behind=run_behind or behind,
        )

    def paragraph_shading(
        self, ppr: etree._Element | None, style_id: str | None
    ) -> tuple[str | None, bool]:
        """The paragraph's own shading (direct, else from its style), and whether it has one."""
        if ppr is not None:
            shd = ppr.find(f"{W}shd")
            if shd is not None:
                return _shading_colour(shd, self.theme), True
        _, shading, sets = self.chain("paragraph", style_id or self.default_paragraph)
        return shading, sets

    def table_shading(self, style_id: str | None) -> tuple[str | None, bool]:
        _, shading, sets = self.chain("table", style_id)
        return shading, sets


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


def shading_of(element: etree._Element | None, theme: Theme) -> tuple[str | None, bool]:
    """The ``w:shd`` colour directly inside a properties element (pPr, tcPr, tblPr)."""
    if element is None:
        return None, False
    shd = element.find(f"{W}shd")
    if shd is None:
        return None, False
    return _shading_colour(shd, theme), True


def shape_fill(shape: etree._Element, theme: Theme) -> tuple[str | None, bool]:
    """A DrawingML shape's fill: (colour, known). No fill shows what is behind the shape,
    which is not known here; a gradient or a picture is not one colour."""
    properties = shape.find(
        "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}spPr"
    )
    if properties is None:
        return None, False
    solid = properties.find(f"{A}solidFill")
    if solid is None:
        return None, False
    for colour in solid:
        if not isinstance(colour.tag, str):
            continue
        name = etree.QName(colour).localname
        if name == "srgbClr":
            value = _hex(colour.get("val"))
            return value, value is not None
        if name == "schemeClr":
            scheme = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
            slot = scheme.get(colour.get("val") or "", colour.get("val") or "")
            value = theme.colours.get(slot)
            return value, value is not None
    return None, False

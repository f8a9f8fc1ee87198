"""HTML to text: the visible text of a page, its <title> and the publication date of its <meta>."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from etl.read.dates import valid_date

_SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "head",
        "title",
        "object",
        "canvas",
        "map",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "blockquote",
        "figure",
        "figcaption",
        "address",
        "pre",
        "hr",
        "form",
        "fieldset",
        "caption",
        "details",
        "summary",
        "body",
        "html",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_ARTICLE_TAGS = frozenset({"article", "main"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# What may sit in <head>; anything else means the page left </head> out and the body has begun.
_HEAD_TAGS = frozenset({"meta", "link", "title", "script", "style", "base", "noscript", "template"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \xa0: a no-break space inside "20 000" is content
_BLANK_RUNS = re.compile(r"\n{3,}")
_PUBLISHED_META = frozenset(
    {
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish_date",
        "publish-date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "date",
        "og:published_time",
        "parsely-pub-date",
        "sailthru.date",
        "publishtime",
        "firstpublishedtime",
    }
)
_ISO_DATE = re.compile(r"^\s*((?:19|20)\d{2})-?([01]\d)-?([0-3]\d)")


class _HtmlText(HTMLParser):
    """Collects visible text with block structure, plus <title> and a published date from <meta>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.pre_depth = 0
        self.article_depth = 0
        self.title_parts: list[str] = []
        self.in_title = False
        self.published: date | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "title" and not self.title_parts and "svg" not in self.skipping:
            self.in_title = True
        if self.skipping == ["head"] and tag not in _HEAD_TAGS:
            self.skipping.clear()
        # An article's own <header> holds its headline and date, not site furniture.
        skipped = tag in _SKIPPED_TAGS and not (tag == "header" and self.article_depth)
        if skipped or any(name == "hidden" for name, _ in attrs):
            if tag not in _VOID_TAGS:
                self.skipping.append(tag)
            return
        if self.skipping:
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS or tag == "header":
            self.parts.append("\n")
            if tag == "pre":
                self.pre_depth += 1
            elif tag in _ARTICLE_TAGS:
                self.article_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <meta/>: no content, so no skipping state to open.
        if tag == "meta":
            self._meta(dict(attrs))
        elif not self.skipping and (tag == "br" or tag in _BLOCK_TAGS):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skipping:
            if tag in self.skipping:
                # Close the innermost open skipped element of this name and anything left open in it.
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
            return
        if tag in _BLOCK_TAGS or tag == "header":
            self.parts.append("\n")
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1
            elif tag in _ARTICLE_TAGS and self.article_depth:
                self.article_depth -= 1
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skipping:
            return
        self.parts.append(data if self.pre_depth else _HTML_SPACE.sub(" ", data))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").casefold()
        content = attrs.get("content") or ""
        if self.published is None and key in _PUBLISHED_META:
            m = _ISO_DATE.match(content)
            if m:
                self.published = valid_date(int(m[1]), int(m[2]), int(m[3]))

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.parts).split("\n"))
        return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")

    def title(self) -> str | None:
        title = " ".join(_HTML_SPACE.sub(" ", "".join(self.title_parts)).split())
        return title or None


_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.S)
_COMMON_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|li|ul|table|td|tr|img|strong|em)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for an HTML page saved without an .html suffix."""
    head = text[:5000]
    return bool(_LOOKS_LIKE_HTML.match(head)) or len(_COMMON_TAG.findall(head)) >= 5


def parse_html(html: str) -> _HtmlText:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: scripts, styles, navigation, headers, footers and asides
    dropped, blocks on their own lines, entities unescaped, at most one blank line in a row."""
    return parse_html(html).text()

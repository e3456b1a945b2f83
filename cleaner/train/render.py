"""Naive renderings of a page: the text a scraper gets when it does not look for the article.

Two renderers, the two ways such text is commonly made:
  html_text  html-text with guess_layout (block elements start lines, headings and
             paragraphs get a blank line around them): a careful scraper.
  lxml       lxml's text_content() of the page with <script> and <style> dropped: the
             source's own line breaks and every text node run together as they come.
Lines are stripped and blank lines dropped, as the cleaner's line model sees them.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

RENDERERS = ("html_text", "lxml")

# CleanEval-format files wrap the page in <text id="URL" ...> ... </text>: not part of it.
_CLEANEVAL_WRAPPER = re.compile(r"\A\s*<text\b[^>]*>|</text>\s*\Z", re.IGNORECASE)
# lxml refuses a str that still declares its bytes' encoding.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Characters XML (and so lxml) cannot hold: C0 controls but tab, newline, carriage return.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class RenderError(ValueError):
    pass


def page_source(html: str) -> str:
    """The page as a browser would get it: CleanEval's wrapper and an XML declaration removed."""
    html = _CLEANEVAL_WRAPPER.sub("", html)
    return _NOT_XML.sub("", _XML_DECLARATION.sub("", html))


def parse(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(page_source(html))
    except (lxml.etree.ParserError, ValueError) as error:
        raise RenderError(f"unparsable page: {error}") from error


def render(html: str, renderer: str) -> list[str]:
    """The page's non-blank lines, stripped, as `renderer` makes them."""
    if renderer == "html_text":
        import html_text  # the `train` extra; only the build needs it

        text = html_text.extract_text(parse(html), guess_layout=True)
    elif renderer == "lxml":
        text = _text_content(parse(html))
    else:
        raise ValueError(f"unknown renderer {renderer!r} (one of {', '.join(RENDERERS)})")
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _text_content(tree: lxml.html.HtmlElement) -> str:
    for element in tree.xpath("//script | //style"):
        element.drop_tree()
    return tree.text_content()

"""Content a page streams in after its shell: parts sent late, put in place before reading.

Pages rendered by a streaming server (React's, as Next.js uses it) send the shell of the page
first, with an empty ``<template id="B:0">`` or ``<template id="P:1">`` where a part is still
coming and a fallback ("Loading paragraph...") next to it; the part follows at the end of the
document in ``<div hidden id="S:0">``, and a small script moves it in place. A saved page
often has the parts but not the scripts, so the article sits, hidden and in pieces, after the
footer. Each part goes where its template stands: part ``S:n`` fills template ``B:n`` or
``P:n`` (the scripts pair them so, one counter for both).
"""

from __future__ import annotations

from cleanarticle.extract.dom import HtmlElement

TEMPLATE_KINDS = ("B:", "P:")
"""A boundary still waiting for its content, and a placeholder for a part inside one."""
PART = "S:"


def place_streamed_parts(root: HtmlElement) -> int:
    """Move every streamed part to its template, shown; returns how many were placed."""
    templates = [t for t in root.iter("template") if (t.get("id") or "")[:2] in TEMPLATE_KINDS]
    if not templates:
        return 0
    parts = {
        ident[2:]: el
        for el in root.iter("div")
        if (ident := el.get("id") or "").startswith(PART) and el.get("hidden") is not None
    }
    placed = 0
    for template in templates:
        part = parts.pop((template.get("id") or "")[2:], None)
        if part is None or _inside(template, part):
            continue
        _detach(part)
        del part.attrib["hidden"]
        template.addnext(part)
        placed += 1
    return placed


def _inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    """Whether ``element`` lies inside ``ancestor`` (a part never fills its own template)."""
    return any(parent is ancestor for parent in element.iterancestors())


def _detach(element: HtmlElement) -> None:
    """Take ``element`` out of the tree, leaving the text after it where it was."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    element.tail = None
    parent.remove(element)

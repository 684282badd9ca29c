"""Pictures' captions closed by their credits, judged with the document's other captions.

A page with pictures prints each caption with the picture's credit after its last sentence:
"A member of the team tests a watch on a ridgeline. Photo: Jane Doe", "The scooter folds up in
seconds. Credit: Matt Lighthart", "... Photo by Xingchen Yan on Unsplash". When a text holds at
least ``caption_min_credited`` such lines, each is a caption and goes (reason ``caption``): the
article's own sentences do not end by naming a photographer, again and again. One or two lines
ending so stay, as precision asks: they may be captions, or paragraphs that an extractor ran
into the credit below them, and some sites print a picture's caption as part of the story.
"""

from __future__ import annotations

import re

from cleanarticle.boilerplate_rules import CREDIT_GLUE, Facts, Finding
from cleanarticle.options import Options

TRAILING_CREDIT = re.compile(
    r"[.!?\u201d\"]\s+(?:(?:photo|picture|image|foto|bild) )?(?:credits?|crédits?|cr[ée]dito)"
    r"\s*:\s*([^.:!?]{1,60})$"
    r"|[.!?\u201d\"]\s+(?:photo|photograph|picture|pic|image|foto|bild|fotograf[ií]a|imagem"
    r"|imagen|immagine|afbeelding|beeld)s?\s*(?::|by\s|von\s|par\s|por\s|di\s|door\s)\s*"
    r"([^.:!?]{1,60})$",
    re.IGNORECASE,
)
"""A picture's credit after the last sentence of a line: "... on a ridgeline. Photo: Jane Doe",
"... it stops fast. Credit: Jane Doe", "... on Unsplash" after "Photo by"."""
CAPTION = Finding("caption", 0.8)


def credited_captions(facts: list[Facts], taken: set[int], options: Options) -> dict[int, Finding]:
    """The lines closed by a picture's credit, when the text holds enough of them."""
    found = [p for p, f in enumerate(facts) if p not in taken and credited(f, options)]
    if len(found) < options.caption_min_credited:
        return {}
    return dict.fromkeys(found, CAPTION)


def credited(f: Facts, options: Options) -> bool:
    """A short line whose last sentence is followed by a picture's credit naming someone, not
    by a sentence going on after a label ("Pictures: they never show how steep it was")."""
    if f.n > options.caption_max_words or (":" not in f.text and " by " not in f.lower):
        return False
    found = TRAILING_CREDIT.search(f.text)
    if found is None:
        return False
    named = found.group(1) or found.group(2)
    return sum(1 for w in named.split() if w.islower() and w not in CREDIT_GLUE) < 2

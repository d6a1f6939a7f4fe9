"""What was said: the words an officer quotes, kept exactly as written for the 0875.

The 0875 has a "What was said" block, and CD 560 asks for the words themselves, not a summary:
a threat or a disclosure is judged on its wording. Officers quote with straight or curly double
quotes, French guillemets, or single quotes; a single quote is also an apostrophe ("I'm",
"l'agent", "the guys' cells"), so it opens a quote only after a space or an opening bracket and
closes one only before a space or punctuation.
"""

from __future__ import annotations

import re

# (opening, closing) marks; a quote never runs across a blank line.
_QUOTES = re.compile(
    r"\"(?P<straight>[^\"\n]+(?:\n(?!\s*\n)[^\"\n]+)*)\""
    r"|\u201c(?P<curly>[^\u201c\u201d\n]+(?:\n(?!\s*\n)[^\u201c\u201d\n]+)*)[\u201d\"]"
    r"|\u00ab(?P<guillemets>[^\u00ab\u00bb]+?)\u00bb"
    r"|(?<![\w'])['\u2018](?P<single>(?:[^'\u2018\u2019\n]|['\u2019](?=\w))*?[^\s'\u2018])"
    r"['\u2019](?!\w)"
)
_SHORTEST = 2  # characters: a lone letter in quotes ("cell 'B'") is a label, not speech
MAX_QUOTES = 10


def find_quotes(text: str) -> tuple[str, ...]:
    """The quoted passages of a text, in order, as written (spaces at the ends trimmed)."""
    if not any(mark in text for mark in "\"'\u201c\u00ab\u2018"):
        return ()
    found: list[str] = []
    for match in _QUOTES.finditer(text):
        quote = next(group for group in match.groups() if group is not None).strip()
        if len(quote) >= _SHORTEST and quote not in found:
            found.append(quote)
        if len(found) == MAX_QUOTES:
            break
    return tuple(found)

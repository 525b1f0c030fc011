"""The one pattern that finds a catalogue's wordings in a text (lexicon.Catalogue)."""

import re
from functools import lru_cache


@lru_cache(maxsize=16)  # a catalogue is built for every extraction, mostly of the same wordings
def wording_pattern(wordings):
    """One pattern for all `wordings` (a frozenset), matching the longest at a position, each
    allowing PDF wrap spaces inside. Built as a trie of their characters: a flat alternation
    would try every wording at every position of the text."""
    trie = {}
    for wording in wordings:
        node = trie
        for char in wording.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return re.compile(r"(?!)")  # an empty catalogue names nothing
    return re.compile(_trie(trie, ""), re.IGNORECASE)


def _trie(node, gap):
    """The pattern of the wordings' tails below `node`, each character after `gap`; greedy, so
    that the longest wording wins."""
    branches = [
        gap + re.escape(char) + _trie(child, r"\s*") for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{pattern})?" if "" in node else pattern

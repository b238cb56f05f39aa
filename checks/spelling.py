"""Words spelt two accepted ways (organisation/organization, centre/center), for P318.

The pairs are breame's British and American spelling table, less the pairs whose second
form is also a different word in British English ("practise" the verb beside "practice"
the noun, "tyre" beside "tire"), plus a few free variants that are neither British nor
American (adviser/advisor). Each spelling maps to one key, the pair's American form, so two
spellings of one word meet under one key.
"""

from __future__ import annotations

from functools import cache

# British spellings left out: their American form is also a separate British word with its
# own meaning, so a British text rightly uses both ("a licence" and "licensed", "draught"
# beer and a "draft" law, a "programme" of visits and a computer "program").
_NOT_VARIANTS = frozenset(
    {
        "practise",
        "practised",
        "practises",
        "practising",
        "licence",
        "licences",
        "tyre",
        "tyres",
        "draught",
        "draughts",
        "programme",
        "programmes",
        "disc",
        "discs",
        "dialogue",
        "dialogues",
        "catalogue",
        "catalogues",
        "analogue",
        "axe",
        "axes",
        "cheque",
        "cheques",
        "storey",
        "storeys",
        "kerb",
        "kerbs",
        "gaol",
        "plane",
        "planes",
        "moult",
        "sulphur",
    }
)

# Free variants outside the British/American split that one text should still not mix.
_EXTRA = {"adviser": "advisor", "advisers": "advisors"}


@cache
def variant_keys() -> dict[str, str]:
    """Every variant spelling (lower case), mapped to the key its other spelling shares."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    keys: dict[str, str] = {}
    pairs = {**BRITISH_ENGLISH_SPELLINGS, **_EXTRA}
    for british, american in sorted(pairs.items()):
        if british in _NOT_VARIANTS or british == american or " " in british + american:
            continue
        keys[british] = american
        keys[american] = american
    return keys

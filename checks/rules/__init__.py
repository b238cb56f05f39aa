"""The rules, one per module, named after the rule. Importing this package registers them.

Listed explicitly (no discovery by introspection) so that what runs is what is read here.
"""

from tifa.checks.rules import (
    n201_name_variant,
    n204_title_case_inconsistent,
    p301_unbalanced_quotes,
    p302_mixed_quote_style,
    p303_space_inside_quotes,
    p304_space_before_punctuation,
    p305_missing_space_after_punctuation,
    p306_fullwidth_punctuation,
    p307_double_space,
    p308_trailing_whitespace,
    p309_spaced_hyphen,
    r601_web_residue,
    r603_repeated_word,
    s701_unused_suppression,
    t101_forbidden_variant,
    t103_near_miss_term,
    t104_inconsistent_rendering,
    t105_truncated_term,
    t107_unknown_formulation,
    u401_cjk_in_english,
)

__all__ = [
    "n201_name_variant",
    "n204_title_case_inconsistent",
    "p301_unbalanced_quotes",
    "p302_mixed_quote_style",
    "p303_space_inside_quotes",
    "p304_space_before_punctuation",
    "p305_missing_space_after_punctuation",
    "p306_fullwidth_punctuation",
    "p307_double_space",
    "p308_trailing_whitespace",
    "p309_spaced_hyphen",
    "r601_web_residue",
    "r603_repeated_word",
    "s701_unused_suppression",
    "t101_forbidden_variant",
    "t103_near_miss_term",
    "t104_inconsistent_rendering",
    "t105_truncated_term",
    "t107_unknown_formulation",
    "u401_cjk_in_english",
]

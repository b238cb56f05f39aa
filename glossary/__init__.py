"""The termbase: CSV schema, loading and validation, and English term matching.

Nothing here imports checks/ or tui/; the engine builds on these pieces.
"""

from tifa.glossary.load import default_glossary_path, load_glossaries, load_glossary
from tifa.glossary.model import Glossary, Term

__all__ = ["Glossary", "Term", "default_glossary_path", "load_glossaries", "load_glossary"]

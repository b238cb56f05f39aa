"""Fixtures shared by all tests."""

from __future__ import annotations

import pytest

from tifa.glossary import Glossary, load_glossaries


@pytest.fixture(scope="session")
def default_glossary() -> Glossary:
    """The bundled glossary, loaded once."""
    return load_glossaries([])

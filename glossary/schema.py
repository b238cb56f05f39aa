"""The glossary CSV: its columns and their allowed values (see DESIGN.md, "The glossary CSV")."""

from __future__ import annotations

REQUIRED = ("zh", "en")
OPTIONAL = ("allowed", "avoid", "kind", "pattern", "note", "source", "status")
COLUMNS = REQUIRED + OPTIONAL
MULTI_VALUED = ("zh", "allowed", "avoid")
SEPARATOR = "|"

KINDS = ("slogan", "title", "body", "person", "place", "document", "other")
STATUSES = ("approved", "proposed", "deprecated")
DEFAULT_STATUS = "approved"
# Kinds whose renderings are proper names or official designations: cut-short forms of these
# are reported as truncated (T105), and their capitalisation is checked (N204).
DESIGNATION_KINDS = ("title", "body")

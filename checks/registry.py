"""The rule registry: codes are stable and never reused; users select by code or prefix."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import regex

from tifa.checks.pattern_cache import PATTERNS
from tifa.checks.rule import Fix, Rule, RuleFunction, Severity
from tifa.errors import InputError

_RULES: dict[str, Rule] = {}


def rule(
    code: str, name: str, severity: Severity, fix: Fix = Fix.NONE
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a code (`T101`) and a kebab-case name that names the problem."""

    def register(func: RuleFunction) -> RuleFunction:
        if code in _RULES:
            raise ValueError(f"rule code {code} registered twice")
        _RULES[code] = Rule(code, name, severity, fix, func)
        return func

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, by code."""
    with _compiled_on_first_use():
        import tifa.checks.rules  # noqa: F401  (importing the package registers the rules)

    return [_RULES[c] for c in sorted(_RULES)]


def get(code: str) -> Rule | None:
    """A rule by exact code."""
    all_rules()
    return _RULES.get(code)


def select_rules(
    select: Iterable[str] = (), ignore: Iterable[str] = (), origin: str = "--select"
) -> list[Rule]:
    """Rules whose code starts with a selected prefix and with no ignored prefix.

    With no selection every rule is selected. `ALL` selects all. Unknown prefixes are input
    errors: a typo in CI must not silently select nothing.
    """
    rules = all_rules()
    select = [s.strip().upper() for s in select if s.strip()]
    ignore = [s.strip().upper() for s in ignore if s.strip()]
    for prefix in (*select, *ignore):
        if prefix != "ALL" and not any(
            r.code.startswith(prefix) or r.name == prefix.lower() for r in rules
        ):
            raise InputError(origin, f"no rule matches {prefix!r}; see `tifa rules`")

    def matches(r: Rule, prefixes: list[str]) -> bool:
        return any(p == "ALL" or r.code.startswith(p) or r.name == p.lower() for p in prefixes)

    chosen = [r for r in rules if not select or matches(r, select)]
    return [r for r in chosen if not matches(r, ignore)]


class _LazyPattern:
    """A `regex` pattern compiled the first time it is used, standing in for the compiled one.

    The rule modules compile some 350 patterns at import (half a second); a run uses the
    ones whose prefilter selects a candidate, and a short input few of them. The first
    attribute read compiles the pattern and keeps its methods on this object, so later calls
    cost what calls on the compiled pattern cost. Its source (`pattern`) and the flags it was
    given (`declared_flags`) are read without compiling it: a gate on the literals of many
    patterns (tifa.checks.literals.Gate, E801's slips) then compiles only those it lets run.
    """

    def __init__(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._args = args
        self._kwargs = kwargs

    @property
    def pattern(self) -> Any:
        """The pattern's source, as the compiled pattern gives it, without compiling it."""
        return self._args[0]

    @property
    def declared_flags(self) -> int:
        """The flags `regex.compile` was given (not the inline ones, nor the defaults it adds),
        without compiling the pattern: what tifa.checks.literals needs to read its source."""
        flags = self._args[1] if len(self._args) > 1 else self._kwargs.get("flags", 0)
        return int(flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_args", "_kwargs"):
            raise AttributeError(name)
        compiled = PATTERNS.compile(*self._args, **self._kwargs)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value


_compile = regex.compile


def _lazy_compile(pattern: Any, *args: Any, **kwargs: Any) -> Any:
    if isinstance(pattern, _LazyPattern):
        return pattern
    return _LazyPattern((pattern, *args), kwargs)


@contextmanager
def _compiled_on_first_use() -> Iterator[None]:
    """While the rule modules are imported, `regex.compile` defers its work to first use."""
    regex.compile = _lazy_compile
    try:
        yield
    finally:
        regex.compile = _compile

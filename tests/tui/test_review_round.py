"""The review UI on a small project of two articles: the defects a new user met, each driven
with Pilot the way a translator would press the keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_project import project_session, write_project
from textual import events
from textual.command import CommandList
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static
from tui_helpers import loaded, select, settle, shown_text, until

from tifa.glossary import load_glossary
from tifa.tui.app import TifaApp
from tifa.tui.dialogs.entry_form import EntryForm
from tifa.tui.dialogs.glossary_add import GlossaryAdd
from tifa.tui.screens.glossary import GlossaryScreen
from tifa.tui.screens.help import HelpScreen
from tifa.tui.widgets.detail import DetailPane
from tifa.tui.widgets.findings_list import FindingsList


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def review(folder: Path, *names: str) -> TifaApp:
    return TifaApp(project_session(folder, *names))


def detail_text(app: TifaApp) -> str:
    return shown_text(app.screen.query_one(DetailPane).query_one("#detail-body", Static))


async def glossary_screen(pilot: Pilot[None]) -> None:
    """Wait for the review to load, then open the glossary screen (t)."""
    await loaded(pilot)
    await pilot.press("t")
    await until(pilot, lambda: isinstance(pilot.app.screen, GlossaryScreen))


async def glossary_dialog(pilot: Pilot[None], code: str, span: str, opens: bool = True) -> None:
    """Select the finding and press g, as a translator adding it to the glossary."""
    screen = await loaded(pilot)
    await select(pilot, screen, code, span)
    await pilot.press("g")
    if opens:
        await until(pilot, lambda: isinstance(pilot.app.screen, GlossaryAdd))
    else:
        await pilot.pause(0.2)


def burst(app: TifaApp, keys: str) -> None:
    """Queue `keys` as a terminal delivers a fast burst: all at once, before any is handled
    (Pilot's press waits for the app to settle after each key, which hides lost keys)."""
    names = {"/": "slash", " ": "space"}
    for ch in keys:
        app.post_message(events.Key(names.get(ch, ch), ch))


async def test_the_entry_form_takes_the_first_thing_typed(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await glossary_screen(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, EntryForm)
        await pilot.press(*"产业集群", "tab", *"industrial cluster")
        assert form.query_one("#field-zh", Input).value == "产业集群"
        assert form.query_one("#field-en", Input).value == "industrial cluster"
        await pilot.press("ctrl+s")
        await settle(pilot)
    entry = load_glossary(project / "tifa-glossary.csv").get("产业集群")
    assert entry is not None and entry.en == "industrial cluster"


async def test_a_misspelt_name_shows_its_entry_and_is_offered_as_an_avoid_form(
    project: Path,
) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "N201", "Tan Chengxi")
        await pilot.pause(0.2)
        shown = detail_text(app)
        assert "Glossary entry" in shown and "Tan Chengxu" in shown
        await pilot.press("g")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, GlossaryAdd)
        assert not dialog.query("#new-zh")  # not a new entry: the person has one
        await pilot.press("v")
        await settle(pilot)
    entry = load_glossary(project / "tifa-glossary.csv").get("谭成旭")
    assert entry is not None and entry.avoid == ("Tan Chengxi",)


async def test_no_glossary_dialog_for_white_space(project: Path) -> None:
    app = review(project, "b.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await glossary_dialog(pilot, "P307", "  ", opens=False)
        assert not isinstance(app.screen, GlossaryAdd)
        assert any("white space or punctuation" in n.message for n in app._notifications)
    assert not (project / "tifa-glossary.csv").exists()


async def test_glossary_search_keeps_every_key_of_a_fast_burst(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await glossary_screen(pilot)
        burst(app, "/industrial chain")
        await pilot.pause(0.3)
        screen = app.screen
        assert isinstance(screen, GlossaryScreen)
        assert screen.query_one("#glossary-search", Input).value == "industrial chain"
        table = screen.query_one(DataTable)
        assert table.row_count == 1 and "产业链" in str(table.get_row_at(0)[0])


async def test_at_80_by_24_help_scrolls_and_the_entry_form_fits(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        table = app.screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count > 0 and table.region.height > 0)
        assert table.show_vertical_scrollbar  # more keys than lines: the bar shows it
        assert table.region.right <= 80 and table.region.bottom <= 24  # and it is on screen
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, HelpScreen))
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, GlossaryScreen))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, EntryForm))
        form = app.screen
        hint = form.query_one(".dialog-hint")
        await until(pilot, lambda: hint.region.bottom > 0)
        for field in form.query(Input):  # every field on screen, none squeezed
            assert field.region.width >= 30
            assert field.region.right <= 80 and 0 < field.region.bottom <= 24
        assert form.query_one(VerticalScroll).max_scroll_y == 0  # no field hidden below
        assert hint.region.bottom <= 24


async def test_the_glossary_dialog_says_what_a_form_already_is(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await glossary_dialog(pilot, "T101", "two first districts")
        role = shown_text(app.screen.query_one("#form-role", Static))
        assert "“two first districts” is already a form to avoid: l moves it to allowed" in role
        await pilot.press("v")  # avoiding it again changes nothing, and says where it is
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("default.csv" in m and "already a form to avoid" in m for m in said)
        assert not (project / "tifa-glossary.csv").exists()
        await glossary_dialog(pilot, "T101", "two first districts")
        await pilot.press("f")  # the translator's own wording of the variant
        await pilot.pause()
        await pilot.press(*"two first zones", "enter", "v")
        await settle(pilot)
    entry = load_glossary(project / "tifa-glossary.csv").get("两先区")
    assert entry is not None and entry.avoid == ("two first districts", "two first zones")


async def test_accept_moves_on_and_shows_the_corrected_sentence(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        await pilot.press("a")
        await settle(pilot)
        await pilot.pause(0.2)
        now = screen.current()
        assert now is not None and now["status"] == "open"
        assert (now["code"], now["span"]) == ("N201", "Tan Chengxi")  # the next open one
        shown = detail_text(app)
        assert "✓ fixed: The two pre-zones will lead the reform, Tan Chengxi said" in shown
        await pilot.press("up")  # back on the fixed finding: the sentence as it reads now
        await pilot.pause(0.2)
        assert "Now: The two pre-zones will lead the reform" in detail_text(app)


async def test_the_full_view_shows_the_whole_paragraph(project: Path) -> None:
    long_paragraph = " ".join(
        f"In the {n}th district the committee reviewed {n} projects on schedule."
        for n in range(4, 44)
    )
    (project / "long.txt").write_text(
        long_paragraph + " The two first districts will lead.\n", encoding="utf-8"
    )
    app = review(project, "long.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        await pilot.pause(0.2)
        assert "In the 4th district" not in detail_text(app)  # beside the list: cut
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert "In the 4th district the committee reviewed 4 projects" in detail_text(app)


def list_lines(app: TifaApp) -> list[str]:
    """The findings list as a person sees it, line by line."""
    findings = app.screen.query_one(FindingsList)
    return [findings.render_line(y).text for y in range(findings.size.height)]


async def test_the_list_names_white_space_and_an_empty_filter_says_so(project: Path) -> None:
    app = review(project, "b.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        lines = "\n".join(list_lines(app))
        assert "space before ','" in lines and "→ (delete)" in lines
        assert "double space → one space" in lines
        assert "trailing space → (delete)" in lines
        await pilot.press("slash", *"ballast")
        await pilot.pause(0.4)
        assert "No findings match “ballast”. Escape clears the filter." in list_lines(app)[0]


async def test_a_one_character_span_is_shown_in_the_list(project: Path) -> None:
    # A stray curly apostrophe in a document that writes straight ones: the list must show
    # the ’ it flags, not an empty cell before the arrow.
    (project / "c.txt").write_text(
        "The city's plan and the county's plan were adopted. The district’s plan was not.\n",
        encoding="utf-8",
    )
    app = review(project, "c.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        rows = [line for line in list_lines(app) if "P311" in line]
        assert rows and "’ → '" in rows[0], rows


async def test_suggestions_get_the_room_the_screen_has(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(160, 30)) as pilot:
        await loaded(pilot)
        lines = "\n".join(list_lines(app))
        # T103's suggestion is longer than three fifths of the old fixed share; it fits now
        assert "→ Party history learning and education" in lines


async def test_sort_by_status_puts_open_first_and_the_counts_wrap(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(60, 30)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("s", "s", "s")  # position → code → severity → status
        await pilot.pause()
        assert screen.sort == "status"
        statuses = screen.view["status"].to_list()
        assert statuses[0] == "open" and statuses[-1] == "fixed"
        summary = screen.query_one("#summary", Static)
        assert summary.region.height >= 2  # wrapped: every count stays on screen
        assert "T103×1" in shown_text(summary, width=58)


async def test_the_palette_names_each_action_once_in_words(project: Path) -> None:
    app = review(project, "a.txt")
    async with app.run_test(size=(120, 60)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(1.0)
        commands = app.screen.query_one(CommandList)
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        names = [p.splitlines()[0] for p in prompts]
        assert len(names) == len(set(names))
        assert "Fix: accept the suggestion" in names
        assert not any("_" in p for p in prompts)  # no action names such as dismiss_finding

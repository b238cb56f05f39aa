"""The review UI driven with Textual's Pilot: every action, and the files it writes."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from helpers import sample_findings_total
from textual.widgets import Input
from textual.widgets._footer import FooterKey
from tui_helpers import MEETING, current, loaded, select, settle

from tifa.checks.baseline import load_baseline
from tifa.glossary import load_glossary
from tifa.tui.screens.glossary import GlossaryScreen
from tifa.tui.screens.help import HelpScreen
from tifa.tui.widgets.footer import FittingFooter


async def test_loads_the_findings_and_moves_with_the_keys(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.view.height == sample_findings_total()
        first = current(screen)
        assert first is not None and first["code"] == "E816" and first["span"] == "September 6th"
        await pilot.press("down")
        assert current(screen)["span"] == "Tan Zuoyu"  # type: ignore[index]
        await pilot.press("down")
        assert current(screen)["span"] == "Chairman of the Municipal Committee of CPPCC"  # type: ignore[index]
        await pilot.press("up", "n")
        assert current(screen)["path"].startswith("samples/001")  # type: ignore[index]
        await pilot.press("end")
        assert current(screen)["path"].startswith("samples/004")  # type: ignore[index]


async def test_accept_then_undo(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    article = workdir / "samples" / MEETING
    before = article.read_bytes()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        await pilot.press("a")
        await settle(pilot)
        assert article.read_bytes() == before.replace(b"two first districts", b"two pre-zones")
        fixed = screen.view.filter(pl.col("span") == "two first districts")
        assert fixed["status"].to_list() == ["fixed"]
        assert current(screen)["status"] == "open"  # type: ignore[index]  # moved on
        state = json.loads((workdir / ".tifa-review.json").read_text(encoding="utf-8"))
        assert [d["action"] for d in state["sessions"][state["last"]]["history"]] == [
            "fix"
        ]  # saved as it was made
        await pilot.press("u")
        await settle(pilot)
        assert article.read_bytes() == before


async def test_edit_by_hand(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T105", "secretary of the Municipal Party")
        await pilot.press("e")
        await pilot.pause()
        field = pilot.app.screen.query_one("#prompt-input", Input)
        field.value = "secretary of the Municipal Party Committee,"
        await pilot.press("enter")
        await settle(pilot)
    text = (workdir / "samples" / MEETING).read_text(encoding="utf-8")
    assert "secretary of the Municipal Party Committee, president the meeting" in text


async def test_dismiss_with_a_reason_goes_to_the_baseline(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        row = await select(pilot, screen, "R601", "2021-04-22 07:52")
        await pilot.press("d")
        await pilot.press(*"house style")
        await pilot.press("enter")
        await settle(pilot)
        assert current(screen)["status"] == "dismissed"  # type: ignore[index]
    entry = load_baseline(workdir / ".tifa-baseline.json").entries[row["fingerprint"]]
    assert entry["reason"] == "house style"


async def test_add_to_glossary_as_allowed(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T103", "party history study and education")
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("l")
        await settle(pilot)
    entry = load_glossary(workdir / "tifa-glossary.csv").get("党史学习教育")
    assert entry is not None and "party history study and education" in entry.allowed


async def test_a_file_changed_on_disk_is_reloaded_not_overwritten(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    article = workdir / "samples" / MEETING
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        article.write_text("Rewritten elsewhere: the two first districts.\n", encoding="utf-8")
        await pilot.press("a")
        await settle(pilot)
        assert (
            article.read_text(encoding="utf-8") == "Rewritten elsewhere: the two first districts.\n"
        )
        assert screen.view.height == screen.session.table().height  # reloaded from the new text
        assert screen.session.findings.filter(pl.col("line") == 1).height >= 1


async def test_filter_sort_help_and_quit(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"code:T101 jinpu")
        await pilot.pause(0.3)  # the filter runs once typing pauses
        assert screen.view.height == 3
        await pilot.press("enter", "escape")  # back to the list, then clear the filter
        await pilot.pause(0.3)
        assert screen.view.height == sample_findings_total()
        await pilot.press("s")
        assert screen.sort == "code"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_bare_rule_code_filters_on_that_code(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"code:T101")
        await pilot.pause(0.3)
        by_field = screen.view.height
        await pilot.press("enter", "escape", "slash", *"t101")
        await pilot.pause(0.3)
        assert by_field > 0
        assert screen.view.height == by_field
        assert set(screen.view["code"]) == {"T101"}


async def test_glossary_screen_validates_before_saving(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(pilot.app.screen, GlossaryScreen)
        await pilot.press("a")
        await pilot.pause()
        form = pilot.app.screen
        form.query_one("#field-zh").value = "四项任务"  # type: ignore[attr-defined]
        form.query_one("#field-en").value = "four tasks"  # type: ignore[attr-defined]
        form.query_one("#field-avoid").value = "two pre-zones"  # type: ignore[attr-defined]  # another entry's en
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "is the approved en of '两先区'" in str(form.query_one("#form-problems").render())
        assert not (workdir / "tifa-glossary.csv").exists()
        form.query_one("#field-avoid").value = ""  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, GlossaryScreen)
    assert load_glossary(workdir / "tifa-glossary.csv").get("四项任务") is not None


async def test_keys_can_be_remapped_by_binding_id(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING, keys={"review.accept": "x"})
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        await pilot.press("x")
        await settle(pilot)
    assert b"two pre-zones" in (workdir / "samples" / MEETING).read_bytes()


async def test_the_session_resumes_where_it_stopped(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        row = await select(pilot, screen, "T103", "formalism and bureaucracy")
        await pilot.press("q")
    again = make_app(MEETING)
    async with again.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        assert current(screen)["fingerprint"] == row["fingerprint"]  # type: ignore[index]


async def test_rerun_picks_up_changes_made_elsewhere(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    article = workdir / "samples" / MEETING
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        before = screen.view.height
        assert "two first districts" in screen.view["span"].to_list()
        article.write_text(
            article.read_text(encoding="utf-8").replace("two first districts", "two pre-zones"),
            encoding="utf-8",
        )
        await pilot.press("r")
        await settle(pilot)
        assert screen.view.height == before - 1
        assert "two first districts" not in screen.view["span"].to_list()


async def test_command_palette_runs_review_actions(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T101", "two first districts")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Fix")
        await pilot.pause(0.5)  # the palette searches in the background
        await pilot.press("enter")
        await settle(pilot)
    assert b"two pre-zones" in (workdir / "samples" / MEETING).read_bytes()


async def test_glossary_screen_edits_an_entry(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(MEETING)
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("slash", *"green channel", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        form = pilot.app.screen
        assert form.query_one("#field-zh", Input).value == "绿色通道"
        form.query_one("#field-allowed", Input).value = "fast track"
        await pilot.press("ctrl+s")
        await settle(pilot)
    entry = load_glossary(workdir / "tifa-glossary.csv").get("绿色通道")
    assert entry is not None and entry.allowed == ("fast track",) and entry.source


async def test_a_new_glossary_entry_from_the_dialog(make_app, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    (workdir / "samples" / "extra.txt").write_text(
        "Officials called the county a “ballast stone” of growth.\n", encoding="utf-8"
    )
    app = make_app("extra.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = await loaded(pilot)
        await select(pilot, screen, "T107", "“ballast stone”")
        await pilot.press("g")
        await pilot.pause()
        dialog = pilot.app.screen
        dialog.query_one("#new-zh", Input).focus()
        await pilot.press(*"压舱石", "enter")
        await settle(pilot)
        assert not screen.view.filter(pl.col("status") == "open").height  # the T107 is settled
    entry = load_glossary(workdir / "tifa-glossary.csv").get("压舱石")
    assert entry is not None and entry.en == "ballast stone" and entry.status == "proposed"


async def test_the_footer_shows_whole_keys_only_in_a_narrow_terminal(make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        await pilot.pause()
        footer = screen.query_one(FittingFooter)
        keys = list(footer.query(FooterKey))
        palette = next(k for k in keys if k.has_class("-command-palette"))
        shown = [k for k in keys if k.display and k is not palette]
        hidden = [k for k in keys if not k.display]
        # The first keys are there, whole, and end before the palette key begins.
        assert [k.description for k in shown[:3]] == ["Next", "Next file", "Help"]
        assert shown[-1].region.right <= palette.region.x
        assert hidden and all(keys.index(h) > keys.index(shown[-1]) for h in hidden)
        # Wide again: every key comes back.
        await pilot.resize_terminal(200, 24)
        await pilot.pause()
        assert all(k.display for k in footer.query(FooterKey))

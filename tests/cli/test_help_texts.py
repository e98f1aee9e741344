"""``--help`` says what a command really prints and takes, for every argument of every command.

Why: a new user learns the command line from ``workbench COMMAND --help``; an
argument listed there with no words (a bare ``--json``, ``DOC``) tells them nothing.
"""

from __future__ import annotations

import argparse

import pytest

from workbench.cli import build_parser, main
from workbench.core.merge_records import MergeReport


def _help(capsys: pytest.CaptureFixture[str], command: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_import_help_names_what_quiet_and_json_print_and_what_paths_it_reads(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "import")
    assert "print the id of each new document, one a line" in text  # not "only the id"
    assert "print the report as JSON" in text
    assert ".jsonl" in text and ".docx" in text


def test_search_help_says_symbols_are_searched_and_json_is_described(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "search")
    assert "emoji and symbols" in text
    assert "--json print the hits as JSON" in text


def _arguments_without_help(parser: argparse.ArgumentParser, path: str) -> list[str]:
    """Every argument under ``parser`` (through each level of subcommands) that has no help."""
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                missing += _arguments_without_help(subparser, f"{path} {name}")
        elif not (action.help and action.help.strip()):
            missing.append(f"{path}: {'/'.join(action.option_strings) or action.metavar}")
    return missing


def test_every_argument_of_every_command_says_what_it_does() -> None:
    assert _arguments_without_help(build_parser(), "workbench") == []


def test_the_walk_finds_an_argument_added_without_help() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands.choices["claims"].add_argument("--newly-added")
    assert _arguments_without_help(parser, "workbench") == ["workbench claims: --newly-added"]


def test_a_document_argument_says_an_id_or_the_start_of_a_title_will_do(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "versions")
    assert "DOC document id, or the start of its title" in text
    assert "--json print a JSON array of the versions" in text


def test_positionals_show_the_readme_metavars_in_capitals(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["tags", "merge", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "SRC DST" in text and "the tag that takes over its uses" in text


def test_claim_json_and_status_say_what_they_print_and_take(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "claim")
    assert "--json print the claim as JSON (with its id" in text
    assert "--status STATUS unverified, corroborated, disputed, retracted (default: unverified)" \
        in text


def test_help_never_cuts_a_path_or_a_hyphenated_name(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The default library and "analyst-workbench" stay whole on one line of ``--help``.

    argparse cut a word longer than the column, so the default path read as two folders.
    """
    long_path = "/home/analyst/.local/share/AnalystWorkbench/projects/library.sqlite"
    monkeypatch.setenv("WORKBENCH_DB", long_path)
    for command in (["--help"], ["import", "--help"]):
        with pytest.raises(SystemExit):
            main(command)
        lines = capsys.readouterr().out.splitlines()
        whole = long_path if command == ["--help"] else "analyst-workbench"
        assert any(whole in line for line in lines), "\n".join(lines)


@pytest.mark.parametrize("command", ["claims", "export"])
def test_a_doc_option_says_its_default_is_the_whole_library(
        capsys: pytest.CaptureFixture[str], command: str) -> None:
    """The app's two scopes are "Whole library" and "This document"; the command line says
    the same, so the analyst learns one pair, not "across the library" and "all documents"."""
    text = _help(capsys, command)
    assert "default: the whole library" in text


@pytest.mark.parametrize("command", ["import", "reanalyze", "update"])
def test_workers_shows_the_readmes_n_and_the_default_it_really_has(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str) -> None:
    """The README writes ``--workers N``; the help said ``--workers WORKERS`` and no default,
    so a new user could not tell how many processes a plain import starts."""
    from workbench.nlp import workers

    text = _help(capsys, command)
    assert "--workers N extraction processes (default: one per core, at most 4)" in text
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 64)
    assert workers.default_workers() == 4
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    assert workers.default_workers() == 2


def test_search_limit_shows_the_readmes_n_and_its_default(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "search")
    assert "--limit N most hits to print (default: 20)" in text
    assert build_parser().parse_args(["search", "x"]).limit == 20


def test_timeline_bounds_name_every_form_the_command_takes(
        capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    """The README and the command take a week, quarter or season (`2019-W05`); the help
    asked only for YYYY[-MM[-DD]], so those forms were a secret."""
    text = _help(capsys, "timeline")
    assert "YYYY, YYYY-MM or YYYY-MM-DD (or a week, quarter or season: 2019-W05, 2019-Q1," \
        " 2019-SU)" in text
    assert "--to DATE up to DATE, inclusive (the same forms as --from)" in text
    library = tmp_path / "library.sqlite"
    assert main(["--db", str(library), "ach", "new", "Q?"]) == 0  # any command that starts one
    for bound in ("2019-W05", "2019-Q1", "2019-SU"):
        assert main(["--db", str(library), "timeline", "--from", bound, "--to", bound]) == 0


def test_merge_help_names_the_bundle_it_takes(capsys: pytest.CaptureFixture[str]) -> None:
    """`export --format bundle` exists to be merged, and merge's refusal names bundles;
    its help said only "library file or JSON export"."""
    text = _help(capsys, "merge")
    assert "OTHER their library file, a bundle (`workbench export --format bundle`) or a full" \
        " JSON export" in text
    with pytest.raises(SystemExit):
        main(["--help"])  # the summary line in the command list says the same
    assert "bring another analyst's library, bundle or JSON export into this one" in " ".join(
        capsys.readouterr().out.split())


def test_ach_new_help_says_hypotheses_may_come_later(
        capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    """`ach new QUESTION` with no hypothesis is allowed (one alone is refused); the help said
    only "2-12", so a new user thought the hypotheses had to be given at once."""
    with pytest.raises(SystemExit):
        main(["ach", "new", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(repeat: 2-12 of them, or none and add them with `workbench ach hypothesis`)" in text
    library = str(tmp_path / "library.sqlite")
    assert main(["--db", library, "ach", "new", "Who?"]) == 0
    assert main(["--db", library, "ach", "new", "Who?", "--hypothesis", "A"]) == 1
    assert main(["--db", library, "ach", "hypothesis", "1", "A"]) == 0


def test_import_help_names_every_suffix_a_folder_import_reads(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The README's format table lists `.text`, `.markdown`, `.htm`; the help left them out,
    so a folder of `.htm` pages looked unsupported."""
    from workbench.ingest import SUPPORTED_SUFFIXES

    words = set(_help(capsys, "import").replace(",", " ").split())
    assert sorted(SUPPORTED_SUFFIXES - words) == []


def test_export_help_says_what_markdown_writes_and_what_tag_matches(
        capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    """A Markdown export writes a note per ACH analysis too, and `--tag` takes a document
    whose passage alone carries the tag; the help named neither."""
    text = _help(capsys, "export")
    assert "one note per document and per ACH analysis" in text
    assert "--tag TAG only documents carrying TAG (or a tag below it), on the document or on" \
        " a passage" in text
    library = str(tmp_path / "library.sqlite")
    article = tmp_path / "bridge.txt"
    article.write_text("Bridge\n\nThe mayor said the bridge would reopen.\n", encoding="utf-8")
    assert main(["--db", library, "import", "--no-analyze", str(article)]) == 0
    assert main(["--db", library, "tag", "1", "topic/roads", "--quote", "bridge"]) == 0
    capsys.readouterr()
    assert main(["--db", library, "export", "--format", "json", "--tag", "topic"]) == 0
    assert '"title": "Bridge"' in capsys.readouterr().out


def test_merge_json_help_names_every_key_of_the_report(
        capsys: pytest.CaptureFixture[str]) -> None:
    """``merge --json`` prints ``left_out`` too (their work on work we deleted)."""

    text = _help(capsys, "merge")
    for key in MergeReport(source="x").as_json():
        assert key in text.partition("--json")[2], key


def test_tags_help_shows_the_action_is_optional_and_what_tags_alone_does(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench tags` alone lists the tags, but its usage read `ACTION ...`, as if required."""
    text = _help(capsys, "tags")
    assert "[--json] [ACTION] ..." in text and "Without an ACTION: list every tag" in text


def test_export_help_says_each_format_once(capsys: pytest.CaptureFixture[str]) -> None:
    """The description named markdown's folder twice ("markdown: a folder with …; markdown,
    csv: a folder")."""
    text = _help(capsys, "export")
    assert "markdown: a folder with" not in text and "csv: one table per kind" in text


def test_reanalyze_outdated_help_names_the_failed_documents_it_redoes(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`--outdated` also redoes failed analyses (as the README says); the help named only
    older versions and "never"."""
    assert "or whose analysis failed" in _help(capsys, "reanalyze")


def test_db_help_names_the_environment_variable_the_readme_documents(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The README says WORKBENCH_DB names the library when --db is not given; the help only
    showed the path it resolved to, so the variable could not be found from --help."""
    with pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--db PATH library file (default: $WORKBENCH_DB, else library.sqlite in the" in text


def test_suggest_help_says_what_accept_reject_and_batch_do(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The README says --accept marks the row's sentence as a claim and links CLAIM to it; the
    help said only "link the suggestion at RANK", --reject "never suggest RANK again" (a rank
    is a place in today's list, not what is rejected) and --batch "one statement per line"."""
    text = _help(capsys, "suggest")
    assert "--accept RANK mark the statement at RANK as a claim and link CLAIM to it" in text
    assert "--reject RANK never suggest the statement at RANK for CLAIM again" in text
    assert "--batch FILE match every line of FILE" in text


@pytest.mark.parametrize(("argv", "where"), [
    (["list", "--limit", "2"], "workbench: list: unrecognized arguments: --limit 2"
                               " (see `workbench list --help`)"),
    (["entity", "show", "Ana", "--bogus"], "workbench: entity show: unrecognized arguments:"
                                           " --bogus (see `workbench entity show --help`)"),
    (["--bogus"], "workbench: unrecognized arguments: --bogus (see `workbench --help`)"),
])
def test_an_unknown_option_points_at_the_help_of_the_command_it_was_given_to(
        capsys: pytest.CaptureFixture[str], argv: list[str], where: str) -> None:
    """A new user's mistyped option sends them to the help that lists that command's options."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip() == where


def test_timeline_help_says_which_quotes_are_placed_and_where(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A quote whose sentence names no date is not on the timeline, one whose sentence only
    names dates it talks about sits at its document's date; the help read as if every quote
    were placed ("a date attached to its verb of saying, else its document's date")."""
    text = _help(capsys, "timeline")
    assert "a date attached to its verb of saying" in text
    assert "if its sentence only names dates it talks about, by its document's date" in text
    assert "A highlight, note or quote whose sentence names no date is not on the timeline" \
        in text
    assert "a claim with no date in its sentence falls back to its document's date" in text

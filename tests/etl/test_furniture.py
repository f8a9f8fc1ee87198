"""Page furniture and text that is not the document's own reporting."""

from __future__ import annotations

import pytest

from etl.extract.furniture import find_furniture

BODY = (
    "Wuhan's optics valley added 1,200 high-tech firms last year, the municipal science bureau said on "
    "Tuesday. Officials expect the pace to continue as new laboratories open along the lake shore.\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], k) for s, e, k in find_furniture(text).spans()]


@pytest.mark.parametrize(
    "line",
    ["Buy video", "View post", "Uploaded by a local content partner", "Content Partner Profile Image", "03:12",
     "Share | Print", "Released on:2025-03-02 Views:", "Copyright © 2025 Wuhan Evening News", "Voir aussi : Hefei",
     "Photo: A lab in Hefei (Xinhua/Wang Lei)"],
)
def test_buttons_labels_and_captions_are_page_furniture(line: str) -> None:
    text = BODY + line + "\n" + BODY
    assert (line, "page") in kinds(text)


def test_a_footer_marker_late_in_the_page_removes_everything_after_it() -> None:
    text = BODY * 2 + "Tags\n\nFrom the blog\n5 ways to film your city\n"
    start, end, kind = find_furniture(text).spans()[-1]
    assert (text[start:], end, kind) == ("Tags\n\nFrom the blog\n5 ways to film your city\n", len(text), "page")


def test_a_read_next_line_is_page_furniture_and_the_body_is_not() -> None:
    line = "Read next: Eight ways Hefei courts chip designers | Where to eat near the lake"
    assert kinds(BODY + line + "\n") == [(line, "page")]


@pytest.mark.parametrize("marker", ["Most read on Central China Watch", "LES PLUS LUS"])
def test_a_most_read_block_late_in_the_page_is_a_footer(marker: str) -> None:
    text = BODY * 2 + marker + "\n1. Nine cafés for a laptop afternoon\n"
    start, end, kind = find_furniture(text).spans()[-1]
    assert (text[start:], end, kind) == (marker + "\n1. Nine cafés for a laptop afternoon\n", len(text), "page")


def test_a_footer_word_early_in_the_page_is_not_a_footer() -> None:
    text = "Tags\n" + BODY * 3
    assert all(e < len(text) for _, e, _ in find_furniture(text).spans())


def test_an_assistant_refusal_is_filler() -> None:
    line = "Je ne peux pas fournir de résumé pour ce site car il ne semble pas exister."
    assert (line, "filler") in kinds(BODY + line + "\n")


def test_an_english_refusal_is_filler() -> None:
    line = "I cannot provide a summary of this place; please provide more context."
    assert (line, "filler") in kinds(BODY + line + "\n")


def test_a_definition_under_its_heading_is_filler() -> None:
    heading = "Pôle d'innovation en optoélectronique"
    paragraph = (
        "Le Pôle d'innovation en optoélectronique est un écosystème collaboratif moderne ; son histoire "
        "remonte au début du siècle."
    )
    found = kinds(BODY + heading + "\n" + paragraph + "\n")
    assert (heading, "filler") in found and (paragraph, "filler") in found


def test_a_subheading_followed_by_reporting_is_kept() -> None:
    heading = "Wuhan East Lake High-Tech Zone"
    paragraph = "Wuhan East Lake High-Tech Zone reported 1.2 trillion yuan in revenue in 2024."
    assert kinds(BODY + heading + "\n" + paragraph + "\n") == []


def test_a_repeated_headline_is_furniture_after_its_first_appearance() -> None:
    headline = "Hefei bets on quantum computing"
    text = headline + "\n" + BODY + headline + "\n"
    assert kinds(text) == [(headline, "page")]


def test_a_dateline_is_furniture() -> None:
    text = "WUHAN, Jan. 8 (Xinhua) -- The city opened a lab.\n"
    assert kinds(text) == [("WUHAN, Jan. 8 (Xinhua) -- ", "page")]


def test_plain_reporting_has_no_furniture() -> None:
    other = "Hefei, for its part, doubled its quantum research budget and hired 300 engineers this spring.\n"
    assert kinds(BODY + other) == []

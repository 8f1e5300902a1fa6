"""Page shapes read in the nineteenth step: running minute numbers of three and four figures run
into one paragraph. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import stored_text


def _numbers(tmp_path, text, **asked):
    _, items = stored_text(tmp_path, "page.txt", text, **asked)
    return [item.number for item, _, _ in items if item.number]


def test_running_numbers_with_a_stop_run_into_one_paragraph_are_items(tmp_path):
    # a PDF pasted as one paragraph: each number after a word or a date, its title an agenda's "To ..."
    text = (
        "Pennock Town Council DRAFT Minutes of the meeting held by telephone on 3 May 2027. Present: Cllr Avery (Mayor) "
        "Cllr Blane Cllr Cotter J. Dace (Clerk) 2 Members of the public and press 319. To receive apologies for absence. "
        "Apologies were received and accepted from Cllrs Eden and Ford. 320. To receive declarations of interest in items on the "
        "agenda. Cllr Blane declared an interest in item 324. 321. Public Participation To receive questions from members of the "
        "public. There were none. 322. Minutes for Approval To approve the minutes of the meeting held on 12/04/2027. It was "
        "resolved to approve the minutes as a true record. 1 Full Council Minutes 12.04.2027 323. Committee Minutes The minutes "
        "of the Parks Committee held on 20 April 2027 were noted. 324. Community Grants To consider the grant to the youth club. "
        "It was resolved to award a grant of two hundred pounds to the youth club for its summer scheme this year."
    )
    assert _numbers(tmp_path, text, committee="Pennock Town Council") == ["319", "320", "321", "322", "323", "324"]


def test_a_running_minute_written_as_a_sentence_before_the_first_titled_one_is_an_item(tmp_path):
    text = (
        "On Monday 12 July 2027 a Meeting of Glasdir Community Council was held in the Village Hall at 7.00 pm PRESENT: "
        "Cllrs Ann Hughes (Chair); Mrs B Price; C Owen and the clerk\n\n"
        "4829 Apologies for absence were received from Cllrs D Lewis; F Rees; G Jones and E Morgan 4830 Personal Matters \u2013 none "
        "4831 Declaration of Personal or Prejudicial Interest \u2013 none 4832 Confirmation of Minutes It was RESOLVED that the "
        "minutes of the meeting held on 14 June 2027 be confirmed as a true record. 4833 Footpaths The clerk reported that the "
        "stile near the chapel had been mended and that the county council would inspect the bridle path by the river in "
        "August. 4834 Correspondence A letter from the county council about winter gritting was noted.\n"
    )
    assert _numbers(tmp_path, text) == ["4829", "4830", "4831", "4832", "4833", "4834"]


def test_a_count_of_people_before_a_short_run_is_never_an_item(tmp_path):
    # ("3 Members of the public" is a count, and a run of two numbers is no run)
    text = (
        "Minutes of Tarrant Parish Council held on 6 May 2027\nPresent: Cllrs Ash, Birch and Cole. 3 Members of the public\n\n"
        "512. Apologies None.\n\n513. Minutes The minutes of the April meeting were approved.\n"
    )
    numbers = _numbers(tmp_path, text)
    assert "3" not in numbers and "511" not in numbers

"""The pages of a search that finds nothing, or that has no word to search."""

import pytest

from home.search.suggestions import AskLink

from .conftest import get_search


def suggestion_counts(response, group):
    return {str(item.label): item.count for item in response.context["suggestions"][group]}


@pytest.mark.django_db
def test_no_result_suggests_each_word_alone_with_its_count(client, site):
    response = get_search(client, site, q="logement photovoltaïque")
    single_words = response.context["suggestions"]["single_words"]

    assert response.context["results"].total == 0
    # Nine pages and two documents contain "logement".
    assert [item.count for item in single_words] == [11, 0]
    assert single_words[0].query_string == "?q=logement"
    assert 'href="?q=logement"' in response.content.decode()


@pytest.mark.django_db
def test_no_result_suggests_removing_each_filter_with_its_count(client, site):
    response = get_search(
        client, site, q="logement", communaute="filieres-vertes", type="evenement", page="2"
    )
    removals = response.context["suggestions"]["filter_removals"]

    assert response.context["results"].total == 0
    assert [item.count for item in removals] == [1, 1, 11]
    assert removals[0].query_string == "?q=logement&type=evenement"
    assert removals[1].query_string == "?q=logement&communaute=filieres-vertes"
    assert removals[2].query_string == "?q=logement"


@pytest.mark.django_db
def test_suggestion_counts_follow_the_privacy_rule(client, site):
    visitor = get_search(client, site, q="zephyrine", type="fiche")
    client.logout()
    member = get_search(client, site, "reserved member", q="zephyrine photovoltaïque")

    assert [item.count for item in visitor.context["suggestions"]["filter_removals"]] == [0]
    # Three pages and a document of the reserved community.
    assert [item.count for item in member.context["suggestions"]["single_words"]] == [4, 0]


@pytest.mark.django_db
def test_member_is_offered_to_ask_in_their_communities(client, site):
    response = get_search(client, site, "reserved member", q="photovoltaïque")
    reserved = site["pages"]["reserved"]

    assert response.context["suggestions"]["ask_links"] == [
        AskLink(reserved.title, f"/entraide/communautes/{reserved.pk}/poser/")
    ]


@pytest.mark.django_db
def test_visitor_is_offered_to_log_in(client, site):
    response = get_search(client, site, q="photovoltaïque")

    assert response.context["suggestions"]["ask_links"] == []
    assert "/comptes/connexion/?next=" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "   ", "?!", "le la les"])
def test_query_without_words_shows_no_results_section(client, site, query):
    response = get_search(client, site, q=query)

    assert response.status_code == 200
    assert response.context["results"] is None
    assert 'id="search-results-title"' not in response.content.decode()


@pytest.mark.django_db
def test_query_of_stop_words_names_them(client, site):
    response = get_search(client, site, q="Le la DES")

    assert response.context["query"].ignored == ("Le", "la", "DES")
    assert "Le, la, DES" in response.content.decode()


@pytest.mark.django_db
def test_long_query_is_cut_with_a_notice(client, site):
    response = get_search(client, site, q="logement " + "mot" * 300)

    assert response.context["query"].truncated
    assert len(response.context["search_query"]) <= 200

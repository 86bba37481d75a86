"""Members propose field reports from the site: access, validation, photos and rate limit."""

import datetime
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.templatetags.static import static
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model

from community.models import MembershipStatus, Role
from community.privacy import visible_pages
from knowledge.models import FieldReportCategory, FieldReportIndexPage, FieldReportPage
from knowledge.proposals import forms as proposal_forms
from knowledge.proposals.account import ProposalStatus
from knowledge.proposals.submission import MAX_PROPOSALS_PER_PERIOD
from tests.factories import CommunityPageFactory, MembershipFactory, UserFactory

LOGIN_PATH = "/comptes/connexion/"
TITLE = "Groupe scolaire en paille et terre crue"


def propose_url(community):
    return reverse("knowledge:propose-field-report", args=[community.pk])


def field_report_index(community):
    return FieldReportIndexPage.objects.child_of(community).get()


def proposal_data(**overrides):
    data = {
        "title": TITLE,
        "summary": "Une école de huit classes isolée en bottes de paille.",
        "address": "12 rue des Écoles",
        "latitude": "47.218371",
        "longitude": "-1.553621",
        "status": "delivered",
        "year": "2024",
        "project_owner": "Commune de Saint-Herblain",
        "designer": "Atelier Terres",
        "floor_area": "1 250",
        "cost": "3 400 000",
        "description": "Premier paragraphe.\n\nSecond paragraphe <avec> balise.",
    }
    data.update(overrides)
    return data


def image_bytes(image_format="JPEG", size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color=(24, 117, 60)).save(buffer, format=image_format)
    return buffer.getvalue()


def photo(name="facade.jpg", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content or image_bytes(), content_type=content_type)


@pytest.fixture
def member(community):
    return MembershipFactory(community=community, role=Role.MEMBER).user


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def reserved_member(reserved_community):
    return MembershipFactory(community=reserved_community, role=Role.MEMBER).user


def field_errors(response, name):
    return response.context["form"].errors.get(name, [])


# Access


@pytest.mark.django_db
def test_anonymous_redirected_to_login(client, community):
    response = client.get(propose_url(community))

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_PATH)


@pytest.mark.django_db
def test_anonymous_post_creates_nothing(client, community):
    client.post(propose_url(community), proposal_data())

    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_non_member_gets_403(client, user, community):
    client.force_login(user)

    assert client.get(propose_url(community)).status_code == 403


@pytest.mark.django_db
def test_non_member_post_creates_nothing(client, user, community):
    client.force_login(user)

    response = client.post(propose_url(community), proposal_data())

    assert response.status_code == 403
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_pending_member_gets_403(client, community):
    pending = MembershipFactory(community=community, status=MembershipStatus.PENDING).user
    client.force_login(pending)

    assert client.get(propose_url(community)).status_code == 403


@pytest.mark.django_db
def test_member_of_other_community_gets_403(client, community, reserved_member):
    client.force_login(reserved_member)

    assert client.get(propose_url(community)).status_code == 403


@pytest.mark.django_db
def test_reserved_community_403_names_nothing(client, user, reserved_community):
    client.force_login(user)

    response = client.get(propose_url(reserved_community))

    assert response.status_code == 403
    assert reserved_community.title not in response.content.decode()


@pytest.mark.django_db
def test_unknown_community_gives_404(member_client):
    response = member_client.get(reverse("knowledge:propose-field-report", args=[987654]))

    assert response.status_code == 404


@pytest.mark.django_db
def test_huge_community_id_gives_404(member_client):
    response = member_client.get("/communautes/99999999999999999999999/remontees/proposer/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_id_of_other_page_gives_404(member_client, community):
    index = field_report_index(community)

    response = member_client.get(reverse("knowledge:propose-field-report", args=[index.pk]))

    assert response.status_code == 404


@pytest.mark.django_db
def test_put_not_allowed(member_client, community):
    assert member_client.put(propose_url(community)).status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.MEMBER, Role.EXPERT, Role.FACILITATOR])
def test_active_member_of_any_role_sees_form(client, community, role):
    client.force_login(MembershipFactory(community=community, role=role).user)

    response = client.get(propose_url(community))

    assert response.status_code == 200
    assert 'name="latitude"' in response.content.decode()


@pytest.mark.django_db
def test_member_of_reserved_community_sees_form(client, reserved_community, reserved_member):
    client.force_login(reserved_member)

    assert client.get(propose_url(reserved_community)).status_code == 200


@pytest.mark.django_db
def test_form_lists_categories_of_community_only(member_client, community):
    FieldReportCategory.objects.create(label="Paille", community=community)
    FieldReportCategory.objects.create(label="Réemploi", community=None)
    other = CommunityPageFactory()
    FieldReportCategory.objects.create(label="Catégorie voisine", community=other)

    content = member_client.get(propose_url(community)).content.decode()

    assert "Paille" in content
    assert "Réemploi" in content
    assert "Catégorie voisine" not in content


@pytest.mark.django_db
def test_form_map_loads_local_leaflet(member_client, community):
    content = member_client.get(propose_url(community)).content.decode()

    assert "/static/leaflet/leaflet.js" in content
    assert "unpkg.com" not in content


@pytest.mark.django_db
def test_form_map_names_local_marker_images(member_client, community):
    # Without them, Leaflet requests marker-icon.png relative to the form's address, a 404.
    icons = member_client.get(propose_url(community)).context["map_settings"]["icons"]

    assert icons["iconUrl"] == static("leaflet/images/marker-icon.png")
    assert icons["iconRetinaUrl"] == static("leaflet/images/marker-icon-2x.png")
    assert icons["shadowUrl"] == static("leaflet/images/marker-shadow.png")


# A valid proposal


@pytest.mark.django_db
def test_valid_proposal_redirects_to_account(member_client, community):
    response = member_client.post(propose_url(community), proposal_data())

    assert response.status_code == 302
    assert response.url == reverse("account:profile")


@pytest.mark.django_db
def test_valid_proposal_confirms_with_message(member_client, community):
    response = member_client.post(propose_url(community), proposal_data(), follow=True)

    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(TITLE in message for message in messages) or TITLE in response.content.decode()


@pytest.mark.django_db
def test_valid_proposal_creates_draft_under_index(member_client, member, community):
    member_client.post(propose_url(community), proposal_data())

    page = FieldReportPage.objects.get()
    assert page.get_parent().pk == field_report_index(community).pk
    assert page.live is False
    assert page.owner == member


@pytest.mark.django_db
def test_valid_proposal_saves_revision_by_member(member_client, member, community):
    member_client.post(propose_url(community), proposal_data())

    revision = FieldReportPage.objects.get().get_latest_revision()
    assert revision is not None
    assert revision.user == member


@pytest.mark.django_db
def test_valid_proposal_starts_community_workflow(member_client, member, community):
    member_client.post(propose_url(community), proposal_data())

    page = FieldReportPage.objects.get()
    state = page.current_workflow_state
    assert page.workflow_in_progress
    assert state.workflow == field_report_index(community).get_workflow()
    assert state.requested_by == member


@pytest.mark.django_db
def test_valid_proposal_saves_project_facts(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    page = FieldReportPage.objects.get()
    assert page.summary == "Une école de huit classes isolée en bottes de paille."
    assert page.address == "12 rue des Écoles"
    assert page.status == "delivered"
    assert page.year == 2024
    assert page.project_owner == "Commune de Saint-Herblain"
    assert page.designer == "Atelier Terres"
    assert page.floor_area == 1250
    assert page.cost == 3_400_000


@pytest.mark.django_db
def test_valid_proposal_saves_location(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    page = FieldReportPage.objects.get()
    assert page.location == "SRID=4326;POINT(-1.553621 47.218371)"
    assert page.latitude == pytest.approx(47.218371)
    assert page.longitude == pytest.approx(-1.553621)


@pytest.mark.django_db
def test_decimal_comma_accepted(member_client, community):
    data = proposal_data(latitude="45,764043", longitude="4,835659")

    member_client.post(propose_url(community), data)

    page = FieldReportPage.objects.get()
    assert page.latitude == pytest.approx(45.764043)
    assert page.longitude == pytest.approx(4.835659)


@pytest.mark.django_db
def test_overseas_point_accepted(member_client, community):
    member_client.post(
        propose_url(community), proposal_data(latitude="-21,1151", longitude="55,5364")
    )

    assert FieldReportPage.objects.get().latitude == pytest.approx(-21.1151)


@pytest.mark.django_db
def test_valid_proposal_saves_categories(member_client, community):
    straw = FieldReportCategory.objects.create(label="Paille", community=community)
    shared = FieldReportCategory.objects.create(label="Réemploi", community=None)

    member_client.post(propose_url(community), proposal_data(categories=[straw.pk, shared.pk]))

    assert set(FieldReportPage.objects.get().categories.all()) == {straw, shared}


@pytest.mark.django_db
def test_description_becomes_escaped_description_block(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    body = FieldReportPage.objects.get().body
    assert [block.block_type for block in body] == ["description"]
    html = body[0].value.source
    assert "<p>Premier paragraphe.</p>" in html
    assert "&lt;avec&gt;" in html


@pytest.mark.django_db
def test_slug_made_unique_within_index(member_client, community):
    member_client.post(propose_url(community), proposal_data())
    member_client.post(propose_url(community), proposal_data())

    slugs = sorted(FieldReportPage.objects.values_list("slug", flat=True))
    assert slugs == [
        "groupe-scolaire-en-paille-et-terre-crue",
        "groupe-scolaire-en-paille-et-terre-crue-1",
    ]


@pytest.mark.django_db
def test_title_without_letters_gets_default_slug(member_client, community):
    member_client.post(propose_url(community), proposal_data(title="!!!"))

    assert FieldReportPage.objects.get().slug == "remontee-terrain"


# The draft stays out of every public output


@pytest.mark.django_db
def test_draft_hidden_from_visible_pages(member_client, member, community):
    member_client.post(propose_url(community), proposal_data())
    page = FieldReportPage.objects.get()

    assert not visible_pages(AnonymousUser()).filter(pk=page.pk).exists()
    assert not visible_pages(member).filter(pk=page.pk).exists()


@pytest.mark.django_db
def test_draft_url_not_served(member_client, community):
    member_client.post(propose_url(community), proposal_data())
    index = field_report_index(community)

    response = Client().get(index.url + "groupe-scolaire-en-paille-et-terre-crue/")

    assert response.status_code == 404


@pytest.mark.django_db
def test_draft_absent_from_sitemap(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    response = Client().get("/sitemap.xml")

    assert "groupe-scolaire" not in response.content.decode()


@pytest.mark.django_db
def test_draft_absent_from_field_report_index(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    response = Client().get(field_report_index(community).url)

    assert response.status_code == 200
    assert TITLE not in response.content.decode()


@pytest.mark.django_db
def test_draft_absent_from_map_geojson(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    response = Client().get(reverse("knowledge:map-geojson"))

    assert TITLE not in response.content.decode()


# Validation: every error is tied to its field and every typed value is kept


INVALID_INPUTS = [
    ("title", {"title": ""}),
    ("title", {"title": "x" * 256}),
    ("title", {"title": "Nul\x00caractère"}),
    ("summary", {"summary": ""}),
    ("summary", {"summary": "x" * 301}),
    ("address", {"address": "x" * 251}),
    ("latitude", {"latitude": ""}),
    ("latitude", {"latitude": "quarante-sept"}),
    ("latitude", {"latitude": "47°12'"}),
    ("latitude", {"latitude": "1e400"}),
    ("latitude", {"latitude": "9" * 50}),
    ("latitude", {"latitude": "91"}),
    ("longitude", {"longitude": "-1,55,36"}),
    ("longitude", {"longitude": "181"}),
    ("latitude", {"latitude": "52.520008", "longitude": "13.404954"}),
    ("latitude", {"latitude": "-1.553621", "longitude": "47.218371"}),
    ("status", {"status": "demolished"}),
    ("year", {"year": "1700"}),
    ("year", {"year": "deux mille"}),
    ("year", {"year": "9" * 5000}),
    ("floor_area", {"floor_area": "-5"}),
    ("floor_area", {"floor_area": "0"}),
    ("floor_area", {"floor_area": "2 000 000"}),
    ("cost", {"cost": "12,5"}),
    ("cost", {"cost": "99999999999999999999999999"}),
    ("categories", {"categories": ["abc"]}),
    ("categories", {"categories": ["99999999999999999999999"]}),
    ("project_owner", {"project_owner": "x" * 201}),
    ("designer", {"designer": "x" * 201}),
    ("description", {"description": "x" * 10_001}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "overrides"), INVALID_INPUTS)
def test_invalid_input_reported_on_field(member_client, community, field, overrides):
    response = member_client.post(propose_url(community), proposal_data(**overrides))

    assert response.status_code == 200
    assert field_errors(response, field)
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_category_of_other_community_rejected(member_client, community):
    other = CommunityPageFactory()
    foreign = FieldReportCategory.objects.create(label="Voisine", community=other)

    response = member_client.post(propose_url(community), proposal_data(categories=[foreign.pk]))

    assert field_errors(response, "categories")
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_invalid_form_keeps_typed_values(member_client, community):
    data = proposal_data(latitude="quarante-sept", description="Ligne typée par l'agent")

    content = member_client.post(propose_url(community), data).content.decode()

    assert f'value="{TITLE}"' in content
    assert 'value="quarante-sept"' in content
    assert 'value="12 rue des Écoles"' in content
    assert 'value="3 400 000"' in content
    assert "Ligne typée par l&#x27;agent</textarea>" in content
    assert '<option value="delivered" selected>' in content


@pytest.mark.django_db
def test_invalid_form_keeps_ticked_categories(member_client, community):
    straw = FieldReportCategory.objects.create(label="Paille", community=community)

    response = member_client.post(
        propose_url(community), proposal_data(title="", categories=[straw.pk])
    )

    assert f'value="{straw.pk}"' in response.content.decode()
    assert response.context["form"]["categories"].value() == [str(straw.pk)]


@pytest.mark.django_db
def test_error_input_described_by_its_message(member_client, community):
    content = member_client.post(
        propose_url(community), proposal_data(latitude="abc")
    ).content.decode()

    assert 'aria-invalid="true"' in content
    assert 'aria-describedby="id_latitude_helptext id_latitude_error"' in content
    assert 'id="id_latitude_error"' in content
    assert "fr-input--error" in content


@pytest.mark.django_db
def test_error_summary_links_to_field(member_client, community):
    content = member_client.post(
        propose_url(community), proposal_data(latitude="abc")
    ).content.decode()

    assert 'id="form-errors"' in content
    assert 'href="#id_latitude"' in content


@pytest.mark.django_db
def test_point_outside_france_names_coordinates(member_client, community):
    response = member_client.post(
        propose_url(community), proposal_data(latitude="52,52", longitude="13,40")
    )

    assert "52.52" in " ".join(field_errors(response, "latitude"))


# Photos


@pytest.mark.django_db
def test_photo_saved_in_community_collection(member_client, member, community):
    data = proposal_data(
        photo_1=photo(), photo_1_alt_text="Façade en bardage bois", photo_1_credit="DDT 44"
    )

    member_client.post(propose_url(community), data)

    image = get_image_model().objects.get()
    assert image.collection == community.access.collection
    assert image.description == "Façade en bardage bois"
    assert image.uploaded_by_user == member
    assert image.file_size > 0


@pytest.mark.django_db
def test_photo_kept_with_alt_and_credit(member_client, community):
    data = proposal_data(
        photo_1=photo(), photo_1_alt_text="Façade en bardage bois", photo_1_credit="DDT 44"
    )

    member_client.post(propose_url(community), data)

    page = FieldReportPage.objects.get()
    gallery = next(block for block in page.body if block.block_type == "gallery")
    item = gallery.value["photos"][0]
    assert item["image"] == get_image_model().objects.get()
    assert item["alt_text"] == "Façade en bardage bois"
    assert item["credit"] == "DDT 44"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "image_format", "content_type"),
    [("chantier.png", "PNG", "image/png"), ("chantier.webp", "WEBP", "image/webp")],
)
def test_png_and_webp_photos_accepted(member_client, community, name, image_format, content_type):
    upload = photo(name, image_bytes(image_format), content_type)
    data = proposal_data(photo_1=upload, photo_1_alt_text="Chantier", photo_1_credit="DDT")

    member_client.post(propose_url(community), data)

    assert get_image_model().objects.count() == 1


@pytest.mark.django_db
def test_three_photos_saved_in_order(member_client, community):
    data = proposal_data()
    for number in (1, 2, 3):
        data[f"photo_{number}"] = photo(f"photo{number}.jpg")
        data[f"photo_{number}_alt_text"] = f"Vue {number}"
        data[f"photo_{number}_credit"] = "DDT"

    member_client.post(propose_url(community), data)

    gallery = [
        block for block in FieldReportPage.objects.get().body if block.block_type == "gallery"
    ]
    alt_texts = [item["alt_text"] for item in gallery[0].value["photos"]]
    assert alt_texts == ["Vue 1", "Vue 2", "Vue 3"]


REJECTED_PHOTOS = [
    ("text file named .jpg", lambda: photo("photo.jpg", b"Ceci n'est pas une image.\n" * 20)),
    ("GIF image", lambda: photo("photo.gif", image_bytes("GIF"), "image/gif")),
    ("PNG named .jpg", lambda: photo("photo.jpg", image_bytes("PNG"))),
    ("truncated JPEG", lambda: photo("photo.jpg", image_bytes()[:200])),
    ("no extension", lambda: photo("photo", image_bytes())),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("case", "make_upload"), REJECTED_PHOTOS, ids=[c for c, _m in REJECTED_PHOTOS]
)
def test_bad_photo_rejected(member_client, community, case, make_upload):
    data = proposal_data(photo_1=make_upload(), photo_1_alt_text="Vue", photo_1_credit="DDT")

    response = member_client.post(propose_url(community), data)

    assert response.status_code == 200
    assert field_errors(response, "photo_1")
    assert not FieldReportPage.objects.exists()
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
def test_photo_over_size_limit_rejected(member_client, community, monkeypatch):
    monkeypatch.setattr(proposal_forms, "PHOTO_MAX_BYTES", 1000)
    data = proposal_data(
        photo_1=photo(content=image_bytes(size=(400, 300))),
        photo_1_alt_text="Vue",
        photo_1_credit="DDT",
    )

    response = member_client.post(propose_url(community), data)

    assert field_errors(response, "photo_1")
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_photo_of_ten_megabytes_and_more_rejected(member_client, community):
    # A JPEG decoder ignores bytes after the end-of-image marker, so this is a valid image.
    content = image_bytes() + b"\0" * proposal_forms.PHOTO_MAX_BYTES
    data = proposal_data(
        photo_1=photo(content=content), photo_1_alt_text="Vue", photo_1_credit="DDT"
    )

    response = member_client.post(propose_url(community), data)

    assert field_errors(response, "photo_1")


@pytest.mark.django_db
def test_photo_without_alt_text_rejected(member_client, community):
    data = proposal_data(photo_1=photo(), photo_1_credit="DDT")

    response = member_client.post(propose_url(community), data)

    assert field_errors(response, "photo_1_alt_text")
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_photo_without_credit_rejected(member_client, community):
    data = proposal_data(photo_1=photo(), photo_1_alt_text="Vue")

    response = member_client.post(propose_url(community), data)

    assert field_errors(response, "photo_1_credit")
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_alt_text_without_file_asks_to_choose_again(member_client, community):
    data = proposal_data(photo_2_alt_text="Vue", photo_2_credit="DDT")

    response = member_client.post(propose_url(community), data)

    assert field_errors(response, "photo_2")
    assert 'value="Vue"' in response.content.decode()


@pytest.mark.django_db
def test_photo_sent_with_errors_must_be_chosen_again(member_client, community):
    data = proposal_data(title="", photo_1=photo(), photo_1_alt_text="Vue", photo_1_credit="DDT")

    response = member_client.post(propose_url(community), data)

    assert response.context["files_dropped"] is True
    assert not get_image_model().objects.exists()


# Rate limit


def send_proposals(client, community, count):
    for number in range(count):
        client.post(propose_url(community), proposal_data(title=f"Projet {number}"))


@pytest.mark.django_db
def test_proposals_up_to_limit_accepted(member_client, community):
    send_proposals(member_client, community, MAX_PROPOSALS_PER_PERIOD)

    assert FieldReportPage.objects.count() == MAX_PROPOSALS_PER_PERIOD


@pytest.mark.django_db
def test_proposal_over_limit_rejected(member_client, community):
    send_proposals(member_client, community, MAX_PROPOSALS_PER_PERIOD)

    response = member_client.post(propose_url(community), proposal_data(title="Un de trop"))

    assert response.status_code == 429
    assert response.context["form"].non_field_errors()
    assert 'value="Un de trop"' in response.content.decode()
    assert FieldReportPage.objects.count() == MAX_PROPOSALS_PER_PERIOD


@pytest.mark.django_db
def test_form_warns_when_limit_reached(member_client, community):
    send_proposals(member_client, community, MAX_PROPOSALS_PER_PERIOD)

    response = member_client.get(propose_url(community))

    assert response.context["rate_limited"] is True


@pytest.mark.django_db
def test_limit_counts_each_member_apart(client, member_client, community):
    send_proposals(member_client, community, MAX_PROPOSALS_PER_PERIOD)
    client.force_login(MembershipFactory(community=community).user)

    client.post(propose_url(community), proposal_data(title="Autre agent"))

    assert FieldReportPage.objects.filter(title="Autre agent").exists()


@pytest.mark.django_db
def test_older_proposals_do_not_count(member_client, community):
    send_proposals(member_client, community, MAX_PROPOSALS_PER_PERIOD)
    two_hours_ago = timezone.now() - datetime.timedelta(hours=2)
    FieldReportPage.objects.update(latest_revision_created_at=two_hours_ago)

    member_client.post(propose_url(community), proposal_data(title="Le lendemain"))

    assert FieldReportPage.objects.filter(title="Le lendemain").exists()


# The account page


@pytest.mark.django_db
def test_account_lists_pending_proposal(member_client, community):
    member_client.post(propose_url(community), proposal_data())

    content = member_client.get(reverse("account:profile")).content.decode()

    assert TITLE in content
    assert community.title in content
    assert str(ProposalStatus.PENDING.label) in content


@pytest.mark.django_db
def test_account_links_proposal_form_of_each_active_community(member_client, community):
    content = member_client.get(reverse("account:profile")).content.decode()

    assert propose_url(community) in content


@pytest.mark.django_db
def test_account_hides_reserved_community_after_leaving(client, reserved_community):
    membership = MembershipFactory(community=reserved_community)
    client.force_login(membership.user)
    # Following the redirect shows, and so consumes, the confirmation naming the proposal.
    client.post(propose_url(reserved_community), proposal_data(), follow=True)
    membership.delete()

    content = client.get(reverse("account:profile")).content.decode()

    assert FieldReportPage.objects.filter(owner=membership.user).exists()
    assert reserved_community.title not in content
    assert TITLE not in content


@pytest.mark.django_db
def test_account_of_other_user_lists_nothing(member_client, community):
    member_client.post(propose_url(community), proposal_data())
    other_client = Client()
    other_client.force_login(UserFactory())

    content = other_client.get(reverse("account:profile")).content.decode()

    assert TITLE not in content


@pytest.mark.django_db
def test_index_offers_proposal_link_to_active_member(client, community):
    member = MembershipFactory(community=community).user
    index = FieldReportIndexPage.objects.child_of(community).get()
    propose_url = reverse("knowledge:propose-field-report", args=[community.pk])

    client.force_login(member)
    member_page = client.get(index.url)
    client.logout()
    visitor_page = client.get(index.url)

    assert propose_url.encode() in member_page.content
    assert propose_url.encode() not in visitor_page.content

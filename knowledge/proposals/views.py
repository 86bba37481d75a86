"""The page where an active member of a community proposes a field report."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from community.models import CommunityPage, Membership

from ..map_data import map_config
from ..models import FieldReportIndexPage
from .forms import FieldReportProposalForm
from .submission import MAX_PROPOSALS_PER_PERIOD, is_rate_limited, submit_proposal


@require_http_methods(["GET", "POST"])
@login_required
def propose_field_report(request, community_id):
    """Show the proposal form, and on a valid POST create the draft and start its moderation.

    Only active members of the community, whatever their role, may propose. Anyone else gets
    a 403 page that names no community.
    """
    community = get_object_or_404(CommunityPage.objects.live(), pk=community_id)
    if not Membership.objects.active().filter(user=request.user, community=community).exists():
        raise PermissionDenied
    index = FieldReportIndexPage.objects.child_of(community).first()
    if index is None:
        raise Http404

    rate_limited = is_rate_limited(request.user)
    status = 200
    if request.method == "POST":
        form = FieldReportProposalForm(community, request.POST, request.FILES)
        if rate_limited:
            form.add_error(None, rate_limit_message())
            status = 429
        elif form.is_valid():
            page = submit_proposal(community, index, request.user, form.cleaned_data, form.photos())
            messages.success(
                request,
                _(
                    "Thank you! Your field report “%(title)s” has been sent to the facilitators "
                    "of the community. You will receive an e-mail once they have reviewed it."
                )
                % {"title": page.title},
            )
            return redirect("account:profile")
    else:
        form = FieldReportProposalForm(community)

    context = {
        "community": community,
        "ancestors": [community, index],
        "form": form,
        "rate_limited": rate_limited,
        "rate_limit_message": rate_limit_message() if rate_limited else "",
        # Browsers do not refill a file input, so the form tells the member to choose photos again.
        "files_dropped": bool(request.FILES) and form.is_bound and bool(form.errors),
        "map_settings": map_settings(),
    }
    return render(request, "knowledge/proposal_form.html", context, status=status)


def rate_limit_message():
    return _(
        "You have sent %(count)s proposals in the last hour, the maximum allowed. Try again later."
    ) % {"count": MAX_PROPOSALS_PER_PERIOD}


def map_settings():
    """Return what the script of the form reads: the shared map's tiles, view and icons.

    Address search stays off unless FIELD_REPORT_GEOCODER_URL names a service compatible with
    the Base Adresse Nationale API: `?q=<text>&limit=5`, GeoJSON points with a `label` property.
    """
    config = map_config(geojson_url="")
    config.pop("geojsonUrl")
    # Leaflet 1.9 guesses the folder of its marker images from its CSS, which fails once the
    # manifest storage adds hashes to the file names. The form's script gives Leaflet these.
    config["icons"] = {
        "iconUrl": static("leaflet/images/marker-icon.png"),
        "iconRetinaUrl": static("leaflet/images/marker-icon-2x.png"),
        "shadowUrl": static("leaflet/images/marker-shadow.png"),
    }
    config["geocoderUrl"] = getattr(settings, "FIELD_REPORT_GEOCODER_URL", "")
    config["proposalLabels"] = {
        "locating": _("Looking for your position…"),
        "located": _("Your position has been copied into the latitude and longitude fields."),
        "locationFailed": _("Your position could not be found. Type the coordinates instead."),
        "markerPlaced": _("The marker has been placed and the coordinates filled in."),
        "searching": _("Searching for the address…"),
        "noAddress": _("No address found. Place the marker on the map or type the coordinates."),
        "searchFailed": _("The address search failed. Type the coordinates instead."),
        "chooseAddress": _("Choose the address to place the marker:"),
    }
    return config

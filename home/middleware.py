"""Give the bare error responses of Django views a French page of the site."""

from django.template.loader import render_to_string


class MethodNotAllowedPageMiddleware:
    """Render templates/405.html for the empty 405 responses of `require_http_methods`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            response.content = render_to_string("405.html", request=request)
            response["Content-Type"] = "text/html; charset=utf-8"
        return response

"""Site URLs of the knowledge app that are not Wagtail pages."""

app_name = "knowledge"

urlpatterns = []

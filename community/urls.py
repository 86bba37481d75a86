from django.contrib.auth import views as auth_views
from django.urls import path, register_converter, reverse_lazy

from . import views
from .converters import DatabaseIdConverter

register_converter(DatabaseIdConverter, "id")

app_name = "account"

urlpatterns = [
    path(
        "connexion/",
        auth_views.LoginView.as_view(
            template_name="community/account/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path(
        "deconnexion/",
        views.LogoutView.as_view(template_name="community/account/logout.html"),
        name="logout",
    ),
    path("mon-compte/", views.account_profile, name="profile"),
    path(
        "mot-de-passe/modifier/",
        auth_views.PasswordChangeView.as_view(
            template_name="community/account/password_change.html",
            success_url=reverse_lazy("account:password_change_done"),
        ),
        name="password_change",
    ),
    path(
        "mot-de-passe/modifie/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="community/account/password_change_done.html"
        ),
        name="password_change_done",
    ),
    path(
        "mot-de-passe/oublie/",
        views.PasswordResetView.as_view(
            template_name="community/account/password_reset.html",
            email_template_name="community/account/password_reset_email.txt",
            subject_template_name="community/account/password_reset_subject.txt",
            success_url=reverse_lazy("account:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "mot-de-passe/envoye/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="community/account/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/nouveau/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="community/account/password_reset_confirm.html",
            success_url=reverse_lazy("account:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe/termine/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="community/account/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]

membership_urlpatterns = [
    path("<id:community_id>/rejoindre/", views.join_community, name="join"),
    path("<id:community_id>/quitter/", views.leave_community, name="leave"),
]

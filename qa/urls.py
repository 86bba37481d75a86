"""Site URLs of mutual help: asking, answering, moderating and e-mail preferences."""

from django.urls import path

from .views import answers, moderation, notifications, questions

app_name = "qa"

# The `id` converter is registered by community.urls, which config.urls imports first.
urlpatterns = [
    # Questions
    path("communautes/<id:community_id>/poser/", questions.ask_question, name="ask"),
    path("communautes/<id:community_id>/suggestions/", questions.suggestions, name="suggestions"),
    path("questions/<id:page_id>/modifier/", questions.edit_question, name="edit-question"),
    # Answers in a thread
    path("pages/<id:page_id>/repondre/", answers.post_answer, name="post-answer"),
    path("pages/<id:page_id>/suivre/", answers.toggle_follow, name="follow"),
    path("reponses/<id:answer_id>/modifier/", answers.edit_answer, name="edit-answer"),
    path("reponses/<id:answer_id>/supprimer/", answers.delete_answer, name="delete-answer"),
    path("reponses/<id:answer_id>/utile/", answers.vote_useful, name="vote"),
    path("reponses/<id:answer_id>/reference/", answers.mark_reference, name="mark-reference"),
    path(
        "questions/<id:page_id>/reference/retirer/",
        answers.withdraw_reference,
        name="withdraw-reference",
    ),
    # Moderation from the site
    path("reponses/<id:answer_id>/signaler/", moderation.report_answer, name="report"),
    path("reponses/<id:answer_id>/transformer/", moderation.convert_thread, name="convert-thread"),
    # E-mails
    path("desabonnement/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    path("mes-preferences/", notifications.email_preferences, name="email-preferences"),
]

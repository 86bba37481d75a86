"""E-mails of mutual help, sent after the transaction commits.

Placeholder signatures: the notifications work fills them in.
"""


def notify_new_question(question):
    """Tell the facilitators and experts of the community that `question` was asked."""


def notify_new_answer(answer, page):
    """Tell the asker and the followers of `page` that `answer` was posted on it."""


def notify_reference_answer(question, answer):
    """Tell the asker and the answerers of `question` that `answer` became its reference."""

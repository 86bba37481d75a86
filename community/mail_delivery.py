"""Sending e-mails of scheduled commands one by one, where one failure must not stop the run."""

import logging

logger = logging.getLogger(__name__)


def deliver(message, connection, caller_logger, failure_message, *failure_args):
    """Send `message` over `connection`, and return whether it was sent.

    On failure, log `failure_message` with `failure_args` and the traceback to `caller_logger`,
    and close the connection so that the next message opens a new one instead of reusing a
    broken one. smtplib.SMTPException is a subclass of OSError, so catching OSError covers a
    refused recipient as well as an unreachable server.
    """
    message.connection = connection
    try:
        message.send()
    except OSError:
        caller_logger.exception(failure_message, *failure_args)
        close_quietly(connection)
        return False
    return True


def close_quietly(connection):
    """Close `connection`, logging rather than raising a failure."""
    try:
        connection.close()
    except OSError:
        logger.warning("Failed to close the mail server connection", exc_info=True)
